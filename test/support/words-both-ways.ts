// Words in Arabic, Hebrew and English, and a body that mixes them, for the tests that check
// each screen, the print document and the exports lay them out in their own direction.

import type { RichTextNode } from '../../src/shared/rich-text.ts'
import type { Direction } from '../../src/shared/text-direction.ts'
import { doc, para, text } from './print-fixtures.ts'

/** "Our trip to the sea"; its date must not be pulled into it. */
export const ARABIC_TITLE = 'رحلتنا إلى البحر'
/** "A quiet evening at home" */
export const HEBREW_TITLE = 'ערב שקט בבית'
/** A title that starts in English and ends in Arabic: still needs isolating from its date. */
export const MIXED_TITLE = 'Dinner with مريم'
/** The second partner's name, in Hebrew (Noa). */
export const HEBREW_NAME = 'נועה'

export const ARABIC_WORDS = 'ذهبنا إلى البحر وضحكنا كثيرا حتى غابت الشمس.'
export const HEBREW_WORDS = 'ישבנו במרפסת ושתינו תה עד מאוחר.'
/** Hebrew first: the paragraph runs right to left, with English and Arabic inside it. */
export const MIXED_RTL = 'שלום and مرحبا, we said at the door.'
/** English first: left to right, with the Hebrew and Arabic inside it. */
export const MIXED_LTR = 'We said שלום and مرحبا at the door.'
export const ENGLISH_WORDS = 'Then we walked home along the river.'
/** "What we learnt" */
export const HEBREW_HEADING = 'מה למדנו'
export const ARABIC_ITEM = 'خبز وزيتون'

const item = (words: string): RichTextNode => ({ type: 'listItem', content: [para(text(words))] })

/** A body with a heading, paragraphs in each direction and mixed, a list and a quote. */
export const BOTH_WAYS_BODY = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text(HEBREW_HEADING)] },
  para(text(ARABIC_WORDS)),
  para(text(MIXED_RTL)),
  para(text(MIXED_LTR)),
  para(text(ENGLISH_WORDS)),
  { type: 'bulletList', content: [item(ARABIC_ITEM), item('Olives and bread')] },
  { type: 'blockquote', content: [para(text(HEBREW_WORDS)), para(text(ENGLISH_WORDS))] }
)

/** Each block of BOTH_WAYS_BODY's text and the direction it must run in. */
export const BOTH_WAYS_BLOCKS: ReadonlyArray<readonly [string, Direction]> = [
  [HEBREW_HEADING, 'rtl'],
  [ARABIC_WORDS, 'rtl'],
  [MIXED_RTL, 'rtl'],
  [MIXED_LTR, 'ltr'],
  [ENGLISH_WORDS, 'ltr'],
  [ARABIC_ITEM, 'rtl'],
  ['Olives and bread', 'ltr'],
  [HEBREW_WORDS, 'rtl']
]
