import { describe, expect, it } from 'vitest'
import { countWords, richTextProblem, richTextToPlain } from '../../../src/shared/rich-text.ts'

const doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sunday walk' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We talked about ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'books' }
      ]
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tea' }] }] }] }
  ]
}

describe('rich text bodies', () => {
  it('accepts a TipTap document and reads its words', () => {
    expect(richTextProblem(doc)).toBeNull()
    expect(richTextToPlain(doc)).toBe('Sunday walk\nWe talked about books\ntea')
    expect(countWords(richTextToPlain(doc))).toBe(7)
  })

  it('counts words in any script: contractions and hyphenated words once, each Chinese or Japanese character once', () => {
    expect(countWords("We don't rush — well-being first, 3 times.")).toBe(7)
    expect(countWords('Ça va très bien, merci!')).toBe(5)
    expect(countWords('我们一起散步')).toBe(6)
    expect(countWords('今日はカレー')).toBe(6)
    expect(countWords('   \n  ')).toBe(0)
  })

  it('refuses documents nested deeper than the limit without overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] }
    expect(richTextProblem({ type: 'doc', content: [node] })).toBe('the body is nested too deeply')
  })

  it('refuses unknown keys, prototype tricks and non-documents', () => {
    expect(richTextProblem({ type: 'paragraph' })).toBe('the body must be a document')
    expect(richTextProblem(JSON.parse('{"type":"doc","__proto__":{"x":1}}'))).toMatch(/unknown node key/)
    expect(richTextProblem({ type: 'doc', content: [{ type: 'text', text: 3 }] })).toBe('text must be a string')
    expect(richTextProblem({ type: 'doc', attrs: { style: { nested: true } } })).toMatch(/attribute values/)
    expect(richTextProblem(null)).toBe('the body must be a document')
  })
})
