// The editor's JSON as the backend stores it (plain data only), and the way back.

import { getSchema, rewriteUnknownContent, type AnyExtension, type JSONContent } from '@tiptap/core'
import type { RichTextNode } from '../../../shared/rich-text.ts'
import { safeHref } from './links.ts'

export function toRichText(json: JSONContent): RichTextNode {
  return JSON.parse(JSON.stringify(json)) as RichTextNode
}

/**
 * A stored body as the editor can show it. `complete` is false when parts of it are not in
 * this editor's schema (a newer version wrote them): those are left out of what is shown.
 * A link whose address the link rule refuses (a crafted or damaged body) loses its link, keeping
 * its words, so the next save cannot store the address again.
 */
export function readableBody(body: RichTextNode | null, extensions: AnyExtension[]): { content: JSONContent | null; complete: boolean } {
  if (body === null) return { content: null, complete: true }
  const { json, rewrittenContent } = rewriteUnknownContent(withoutRefusedLinks(structuredClone(body) as JSONContent), getSchema(extensions))
  return { content: json, complete: rewrittenContent.length === 0 }
}

/** Drops refused link marks in place (bodies are at most 48 deep: the contract says so). */
function withoutRefusedLinks(node: JSONContent): JSONContent {
  if (node.marks) node.marks = node.marks.filter((mark) => mark.type !== 'link' || safeHref(String(mark.attrs?.href ?? '')) !== null)
  for (const child of node.content ?? []) withoutRefusedLinks(child)
  return node
}
