import { describe, expect, it } from 'vitest'
import { richTextToMarkdown } from '../../../../src/main/export/markdown.ts'
import { allowedLink } from '../../../../src/shared/link-rule.ts'
import type { RichTextMark, RichTextNode } from '../../../../src/shared/rich-text.ts'
import { readBlocks, type ReadBlock, type Run } from '../../../support/markdown-reader.ts'

// What a reader should see for each text block of a document, found from the JSON directly:
// its kind, the containers it sits in, and its text with marks (underline has no Markdown;
// a link only with an allowed address). Spaces at a line's ends are not kept by Markdown.

interface Expected {
  kind: ReadBlock['kind']
  path: string[]
  runs: Run[]
}

const SHOWN = new Set(['bold', 'italic', 'strike', 'highlight', 'code'])

function marksOf(marks: RichTextMark[] | undefined): string[] {
  const out = new Set<string>()
  for (const mark of marks ?? []) {
    if (SHOWN.has(mark.type)) out.add(mark.type)
    if (mark.type === 'link' && allowedLink(mark.attrs?.href)) out.add(`link:${allowedLink(mark.attrs?.href)}`)
  }
  return [...out].sort()
}

function chars(node: RichTextNode): Array<{ c: string; marks: string[] }> {
  const out: Array<{ c: string; marks: string[] }> = []
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') out.push({ c: '\n', marks: [] })
    for (const c of child.text ?? '') out.push({ c, marks: marksOf(child.marks) })
  }
  // Trim each line's ends, and blank lines at the block's ends.
  const lines: Array<typeof out> = [[]]
  for (const ch of out) {
    if (ch.c === '\n') lines.push([])
    else lines.at(-1)!.push(ch)
  }
  const trimmed = lines.map((line) => {
    let a = 0
    let b = line.length
    while (a < b && /\s/.test(line[a]!.c)) a++
    while (b > a && /\s/.test(line[b - 1]!.c)) b--
    return line.slice(a, b)
  })
  while (trimmed.length && trimmed.at(-1)!.length === 0) trimmed.pop()
  while (trimmed.length && trimmed[0]!.length === 0) trimmed.shift()
  return trimmed.flatMap((line, i) => (i === 0 ? line : [{ c: '\n', marks: [] }, ...line]))
}

function toRuns(list: Array<{ c: string; marks: string[] }>): Run[] {
  const runs: Run[] = []
  for (const { c, marks } of list) {
    const last = runs.at(-1)
    if (last && last.marks.join() === marks.join()) last.text += c
    else runs.push({ text: c, marks })
  }
  return runs
}

function expected(nodes: RichTextNode[], path: string[] = []): Expected[] {
  const out: Expected[] = []
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      let list = chars(node)
      // A heading is one line: its breaks become spaces.
      if (node.type === 'heading') list = list.map((ch) => (ch.c === '\n' ? { c: ' ', marks: [] } : ch))
      if (list.length) out.push({ kind: node.type, path, runs: toRuns(list) })
    } else if (node.type === 'horizontalRule') out.push({ kind: 'rule', path, runs: [] })
    else if (node.type === 'blockquote') out.push(...expected(node.content ?? [], [...path, 'quote']))
    else if (['bulletList', 'orderedList', 'taskList'].includes(node.type)) {
      for (const item of node.content ?? []) {
        const kind = node.type === 'bulletList' ? 'bullet' : node.type === 'orderedList' ? 'ordered' : `task:${item.attrs?.checked === true ? 'x' : ' '}`
        const inner = expected(item.content ?? [], [...path, kind])
        out.push(...(inner.length ? inner : [{ kind: 'paragraph' as const, path: [...path, kind], runs: [] }]))
      }
    }
  }
  return out
}

function read(doc: RichTextNode): Expected[] {
  return readBlocks(richTextToMarkdown(doc).split('\n')).map(({ kind, path, runs }) => ({ kind, path, runs }))
}

const text = (t: string, ...marks: Array<string | RichTextMark>): RichTextNode => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : {})
})
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content })
const link = (href: string): RichTextMark => ({ type: 'link', attrs: { href } })

