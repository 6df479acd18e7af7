import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { reflectionMarkdown } from '../../../../src/main/export/markdown-export.ts'
import { richTextToMarkdown } from '../../../../src/main/export/markdown.ts'
import type { RichTextNode } from '../../../../src/shared/rich-text.ts'

// The exported Markdown as markdown-it (a CommonMark reader we did not write) reads it: italic and
// bold next to punctuation and letters keep every character they cover, and a nested list leaves
// its outer list tight (no <p> in its items).

const md = new MarkdownIt()
type Token = ReturnType<typeof md.parse>[number]

const text = (value: string, marks: string[]): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {})
})
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', ...(content.length ? { content } : {}) })

/** Each visible character with the marks markdown-it gives it. */
function readMarks(markdown: string): string[] {
  const out: string[] = []
  const open = new Set<string>()
  for (const token of md.parseInline(markdown.trim(), {})[0]?.children ?? []) {
    if (token.type === 'em_open' || token.type === 'strong_open') open.add(token.tag)
    else if (token.type === 'em_close' || token.type === 'strong_close') open.delete(token.tag)
    else for (const c of token.content) if (c.trim() !== '') out.push(`${c}:${[...open].sort().join('+')}`)
  }
  return out
}

/** Each visible character with the marks the document gives it. */
function wantedMarks(segments: Array<{ text: string; marks: string[] }>): string[] {
  const tag = { bold: 'strong', italic: 'em' } as Record<string, string>
  return segments.flatMap(({ text: t, marks }) =>
    [...t]
      .filter((c) => c.trim() !== '')
      .map(
        (c) =>
          `${c}:${marks
            .map((m) => tag[m])
            .sort()
            .join('+')}`
      )
  )
}

const PIECES = [
  'word',
  'don',
  'l',
  'a',
  'x',
  '5',
  'café',
  '漢字',
  'ثقة',
  ' ',
  ', ',
  ',',
  '.',
  '!',
  '?',
  '"',
  '“',
  '”',
  '’',
  "'",
  '(',
  ')',
  '…',
  '%',
  '—',
  '-',
  '😀'
]

const segment = (marks: fc.Arbitrary<string[]>) =>
  fc.record({ text: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join('')), marks })

