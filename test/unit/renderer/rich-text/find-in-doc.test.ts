import { getSchema, type AnyExtension } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { beforeAll, describe, expect, it } from 'vitest'

// Renderer modules, imported by paths the Node project's compiler does not follow (see
// test/unit/main/print/rich-text-html.test.ts); the document is built with the editor's own schema.
const EDITOR = '../../../../src/renderer/src/rich-text/'

type FindFirst = (doc: ProseMirrorNode, words: readonly string[]) => { from: number; to: number } | null
let findFirst: FindFirst
let schema: ReturnType<typeof getSchema>

beforeAll(async () => {
  const { editorExtensions } = (await import(/* @vite-ignore */ `${EDITOR}extensions.ts`)) as { editorExtensions: (p: () => string) => AnyExtension[] }
  ;({ findFirst } = (await import(/* @vite-ignore */ `${EDITOR}find-in-doc.ts`)) as { findFirst: FindFirst })
  schema = getSchema(editorExtensions(() => ''))
})

const text = (value: string, marks?: { type: string }[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const para = (...content: object[]) => ({ type: 'paragraph', content })
const docOf = (...content: object[]) => ProseMirrorNode.fromJSON(schema, { type: 'doc', content })
const found = (doc: ProseMirrorNode, words: string[]) => {
  const range = findFirst(doc, words)
  return range && doc.textBetween(range.from, range.to)
}

describe('findFirst', () => {
  it('finds a word in any case, split across marks and after a hard break, with exact positions', () => {
    const doc = docOf(
      para(text('Nothing here.')),
      para(text('First line'), { type: 'hardBreak' }, text('then the Light'), text('house', [{ type: 'bold' }]), text(' at dusk'))
    )
    expect(found(doc, ['lighthouse'])).toBe('Lighthouse')
  })

  it('takes the earliest place in the document, whichever word it is', () => {
    const doc = docOf(para(text('a quiet café')), para(text('the river and the café again')))
    expect(found(doc, ['river', 'café'])).toBe('café')
    const range = findFirst(doc, ['river', 'café'])!
    expect(range.from).toBe(1 + 'a quiet '.length)
  })

  it('looks inside lists and quotes', () => {
    const doc = docOf({ type: 'blockquote', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('deep down the Word'))] }] }] })
    expect(found(doc, ['word'])).toBe('Word')
  })

  it('answers null when nothing matches or nothing is asked', () => {
    const doc = docOf(para(text('plain words')))
    expect(findFirst(doc, ['absent'])).toBeNull()
    expect(findFirst(doc, [' ', ''])).toBeNull()
  })
})
