import { getSchema, type AnyExtension } from '@tiptap/core'
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model'
import { EditorState, TextSelection, type Plugin } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { beforeAll, describe, expect, it } from 'vitest'
import { ARABIC_WORDS, BOTH_WAYS_BLOCKS, BOTH_WAYS_BODY, ENGLISH_WORDS, HEBREW_WORDS } from '../../../support/words-both-ways.ts'

// Renderer modules, imported by paths the Node project's compiler does not follow (see find-in-doc.test.ts).
const EDITOR = '../../../../src/renderer/src/rich-text/'

let directionDecorations: (doc: ProseMirrorNode) => DecorationSet
let directionPlugin: () => Plugin<DecorationSet>
let schema: Schema

beforeAll(async () => {
  const { editorExtensions } = (await import(/* @vite-ignore */ `${EDITOR}extensions.ts`)) as { editorExtensions: (p: () => string) => AnyExtension[] }
  ;({ directionDecorations, directionPlugin } = (await import(/* @vite-ignore */ `${EDITOR}direction.ts`)) as {
    directionDecorations: typeof directionDecorations
    directionPlugin: typeof directionPlugin
  })
  schema = getSchema(editorExtensions(() => ''))
})

const dirOf = (deco: unknown) => (deco as { type: { attrs: { dir: string } } }).type.attrs.dir

/** The decorations as from–to:dir, in order. */
const listed = (set: DecorationSet) =>
  set
    .find()
    .map((d) => `${d.from}-${d.to}:${dirOf(d)}`)
    .sort()

/** Each block's text and the direction it is laid out in: its innermost decoration's, else the editor's (ltr). */
function laidOut(doc: ProseMirrorNode, set: DecorationSet): Record<string, string> {
  const found = set.find()
  const out: Record<string, string> = {}
  doc.descendants((node, pos) => {
    if (!node.isBlock || node.isLeaf) return
    const around = found.filter((d) => d.from <= pos && d.to >= pos + node.nodeSize).sort((a, b) => a.to - a.from - (b.to - b.from))
    out[node.textContent] = around.length > 0 ? dirOf(around[0]) : 'ltr'
  })
  return out
}

describe('the editor’s directions', () => {
  it('lays each block out in the direction of its first strong letter, a list and a quote as their first words', () => {
    const doc = ProseMirrorNode.fromJSON(schema, BOTH_WAYS_BODY)
    const set = directionDecorations(doc)
    const got = laidOut(doc, set)
    for (const [words, dir] of BOTH_WAYS_BLOCKS) expect(got[words], words).toBe(dir)
    expect(got[`${HEBREW_WORDS}${ENGLISH_WORDS}`]).toBe('rtl')
    // Nothing is stored, and a body in English needs no decoration at all.
    expect(JSON.stringify(doc.toJSON())).not.toContain('"dir"')
    const english = ProseMirrorNode.fromJSON(schema, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: ENGLISH_WORDS }] }] })
    expect(listed(directionDecorations(english))).toEqual([])
  })

  it('follows every edit as if worked out again from the start, touching only the blocks the edit wrote', () => {
    let state = EditorState.create({ schema, doc: ProseMirrorNode.fromJSON(schema, BOTH_WAYS_BODY), plugins: [directionPlugin()] })
    const plugin = state.plugins[0]!
    const words = [ARABIC_WORDS.slice(0, 6), 'Hi ', HEBREW_WORDS.slice(0, 5), '12 ', '']
    let seed = 7
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    for (let step = 0; step < 300; step++) {
      const size = state.doc.content.size
      const pos = 1 + next(Math.max(1, size - 1))
      const $pos = state.doc.resolve(pos)
      let tr = state.tr
      const kind = next(5)
      if (kind === 0 && $pos.parent.isTextblock) tr = tr.insertText(words[next(words.length)]!, pos)
      else if (kind === 1 && $pos.parent.isTextblock && $pos.depth > 0) tr = tr.split(pos)
      else if (kind === 2 && size > 4) tr = tr.delete(pos, Math.min(size - 1, pos + 1 + next(6)))
      else if (kind === 3 && $pos.parent.isTextblock) tr = tr.setSelection(TextSelection.create(tr.doc, pos)).replaceSelectionWith(schema.text('ש'), false)
      else tr = tr.insertText(words[next(words.length)]!, 1)
      state = state.apply(tr)
      expect(listed(plugin.getState(state) as DecorationSet), `after step ${step}`).toEqual(listed(directionDecorations(state.doc)))
    }
  })
  it('works out a body nested as deep as it may go, with no letter in it, once and not once a level', () => {
    // 45 quotes round a paragraph of 900,000 characters, none a letter: the stored limits (RICH_TEXT_LIMITS).
    let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: '12 ♥ '.repeat(180_000) }] }
    for (let i = 0; i < 45; i++) node = { type: 'blockquote', content: [node] }
    const doc = ProseMirrorNode.fromJSON(schema, { type: 'doc', content: [node] })
    let started = performance.now()
    let state = EditorState.create({ schema, doc, plugins: [directionPlugin()] })
    const opened = performance.now() - started
    let inner = 0
    doc.descendants((n, pos) => {
      if (n.isTextblock) inner = pos + 1
    })
    started = performance.now()
    for (let i = 0; i < 10; i++) state = state.apply(state.tr.insertText('7', inner))
    const perKeystroke = (performance.now() - started) / 10
    expect(listed(state.plugins[0]!.getState(state) as DecorationSet)).toEqual([])
    // Read once from end to end it takes some tens of milliseconds; once a level, seconds.
    expect(opened, 'opening it').toBeLessThan(600)
    expect(perKeystroke, 'a keystroke').toBeLessThan(600)
  })
})
