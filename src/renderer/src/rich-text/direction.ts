// Each block of a body (paragraph, heading, quote, list, list item) runs in the direction of
// its own first strong letter, as dir="auto" would, so Arabic or Hebrew reads right to left and
// English beside it left to right (docs/architecture.md, "Words in both directions"). Set as
// node decorations, so nothing is stored, and only where a block's direction differs from the
// one around it (a body in English has none). Not TipTap's `textDirection: 'auto'`: it stores
// dir on every node, and as dir="auto" on a list item skips its paragraph's own, lists stay
// left to right.

import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { textDirection, type Direction } from '../../../shared/text-direction.ts'

/** The editor's own direction, that of the app around the body. */
const AROUND: Direction = 'ltr'

interface Placed {
  from: number
  to: number
  dir: Direction
}

// A node never changes, so its direction is worked out once: each block below a top-level one
// asks again for what its children hold, and a body nested deep with no letter in it would
// otherwise be read from end to end once per level, at every keystroke.
const directionOf = new WeakMap<PMNode, Direction | null>()

/** The direction of a node's first strong letter, stopping there; null if it has none. */
export function nodeDirection(node: PMNode): Direction | null {
  const known = directionOf.get(node)
  if (known !== undefined) return known
  let found: Direction | null = null
  if (node.isText) found = textDirection(node.text ?? '')
  else for (let i = 0; i < node.childCount && found === null; i++) found = nodeDirection(node.child(i))
  directionOf.set(node, found)
  return found
}

const directed = (node: PMNode) => node.isBlock && !node.isLeaf

// A node never changes, so what it holds is worked out once, wherever it ends up in the doc.
const placedIn = new WeakMap<PMNode, Placed[]>()

/** The blocks of a top-level block (itself among them) whose direction is not the one around them, by offset. */
function placedBlocks(block: PMNode): Placed[] {
  const known = placedIn.get(block)
  if (known) return known
  const placed: Placed[] = []
  const visit = (node: PMNode, at: number, around: Direction) => {
    if (!directed(node)) return
    const own = nodeDirection(node) ?? around
    if (own !== around) placed.push({ from: at, to: at + node.nodeSize, dir: own })
    // A text block's children are inline: nothing below it has a direction of its own.
    if (!node.isTextblock) node.forEach((child, offset) => visit(child, at + 1 + offset, own))
  }
  visit(block, 0, AROUND)
  placedIn.set(block, placed)
  return placed
}

/** The decorations of the top-level blocks from index `first` to `last`, and where they start and end. */
function blocksBetween(doc: PMNode, first: number, last: number): { start: number; end: number; found: Decoration[] } {
  let start = 0
  for (let i = 0; i < first; i++) start += doc.child(i).nodeSize
  let end = start
  const found: Decoration[] = []
  for (let i = first; i <= last; i++) {
    const block = doc.child(i)
    for (const { from, to, dir } of placedBlocks(block)) found.push(Decoration.node(end + from, end + to, { dir }))
    end += block.nodeSize
  }
  return { start, end, found }
}

/** The direction of every block of `doc` that needs one, as node decorations. */
export function directionDecorations(doc: PMNode): DecorationSet {
  return DecorationSet.create(doc, blocksBetween(doc, 0, doc.childCount - 1).found)
}

/** The span of the new doc that `tr`'s steps wrote, or null if they wrote none (a mark only). */
function written(tr: Transaction): [number, number] | null {
  let from = Infinity
  let to = -Infinity
  tr.mapping.maps.forEach((map, i) => {
    const later = tr.mapping.slice(i + 1)
    map.forEach((_oldStart, _oldEnd, start, end) => {
      from = Math.min(from, later.map(start, -1))
      to = Math.max(to, later.map(end, 1))
    })
  })
  return from <= to ? [from, to] : null
}

/**
 * `set`, mapped through `tr`, with the top-level blocks it wrote (and one either side, which a
 * join or a split reaches) worked out again: a keystroke costs its own paragraph, not the body.
 */
function updated(set: DecorationSet, tr: Transaction): DecorationSet {
  const mapped = set.map(tr.mapping, tr.doc)
  const span = written(tr)
  if (span === null) return mapped
  const { doc } = tr
  const at = (pos: number) => doc.resolve(Math.min(Math.max(pos, 0), doc.content.size)).index(0)
  const first = Math.max(0, at(span[0]) - 1)
  const last = Math.min(doc.childCount - 1, at(span[1]) + 1)
  const { start, end, found } = blocksBetween(doc, first, last)
  const stale = mapped.find(start, end).filter((deco) => deco.from < end && deco.to > start)
  return mapped.remove(stale).add(doc, found)
}

const key = new PluginKey<DecorationSet>('ownDirection')

/** The plugin on its own (the extension below puts it in the editor). */
export function directionPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => directionDecorations(state.doc),
      apply: (tr, set) => (tr.docChanged ? updated(set, tr) : set)
    },
    props: { decorations: (state) => key.getState(state) }
  })
}

export const OwnDirection = Extension.create({
  name: 'ownDirection',
  addProseMirrorPlugins: () => [directionPlugin()]
})