describe('Markdown from stored documents', () => {
  it('writes each kind of block and mark in its usual Markdown', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('A day')] },
      p(
        text('We '),
        text('walked', 'bold'),
        text(' and '),
        text('talked', 'italic'),
        text(', '),
        text('no more', 'strike'),
        text(' of '),
        text('this', 'highlight'),
        text(' and '),
        text('that', 'underline'),
        text('.')
      ),
      p(text('first line'), { type: 'hardBreak' }, text('second line')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('milk'))] },
          { type: 'listItem', content: [p(text('bread')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('rye'))] }] }] }
        ]
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [p(text('third'))] },
          { type: 'listItem', content: [p(text('fourth'))] }
        ]
      },
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: true }, content: [p(text('call mum'))] },
          { type: 'taskItem', attrs: { checked: false }, content: [p(text('write back'))] }
        ]
      },
      { type: 'blockquote', content: [p(text('Be kind.'))] },
      { type: 'horizontalRule' },
      p(
        text('See '),
        text('the page', link('https://example.org/a?b=1#c')),
        text(' or '),
        text('mail', link('mailto:ana@example.org')),
        text('. '),
        text('code', 'code')
      )
    )
    expect(richTextToMarkdown(d)).toBe(
      [
        '## A day',
        '',
        'We **walked** and *talked*, ~~no more~~ of ==this== and that.',
        '',
        'first line\\',
        'second line',
        '',
        '- milk',
        '- bread',
        '  - rye',
        '',
        '3. third',
        '4. fourth',
        '',
        '- [x] call mum',
        '- [ ] write back',
        '',
        '> Be kind.',
        '',
        '---',
        '',
        'See [the page](<https://example.org/a?b=1#c>) or [mail](<mailto:ana@example.org>). `code`',
        ''
      ].join('\n')
    )
    expect(read(d)).toEqual(expected(d.content!))
  })

  it('escapes whatever would read as Markdown, so the words come back as written', () => {
    const tricky = [
      '# not a heading',
      '- not a list',
      '+ nor this',
      '1. nor this',
      '2) nor this',
      '> not a quote',
      '---',
      '===',
      '*stars* and _underscores_ and **double**',
      '[not](a link) ![nor](an image)',
      '<b>not html</b> <https://example.org>',
      'a `tick` and ``two``',
      'Tom &amp; Jerry &copy; &#65;',
      '~~not struck~~ ==not lit== a=b a==b',
      'back\\slash and trailing \\',
      '| a | b |',
      '    four spaces',
      '```',
      '~~~'
    ]
    for (const line of tricky) {
      const d = doc(p(text(line)))
      expect(read(d), line).toEqual(expected(d.content!))
    }
    // And as later lines of a paragraph (after hard breaks), in a heading, a list and a quote.
    const lines = tricky.flatMap((line, i) => (i ? [{ type: 'hardBreak' }, text(line)] : [text(line)]))
    const d = doc(
      p(...lines),
      { type: 'heading', attrs: { level: 3 }, content: [text('Heading # with ## hashes ##')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(...lines)] }] },
      { type: 'blockquote', content: [p(...lines)] }
    )
    expect(read(d)).toEqual(expected(d.content!))
  })

  it('keeps marks where a reader can see them, and never lets a mark turn into stray characters', () => {
    const cases: RichTextNode[] = [
      // Whitespace just inside a mark.
      p(text('a'), text(' bold ', 'bold'), text('b')),
      // Punctuation inside next to letters outside: the letters are written as references, so ** opens and closes.
      p(text('x'), text('"quoted"', 'bold'), text('y')),
      // Overlapping marks.
      p(text('abc', 'bold'), text('de', 'bold', 'italic'), text('fgh', 'italic')),
      p(text('ab', 'italic'), text('cd', 'bold', 'italic'), text('ef', 'bold')),
      // Neighbouring marks.
      p(text('bold', 'bold'), text(' then '), text('italic', 'italic')),
      // A link split by bold, and a refused address.
      p(
        text('go ', link('https://example.org')),
        text('now', link('https://example.org'), 'bold'),
        text(' or ', 'bold'),
        text('not', link('javascript:alert(1)'))
      ),
      // Code with backticks and spaces.
      p(text('`x`', 'code'), text(' and '), text(' y ', 'code')),
      p(text('```', 'code'), text(' fence'))
    ]
    for (const block of cases) {
      const d = doc(block)
      const got = read(d)[0]!
      const want = expected(d.content!)[0]!
      expect(got.runs.map((r) => r.text).join(''), JSON.stringify(block)).toBe(want.runs.map((r) => r.text).join(''))
      // Every mark read is one the document has, character by character.
      const wanted = want.runs.flatMap((r) => [...r.text].map(() => r.marks))
      const seen = got.runs.flatMap((r) => [...r.text].map(() => r.marks))
      seen.forEach((marks, i) => expect(wanted[i], JSON.stringify(block)).toEqual(expect.arrayContaining(marks)))
    }
    // The plain cases keep every mark on every character that shows (a mark on a space does not).
    const visible = (blocks: Expected[]) =>
      blocks.flatMap((b) => b.runs.flatMap((r) => [...r.text].filter((c) => c.trim() !== '').map((c) => `${c}:${r.marks.join('+')}`)))
    for (const block of [cases[0]!, cases[1]!, cases[4]!, cases[6]!]) expect(visible(read(doc(block)))).toEqual(visible(expected([block])))
    expect(richTextToMarkdown(doc(cases[1]!))).toBe('&#120;**"quoted"**&#121;\n')
  })

  it('round-trips the words of random documents full of Markdown characters', () => {
    let seed = 20261125
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
    const alphabet = [
      'a',
      'b',
      'word',
      ' ',
      '  ',
      '*',
      '_',
      '~',
      '=',
      '#',
      '-',
      '+',
      '>',
      '<',
      '[',
      ']',
      '(',
      ')',
      '!',
      '`',
      '\\',
      '&',
      'amp;',
      '|',
      '.',
      '1',
      '2.',
      '"',
      "'",
      'é',
      '漢',
      '😀',
      '\t'
    ]
    const markNames = ['bold', 'italic', 'strike', 'highlight', 'underline', 'code']
    const inline = (): RichTextNode[] => {
      const nodes: RichTextNode[] = []
      for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) {
        if (rand() < 0.1) nodes.push({ type: 'hardBreak' })
        let t = ''
        for (let k = 1 + Math.floor(rand() * 6); k > 0; k--) t += pick(alphabet)
        const marks = markNames.filter(() => rand() < 0.2)
        if (rand() < 0.1) nodes.push(text(t, ...marks, link('https://example.org/x')))
        else nodes.push(text(t, ...marks))
      }
      return nodes
    }
    const blockOf = (depth: number): RichTextNode => {
      const r = rand()
      if (depth > 2 || r < 0.45) return p(...inline())
      if (r < 0.55) return { type: 'heading', attrs: { level: 2 }, content: inline() }
      if (r < 0.6) return { type: 'horizontalRule' }
      if (r < 0.7) return { type: 'blockquote', content: [blockOf(depth + 1), blockOf(depth + 1)] }
      const kind = pick(['bulletList', 'orderedList', 'taskList'])
      const itemType = kind === 'taskList' ? 'taskItem' : 'listItem'
      return {
        type: kind,
        content: [1, 2].map(() => ({
          type: itemType,
          attrs: { checked: rand() < 0.5 },
          content: [p(...inline()), ...(rand() < 0.3 ? [blockOf(depth + 1)] : [])]
        }))
      }
    }
    for (let round = 0; round < 1500; round++) {
      const d = doc(...Array.from({ length: 1 + Math.floor(rand() * 4) }, () => blockOf(0)))
      const got = read(d)
      const want = expected(d.content!)
      const plain = (blocks: Expected[]) => blocks.map((b) => `${b.kind}@${b.path.join('/')}:${b.runs.map((r) => r.text).join('')}`)
      expect(plain(got), richTextToMarkdown(d)).toEqual(plain(want))
      // No formatting appears that the document does not have.
      const marksPerChar = (blocks: Expected[]) => blocks.flatMap((b) => b.runs.flatMap((r) => [...r.text].map(() => r.marks)))
      const wanted = marksPerChar(want)
      const invented = marksPerChar(got).flatMap((marks, i) => marks.filter((m) => !wanted[i]!.includes(m)).map((m) => `${m} at ${i}`))
      if (invented.length) expect(invented, richTextToMarkdown(d)).toEqual([])
    }
  })

  it('keeps every mark of ordinary writing: marked words and phrases between spaces and punctuation', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const words = ['love', 'tea', 'Sunday', 'we', 'walked', 'home', 'café', '漢字', '42']
    const visible = (blocks: Expected[]) =>
      blocks.flatMap((b) => b.runs.flatMap((r) => [...r.text].filter((c) => c.trim() !== '').map((c) => `${c}:${r.marks.join('+')}`)))
    for (let round = 0; round < 1500; round++) {
      const content: RichTextNode[] = []
      for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) {
        const phrase = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => words[Math.floor(rand() * words.length)]).join(' ')
        const marks = ['bold', 'italic', 'strike', 'highlight', 'code'].filter(() => rand() < 0.3)
        const linked = rand() < 0.15 ? [link('https://example.org/p')] : []
        content.push(text(phrase, ...marks, ...linked), text(rand() < 0.2 ? ', ' : ' '))
      }
      const d = doc(p(...content))
      expect(visible(read(d)), richTextToMarkdown(d)).toEqual(visible(expected(d.content!)))
    }
  })
})
