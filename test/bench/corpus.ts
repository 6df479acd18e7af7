// Seeded, realistic-looking journal text: everyday sentences about a couple's days,
// shaped as TipTap JSON (headings, paragraphs, bold marks, lists). Same seed, same journal.

import type { RichTextNode } from '../../src/shared/rich-text.ts'

export type Rng = () => number

/** mulberry32: small, fast, good enough for picking words. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!

const OPENERS = [
  'This morning',
  'After dinner',
  'On the way home',
  'Late last night',
  'Over coffee',
  'At the market',
  'While we cooked',
  'Before work',
  'On Sunday',
  'In the car',
  'During our walk',
  'At breakfast',
  'After the phone call',
  'Yesterday evening',
  'Over lunch'
]
const SUBJECTS = ['we', 'you', 'I', 'the two of us', 'Sam', 'Alex', 'my partner']
const VERBS = [
  'talked about',
  'laughed about',
  'planned',
  'remembered',
  'worried about',
  'made time for',
  'argued a little about',
  'wrote a list for',
  'finally sorted out',
  'kept thinking about',
  'asked about',
  'shared a story about',
  'forgot about'
]
const OBJECTS = [
  'the garden',
  "your mother's birthday",
  'our holiday in the hills',
  'the leaking kitchen tap',
  'the new job',
  "the dog's long walk",
  'a quiet evening at home',
  'the bills',
  'the weekend',
  'our friends from the choir',
  'the old photos',
  'the school run',
  'what we want next year',
  'the broken bike',
  'dinner with the neighbours',
  'the spare room'
]
const ENDINGS = [
  'and it felt easy.',
  'and I felt heard.',
  'before the rain started.',
  'and then we made tea.',
  'without rushing.',
  'and it turned into a long talk.',
  'and we both went quiet for a while.',
  'while the kettle boiled.',
  'and it made me smile.',
  'even though we were both tired.',
  'and I want to remember it.',
  'until it got dark.'
]
const REFLECTIONS = [
  'I noticed how much calmer I am when we slow down.',
  'It is the small things that carry us through a busy week.',
  'I want to say thank you more often, out loud.',
  'Next time I will ask before I assume.',
  'I felt closer to you than I have in weeks.',
  'We are better at listening than we were a year ago.',
  'I should tell you when I need a moment alone.',
  'Some days the best thing we do together is nothing at all.'
]
const HEADINGS = ['What happened', 'How I felt', 'What I noticed', 'What I want to remember', 'Next time', 'A small thing']
const TITLES = [
  'A slow Sunday',
  'Tea and a long talk',
  'The walk by the river',
  'Saying thank you',
  'A hard evening',
  'Our list',
  'Quiet breakfast',
  'After the call',
  'Planning the summer',
  'Back from the market',
  'Being there',
  'A good day'
]

function sentence(rng: Rng): string {
  if (rng() < 0.2) return pick(rng, REFLECTIONS)
  return `${pick(rng, OPENERS)} ${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} ${pick(rng, ENDINGS)}`
}

const text = (value: string, bold = false): RichTextNode => (bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value })

/** A paragraph of 2–4 sentences; one in four has its first sentence in bold. */
function paragraph(rng: Rng): { node: RichTextNode; chars: number } {
  const sentences = Array.from({ length: 2 + Math.floor(rng() * 3) }, () => sentence(rng))
  const chars = sentences.join(' ').length
  if (rng() < 0.25) {
    const [first, ...rest] = sentences
    return { node: { type: 'paragraph', content: [text(first!, true), text(` ${rest.join(' ')}`)] }, chars }
  }
  return { node: { type: 'paragraph', content: [text(sentences.join(' '))] }, chars }
}

function list(rng: Rng): { node: RichTextNode; chars: number } {
  const items = Array.from({ length: 2 + Math.floor(rng() * 3) }, () => sentence(rng))
  const content = items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(item)] }] }))
  return { node: { type: rng() < 0.5 ? 'bulletList' : 'orderedList', content }, chars: items.join(' ').length }
}

/** A document of about `targetChars` characters of text. */
export function makeDoc(rng: Rng, targetChars = 2000): RichTextNode {
  const content: RichTextNode[] = []
  let chars = 0
  while (chars < targetChars) {
    if (content.length === 0 || rng() < 0.15) {
      const heading = pick(rng, HEADINGS)
      content.push({ type: 'heading', attrs: { level: 2 }, content: [text(heading)] })
      chars += heading.length
    }
    const block = rng() < 0.2 ? list(rng) : paragraph(rng)
    content.push(block.node)
    chars += block.chars
  }
  return { type: 'doc', content }
}

export const makeTitle = (rng: Rng): string => pick(rng, TITLES)

/** A date in the three years before 2026-06-01, as YYYY-MM-DD. */
export function makeDate(rng: Rng): string {
  const day = Date.UTC(2026, 5, 1) - Math.floor(rng() * 3 * 365) * 86_400_000
  return new Date(day).toISOString().slice(0, 10)
}
