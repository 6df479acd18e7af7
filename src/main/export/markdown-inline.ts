// One line of a text block as CommonMark (with the GFM `~~` and the common `==` extensions).
// Every character a reader could take for syntax is escaped, so the text reads back as it was
// written. Marks: bold `**`, italic `*`, strike `~~`, highlight `==`, inline code in backticks,
// links `[text](<address>)` for allowed addresses only. Underline has no Markdown and any
// marker would read as something else, so underlined words are kept as plain words.
// Where a reader would not pair a mark's delimiters as meant (CommonMark's flanking rules,
// e.g. `x**"y"**z`; checked in markdown-emphasis.ts), the letter outside is written as a
// character reference (`&#120;**"y"**&#122;`), which the rules read as punctuation and every
// reader shows as the letter; a mark still misread after that is left out there, so no stray
// asterisks ever land in the text.

import { allowedLink } from '../../shared/link-rule.ts'
import type { RichTextMark } from '../../shared/rich-text.ts'
import { mendable, misreadEmphasis, type Token } from './markdown-emphasis.ts'

export interface Segment {
  text: string
  /** Mark keys, e.g. 'bold', 'link:https://…' (the address already allowed). */
  marks: string[]
}

const EMPHASIS: Record<string, string> = { bold: '**', italic: '*', strike: '~~', highlight: '==' }

export function markKeys(marks: readonly RichTextMark[] | undefined): string[] {
  const keys = new Set<string>()
  for (const mark of marks ?? []) {
    if (mark.type === 'link') {
      const href = allowedLink(mark.attrs?.href)
      if (href) keys.add(`link:${href}`)
    } else if (mark.type in EMPHASIS || mark.type === 'code') keys.add(mark.type)
  }
  return [...keys]
}

/**
 * How each character of a line's text is written (by UTF-16 index), so that none of it reads
 * as Markdown: judged on the whole line, since "1" then "." or "&" then "amp;" may come in
 * different pieces. `edges` are the indexes where a piece starts or ends (a delimiter may sit there).
 */