describe('the exported Markdown as markdown-it reads it', () => {
  it('keeps italic on every character it covers, between letters, digits, spaces and punctuation', () => {
    const examples = [
      [
        { text: 'don', marks: [] },
        { text: '’t', marks: ['italic'] },
        { text: ' go', marks: [] }
      ],
      [
        { text: 'word', marks: [] },
        { text: 'em,', marks: ['italic'] },
        { text: 'next', marks: [] }
      ],
      [
        { text: 'a', marks: [] },
        { text: '"b"', marks: ['italic'] },
        { text: 'c', marks: [] }
      ],
      [
        { text: '5', marks: [] },
        { text: '%', marks: ['italic'] },
        { text: 'x', marks: [] }
      ]
    ]
    for (const segments of examples) {
      const markdown = richTextToMarkdown({ type: 'doc', content: [para(...segments.map((s) => text(s.text, s.marks)))] })
      expect(readMarks(markdown), markdown).toEqual(wantedMarks(segments))
    }
    fc.assert(
      fc.property(fc.array(segment(fc.constantFrom([], ['italic'])), { minLength: 1, maxLength: 6 }), (segments) => {
        const markdown = richTextToMarkdown({ type: 'doc', content: [para(...segments.map((s) => text(s.text, s.marks)))] })
        expect(readMarks(markdown), markdown).toEqual(wantedMarks(segments))
      }),
      { numRuns: 3000 }
    )
  })

  it('keeps bold the same way, and with italic never shows a mark the text does not have', () => {
    fc.assert(
      fc.property(fc.array(segment(fc.constantFrom([], ['bold'])), { minLength: 1, maxLength: 6 }), (segments) => {
        const markdown = richTextToMarkdown({ type: 'doc', content: [para(...segments.map((s) => text(s.text, s.marks)))] })
        expect(readMarks(markdown), markdown).toEqual(wantedMarks(segments))
      }),
      { numRuns: 2000 }
    )
    fc.assert(
      fc.property(fc.array(segment(fc.subarray(['bold', 'italic'])), { minLength: 1, maxLength: 6 }), (segments) => {
        const markdown = richTextToMarkdown({ type: 'doc', content: [para(...segments.map((s) => text(s.text, s.marks)))] })
        const read = readMarks(markdown)
        const wanted = wantedMarks(segments)
        expect(
          read.map((r) => r.split(':')[0]),
          markdown
        ).toEqual(wanted.map((w) => w.split(':')[0]))
        read.forEach((r, i) => {
          const have = r.split(':')[1]!.split('+').filter(Boolean)
          expect(wanted[i]!.split(':')[1]!.split('+'), markdown).toEqual(expect.arrayContaining(have))
        })
      }),
      { numRuns: 2000 }
    )
  })

  const item = (words: string, nested?: RichTextNode): RichTextNode => ({
    type: 'listItem',
    content: [para(...(words ? [text(words, [])] : [])), ...(nested ? [nested] : [])]
  })
  const task = (words: string, nested?: RichTextNode): RichTextNode => ({
    type: 'taskItem',
    attrs: { checked: words.length % 2 === 0 },
    content: item(words, nested).content!
  })

  /** Lists of one-paragraph items, each perhaps with a list inside: bullets, tasks, or numbers from 1. */
  const list: fc.Memo<RichTextNode> = fc.memo((depth) => {
    const inner = depth > 1 ? fc.option(list(depth - 1), { nil: undefined }) : fc.constant(undefined)
    // An empty item cannot start a list that follows a paragraph directly (CommonMark), so there a
    // blank line stays: empty items only in the outermost list here.
    const words = depth === 3 ? fc.constantFrom('milk', 'bread and rye', 'call mum', 'tea', '') : fc.constantFrom('milk', 'bread and rye', 'call mum', 'tea')
    const items = (make: typeof item) =>
      fc.array(
        fc.tuple(words, inner).map(([w, n]) => make(w, n)),
        { minLength: 1, maxLength: 3 }
      )
    return fc.oneof(
      items(item).map((content): RichTextNode => ({ type: 'bulletList', content })),
      items(item).map((content): RichTextNode => ({ type: 'orderedList', attrs: { start: 1 }, content })),
      items(task).map((content): RichTextNode => ({ type: 'taskList', content }))
    )
  })

  it('leaves a list with a list inside tight: no item of any list reads as a paragraph', () => {
    const paragraphsInItems = (tokens: Token[]) => tokens.filter((t) => t.type === 'paragraph_open' && !t.hidden).length
    const nested = { type: 'doc', content: [{ type: 'bulletList', content: [item('milk'), item('bread', { type: 'bulletList', content: [item('rye')] })] }] }
    expect(md.render(richTextToMarkdown(nested))).not.toContain('<p>')
    fc.assert(
      fc.property(list(3), (root) => {
        const markdown = richTextToMarkdown({ type: 'doc', content: [root] })
        expect(paragraphsInItems(md.parse(markdown, {})), markdown).toBe(0)
      }),
      { numRuns: 2000 }
    )
  })

  it('still reads a nested list that could not follow its paragraph directly (numbers from 3) as the same words', () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'bulletList', content: [item('milk', { type: 'orderedList', attrs: { start: 3 }, content: [item('third')] })] }]
    }
    const html = md.render(richTextToMarkdown(doc))
    expect(html).toContain('<ol start="3">')
    expect(html).toMatch(/milk[\s\S]*third/)
  })

  it('reads a line break inside text or a title (LF, CR or CRLF, which the editor never makes) as a break, never as a block', () => {
    // CommonMark ends a line at a CR too: raw, "a\r# b" was a paragraph and a heading, and a
    // title "Title\n- item" a heading and a list.
    for (const words of ['a\r# b', 'a\r\n- b', 'a\r---', 'a\n> b', 'a\r\r1. b']) {
      const html = md.render(richTextToMarkdown({ type: 'doc', content: [para(text(words, []))] }))
      expect(html, JSON.stringify(words)).toMatch(/^<p>a(<br>\n)+[^<]+<\/p>\n$/)
    }
    const reflection = (title: string) => ({
      id: 'r1',
      themeId: 'trust' as const,
      title,
      titled: true,
      date: '2026-01-05',
      excerpt: '',
      wordCount: 0,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      body: { type: 'doc', content: [para(text('Words.', []))] },
      prompt: null
    })
    for (const title of ['Title\n- item', 'Title\r===', 'Title\r\n# Two', 'Title\n\n    code']) {
      const body = reflectionMarkdown(reflection(title)).split('\n---\n')[1]!
      expect(md.render(body), JSON.stringify(title)).toMatch(/^<h1>Title [^<]+<\/h1>\n<p>Words\.<\/p>\n$/)
    }
  })
})
