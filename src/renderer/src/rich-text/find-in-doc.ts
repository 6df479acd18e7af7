// Opening a reflection from search "at the match": the first place in the body where one of the
// matched words occurs. The words come from the hit's snippet, which is the body's own text, so
// a case-insensitive comparison finds them (accents are already as written).

import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

export interface FoundRange {
  from: number
  to: number
}

// One character for each leaf inside a text block (a hard break, say), so that an offset in a
// block's text is an offset in document positions from the block's start.
const LEAF = '\ufffc'

/** Lower case where that keeps every offset (a few letters, like İ, grow when lowered). */
function lower(text: string): string {
  const lowered = text.toLowerCase()
  return lowered.length === text.length ? lowered : text
}

/** The first occurrence in document order of any of `words`, or null. */
export function findFirst(doc: ProseMirrorNode, words: readonly string[]): FoundRange | null {
  const wanted = [...new Set(words.map((word) => lower(word.trim())).filter(Boolean))]
  if (wanted.length === 0) return null
  let found: FoundRange | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (!node.isTextblock) return true
    const text = lower(node.textBetween(0, node.content.size, undefined, LEAF))
    let best = -1
    let length = 0
    for (const word of wanted) {
      const at = text.indexOf(word)
      if (at >= 0 && (best < 0 || at < best)) {
        best = at
        length = word.length
      }
    }
    // pos is before the block; its content starts one further on.
    if (best >= 0) found = { from: pos + 1 + best, to: pos + 1 + best + length }
    return false
  })
  return found
}