function escapedLine(plain: string, edges: ReadonlySet<number>, inHeading: boolean): string[] {
  const chars = plain.split('')
  const escape = (i: number) => {
    chars[i] = `\\${plain[i]}`
  }
  const entity = /&#?[A-Za-z0-9]+;/y
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i]!
    entity.lastIndex = i
    if ('\\`*_[]<>~|'.includes(c)) escape(i)
    else if (c === '&' && entity.test(plain)) escape(i)
    // `==` is highlight; a lone `=` next to a delimiter could join one.
    else if (c === '=' && (plain[i - 1] === '=' || plain[i + 1] === '=' || edges.has(i) || edges.has(i + 1))) escape(i)
    else if (c === '#' && inHeading) escape(i)
  }
  // What opens a line could open a block: a heading, list, quote or rule, or a setext underline.
  if (plain !== '' && '#+-='.includes(plain[0]!)) escape(0)
  const numbered = /^(\d+)[.)]/.exec(plain)
  if (numbered) escape(numbered[1]!.length)
  return chars
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
  return pad ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`
}

/** Joins neighbours with the same marks, and trims the line's outer whitespace (Markdown drops it). */
function normalise(segments: Segment[]): Segment[] {
  const merged: Segment[] = []
  for (const segment of segments) {
    const last = merged.at(-1)
    if (last && last.marks.length === segment.marks.length && last.marks.every((m) => segment.marks.includes(m))) last.text += segment.text
    else if (segment.text !== '') merged.push({ text: segment.text, marks: [...segment.marks] })
  }
  if (merged[0]) merged[0].text = merged[0].text.trimStart()
  if (merged.at(-1)) merged.at(-1)!.text = merged.at(-1)!.text.trimEnd()
  return merged.filter((s) => s.text !== '')
}

/**
 * Nesting order for one segment's marks: a mark that began earlier is outside one that began
 * later; of two that begin together, the one that ends later is outside. Code is always inside.
 */
function ordered(segments: Segment[], index: number): string[] {
  const span = (mark: string): [number, number] => {
    let from = index
    let to = index
    while (from > 0 && segments[from - 1]!.marks.includes(mark)) from--
    while (to < segments.length - 1 && segments[to + 1]!.marks.includes(mark)) to++
    return [from, to]
  }
  const spans = new Map(segments[index]!.marks.map((m) => [m, span(m)]))
  return [...spans.keys()].sort((a, b) => {
    if (a === 'code' || b === 'code') return a === 'code' ? 1 : -1
    const [fa, ta] = spans.get(a)!
    const [fb, tb] = spans.get(b)!
    return fa !== fb ? fa - fb : tb - ta || a.localeCompare(b)
  })
}

const DELIMITER: Record<string, { char: string; count: number }> = {
  bold: { char: '*', count: 2 },
  italic: { char: '*', count: 1 },
  strike: { char: '~', count: 2 },
  highlight: { char: '=', count: 2 }
}

// The address goes in angle brackets; the three characters that could end or alter it there are percent-encoded.
const linkEnd = (mark: string) => `](<${mark.slice(5).replace(/[<>\\]/g, encodeURIComponent)}>)`

interface Written {
  tokens: Token[]
  /** Each opened mark: which mark, over which segments. */
  instances: Array<{ mark: string; from: number; to: number }>
}

/** Writes the segments as tokens: text already escaped, delimiters as they open and close. */
function write(segments: Segment[], inHeading: boolean, references: ReadonlySet<number>): Written {
  const starts: number[] = []
  let plain = ''
  for (const segment of segments) {
    starts.push(plain.length)
    plain += segment.text
  }
  const escaped = escapedLine(plain, new Set([...starts, plain.length]), inHeading)
  for (const i of references) {
    const point = plain.codePointAt(i)!
    escaped[i] = `&#${point};`
    if (point > 0xffff) escaped[i + 1] = ''
  }
  // Where in `plain` the next token starts, for the delimiters (markdown-emphasis.ts, mendable).
  let place = 0
  const tokens: Token[] = []
  const instances: Written['instances'] = []
  const stack: Array<{ mark: string; instance: number }> = []
  const text = (source: string) => {
    if (source !== '') tokens.push({ kind: 'text', source })
  }
  const close = (depth: number, at: number) => {
    while (stack.length > depth) {
      const { mark, instance } = stack.pop()!
      instances[instance]!.to = at
      const delimiter = DELIMITER[mark]
      tokens.push(delimiter ? { kind: 'delim', ...delimiter, instance, role: 'close', at: place } : { kind: 'linkClose', source: linkEnd(mark) })
    }
  }
  const outerMarks = (i: number) => ordered(segments, i).filter((m) => m !== 'code')
  let lastCode: Token | undefined
  segments.forEach((segment, i) => {
    const marks = outerMarks(i)
    let common = 0
    while (common < stack.length && stack[common]!.mark === marks[common]) common++
    const lead = segment.text.length - segment.text.trimStart().length
    // (All whitespace counts as leading, so none is written twice.)
    const trail = lead === segment.text.length ? 0 : segment.text.length - segment.text.trimEnd().length
    const from = starts[i]! + lead
    const to = starts[i]! + segment.text.length - trail
    close(common, i - 1)
    text(segment.text.slice(0, lead))
    place = from
    for (const mark of marks.slice(common)) {
      const instance = instances.push({ mark, from: i, to: i }) - 1
      stack.push({ mark, instance })
      const delimiter = DELIMITER[mark]
      tokens.push(delimiter ? { kind: 'delim', ...delimiter, instance, role: 'open', at: place } : { kind: 'linkOpen' })
    }
    const code = codeSpan(plain.slice(from, to))
    // Three backticks opening a line would start a code block, and a code span right after
    // another would run into its closing backticks: there the words go as plain text.
    const asCode = segment.marks.includes('code') && !(tokens.length === 0 && code.startsWith('```')) && !(lastCode && tokens.at(-1) === lastCode)
    text(asCode ? code : escaped.slice(from, to).join(''))
    place = to
    lastCode = asCode ? tokens.at(-1) : undefined
    // Whitespace just inside a closer stops it closing: what closes next closes before it.
    if (trail > 0) {
      const nextMarks = i + 1 < segments.length ? outerMarks(i + 1) : []
      let keep = 0
      while (keep < stack.length && stack[keep]!.mark === nextMarks[keep]) keep++
      close(keep, i)
    }
    text(segment.text.slice(segment.text.length - trail))
    place = starts[i]! + segment.text.length
  })
  close(0, segments.length - 1)
  return { tokens, instances }
}

const source = (tokens: Token[]) =>
  tokens.map((t) => (t.kind === 'text' || t.kind === 'linkClose' ? t.source : t.kind === 'linkOpen' ? '[' : t.char.repeat(t.count))).join('')

/** One line (no hard breaks in it) as Markdown. */
export function inlineLine(raw: Segment[], options: { inHeading?: boolean } = {}): string {
  let segments = normalise(raw)
  const plain = segments.map((s) => s.text).join('')
  // Letters written as character references (markdown-emphasis.ts, mendable), by index in `plain`.
  const references = new Set<number>()
  // Each round writes one more letter as a reference, or leaves out at least one misread mark, so this ends.
  for (;;) {
    const { tokens, instances } = write(segments, options.inHeading ?? false, references)
    const misread = misreadEmphasis(tokens)
    if (misread.size === 0) return source(tokens)
    let mended = false
    for (const { at, side } of mendable(tokens, misread)) {
      let i = side === 'before' ? at - 1 : at
      // A letter beyond the BMP is written whole, from its first half.
      if (side === 'before' && i > 0 && /[\udc00-\udfff]/.test(plain[i]!) && /[\ud800-\udbff]/.test(plain[i - 1]!)) i--
      if (!references.has(i)) mended = references.add(i).size > 0
    }
    if (mended) continue
    for (const index of misread) {
      const { mark, from, to } = instances[index]!
      for (let i = from; i <= to; i++) segments[i]!.marks = segments[i]!.marks.filter((m) => m !== mark)
    }
    segments = normalise(segments)
  }
}
