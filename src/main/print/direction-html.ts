// The direction of a person's words in the print document and the HTML export (docs/architecture.md,
// "Words in both directions"): a block runs in the direction of its own first strong letter, as
// dir="auto" does, written only where it differs from the book's (left to right) or the block's
// around it; words beside our own (a title before its date, a name in "by Ana") sit in <bdi>.
// Left-to-right words come out exactly as before.

import type { RichTextNode } from '../../shared/rich-text.ts'
import { hasRightToLeft, textDirection, type Direction } from '../../shared/text-direction.ts'
import { escapeHtml } from './html-escape.ts'

/** The book's own direction, that of the app's words around a person's. */
export const BOOK_DIRECTION: Direction = 'ltr'

/** ` dir="rtl"` (or "ltr") when `own` is not the direction around it; '' when it is, or has none. */
export function dirAttribute(own: Direction | null, around: Direction = BOOK_DIRECTION): string {
  return own === null || own === around ? '' : ` dir="${own}"`
}

/** The attribute for a block of plain words (a title, a table's cell). */
export const wordsDir = (text: string, around: Direction = BOOK_DIRECTION) => dirAttribute(textDirection(text), around)

/** Words escaped, and isolated in <bdi> when they hold right-to-left letters. */
export function isolatedHtml(text: string): string {
  const html = escapeHtml(text)
  return hasRightToLeft(text) ? `<bdi>${html}</bdi>` : html
}

/** What `nodeDirection` has found for the nodes of one body, so each node is read once. */
export type KnownDirections = Map<RichTextNode, Direction | null>

/**
 * The direction of a stored node's first strong letter, read in order without recursion; null
 * if none. Pass the same `known` for every node of a body: each block asks again for what its
 * children hold, and a body nested deep with no letter in it would otherwise be read from end
 * to end once per level.
 */
export function nodeDirection(node: RichTextNode, known: KnownDirections = new Map()): Direction | null {
  // A node's direction if it is known without reading its children; undefined if they must be read.
  const settled = (item: RichTextNode): Direction | null | undefined => {
    if (known.has(item)) return known.get(item)!
    const own = typeof item.text === 'string' ? textDirection(item.text) : null
    if (own === null && (item.content ?? []).length > 0) return undefined
    known.set(item, own)
    return own
  }
  if (settled(node) !== undefined) return known.get(node)!
  const frames: Array<{ node: RichTextNode; next: number }> = [{ node, next: 0 }]
  while (frames.length > 0) {
    const frame = frames.at(-1)!
    const children = frame.node.content!
    let found: Direction | null | undefined = null
    // Its children in order, until one has a direction or must itself be read (it then comes back settled).
    while (frame.next < children.length && found === null) {
      found = settled(children[frame.next]!)
      if (found !== undefined) frame.next++
    }
    if (found === undefined) {
      frames.push({ node: children[frame.next]!, next: 0 })
      continue
    }
    known.set(frame.node, found)
    frames.pop()
  }
  return known.get(node)!
}
