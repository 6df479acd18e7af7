// Books and bodies for the print tests: one body with every node and mark the editor makes,
// and generated books of any size.

import type { PrintBook, PrintChapter, PrintEntry } from '../../src/main/print/print-book.ts'
import type { RichTextMark, RichTextNode } from '../../src/shared/rich-text.ts'
import { THEMES } from '../../src/shared/themes.ts'

export const text = (value: string, ...marks: Array<string | RichTextMark>): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : {})
})
export const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', ...(content.length ? { content } : {}) })
export const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content })
export const link = (href: string): RichTextMark => ({ type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer', class: null } })
const item = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content })
const task = (checked: boolean, ...content: RichTextNode[]): RichTextNode => ({ type: 'taskItem', attrs: { checked }, content })

/** Every node and mark the editor can store. */
export const EVERYTHING = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('A bigger heading')] },
  para(
    text('Plain, '),
    text('bold', 'bold'),
    text(', '),
    text('italic', 'italic'),
    text(', '),
    text('underlined', 'underline'),
    text(', '),
    text('struck', 'strike'),
    text(', '),
    text('highlighted', 'highlight'),
    text(' and '),
    text('code', 'code'),
    text('.')
  ),
  { type: 'heading', attrs: { level: 3 }, content: [text('A smaller heading')] },
  para(
    text('Read '),
    text('the article', link('https://example.org/closeness')),
    text(' or write to '),
    text('ana@example.org', link('mailto:ana@example.org')),
    text('.')
  ),
  para(text('First line'), { type: 'hardBreak' }, text('second line')),
  { type: 'bulletList', content: [item(para(text('Bread'))), item(para(text('Tulips')))] },
  { type: 'orderedList', attrs: { start: 3, type: null }, content: [item(para(text('Third step'))), item(para(text('Fourth step')))] },
  {
    type: 'taskList',
    content: [
      task(true, para(text('Book the table'))),
      task(false, para(text('Call her mother')), { type: 'taskList', content: [task(false, para(text('Find the number')))] })
    ]
  },
  { type: 'blockquote', content: [para(text('Love is a verb.'))] },
  { type: 'horizontalRule' },
  para(text('After the rule.')),
  para()
)

const LOREM = [
  'We walked along the river after dinner and talked about nothing much, which was exactly what we needed.',
  'She noticed I was tired before I said anything, and made tea without asking.',
  'I want to remember how easy it felt to laugh together again after a difficult month.',
  'Small things matter: the note on the fridge, the coat warmed on the radiator, the call at lunch.',
  'Next week we could try a slow Sunday morning with no phones until noon.'
]

/** A body of about `size` characters of ordinary paragraphs, with a list now and then. */
export function ordinaryBody(seed: number, size = 2000): RichTextNode {
  const content: RichTextNode[] = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const sentence = LOREM[(seed + i) % LOREM.length]!
    content.push(
      i % 4 === 3 ? { type: 'bulletList', content: [item(para(text(sentence)))] } : para(text(sentence + ' ' + LOREM[(seed + i + 2) % LOREM.length]))
    )
    length += sentence.length * 2
  }
  return doc(...content)
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)

/** A book of `count` reflections spread over the seven themes, oldest first in each chapter. */
export function generatedBook(count: number, size = 2000): PrintBook {
  const chapters: PrintChapter[] = THEMES.map((theme) => ({ id: theme.id, title: theme.title, colour: theme.colour, entries: [] as PrintEntry[] }))
  for (let i = 0; i < count; i++) {
    chapters[i % chapters.length]!.entries.push({ id: `r${i}`, title: `Reflection number ${i + 1}`, date: day(i), body: ordinaryBody(i, size) })
  }
  return { journalName: "Ana's journal", scopeLabel: 'Everything', from: day(0), to: day(Math.max(0, count - 1)), chapters }
}
