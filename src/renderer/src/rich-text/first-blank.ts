// Where to start writing in a body that already holds a structure (a guided template): the
// first empty line, whether a paragraph under a heading or a list's first item.

import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** The position inside the first empty textblock, or null if every one has words. */
export function firstBlankLine(doc: ProseMirrorNode): number | null {
  let found: number | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    if (node.isTextblock && node.content.size === 0) found = pos + 1
    return !node.isTextblock
  })
  return found
}
