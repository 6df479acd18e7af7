// What the XSS corpus checks outside the browser: a stored body holds nothing that could run
// (only the editor's own node and mark types, no handler or style attributes, link addresses
// only by the shared rule), exported Markdown holds no raw HTML and no refused link, and the
// bodies the backend is given to hold the payloads (in text, as link addresses, as attributes).

import { allowedLink } from '../../../src/shared/link-rule.ts'
import type { RichTextNode } from '../../../src/shared/rich-text.ts'
import { readMarkdownFile } from '../../support/markdown-reader.ts'
import { KNOWN_TYPES } from '../../support/rich-text-types.ts'
import type { Payload } from './xss-payloads.ts'

/**
 * The attributes those types have; a link's address must pass the shared rule. (Their other
 * values may be any text a crafted body gave them: TipTap writes them out as attribute values or
 * ignores them, and none of them is an address or runs.)
 */
const ATTRIBUTES = new Set(['level', 'start', 'type', 'checked', 'href', 'target', 'rel', 'class', 'title', 'color'])

/** Why a body read back from the store could run something, one line per reason (empty if none). */
export function executableInBody(body: RichTextNode): string[] {
  const found: string[] = []
  const attrs = (owner: string, values: Record<string, unknown> | undefined) => {
    for (const [key, value] of Object.entries(values ?? {})) {
      const shown = `${owner}.${key} = ${JSON.stringify(value)?.slice(0, 80)}`
      if (!ATTRIBUTES.has(key)) found.push(`unknown attribute ${shown}`)
      else if (key === 'href' && value !== null && allowedLink(value) === null) found.push(`refused address ${shown}`)
    }
  }
  const stack = [body]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!KNOWN_TYPES.has(node.type)) found.push(`node type ${node.type}`)
    attrs(node.type, node.attrs)
    for (const mark of node.marks ?? []) {
      if (!KNOWN_TYPES.has(mark.type)) found.push(`mark type ${mark.type}`)
      attrs(mark.type, mark.attrs)
    }
    stack.push(...(node.content ?? []))
  }
  return found
}

/** Raw HTML blocks or inline HTML, and links a reader would follow that the rule refuses. */
export function executableInMarkdown(markdown: string): string[] {
  const found: string[] = []
  const { blocks } = readMarkdownFile(markdown)
  for (const block of blocks) {
    if (block.kind === 'html')
      found.push(
        `raw HTML: ${block.runs
          .map((r) => r.text)
          .join('')
          .slice(0, 80)}`
      )
    for (const run of block.runs) {
      for (const mark of run.marks) {
        if (mark.startsWith('link:') && allowedLink(mark.slice(5)) === null) found.push(`link to ${mark.slice(5, 85)}`)
      }
    }
  }
  return found
}

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })

/**
 * A body of node and mark types the editor knows, carrying each payload as text, as a link's
 * address and attributes, and as attributes the schema does not have (a crafted or damaged body).
 */
export function knownTypesBody(payloads: readonly Payload[]): RichTextNode {
  const smuggled = (p: Payload) => ({ onclick: p.text.slice(0, 4000), style: p.text.slice(0, 4000), src: p.text.slice(0, 4000) })
  return {
    type: 'doc',
    content: payloads.flatMap((p) => [
      para(text(`${p.id} `), text(p.text)),
      para(
        text(`link ${p.id}`, [
          {
            type: 'link',
            attrs: { href: p.text.slice(0, 4000), target: p.text.slice(0, 4000), rel: 'opener', class: p.text.slice(0, 4000), onclick: p.text.slice(0, 4000) }
          }
        ])
      ),
      { type: 'paragraph', attrs: smuggled(p), content: [text(`attrs ${p.id}`, [{ type: 'bold', attrs: smuggled(p) }])] },
      { type: 'heading', attrs: { level: p.text.slice(0, 4000), ...smuggled(p) }, content: [text(`heading ${p.id}`)] },
      {
        type: 'orderedList',
        attrs: { start: p.text.slice(0, 4000), type: p.text.slice(0, 4000) },
        content: [{ type: 'listItem', content: [para(text(`item ${p.id}`))] }]
      },
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: p.text.slice(0, 4000), ...smuggled(p) }, content: [para(text(`task ${p.id}`))] }] }
    ])
  }
}

/** A body of types no editor has (script, frames, images, styles), each carrying the payload. */
export function unknownTypesBody(payloads: readonly Payload[]): RichTextNode {
  const TYPES = ['script', 'iframe', 'image', 'img', 'svg', 'style', 'object', 'embed', 'html', 'rawHtml']
  return {
    type: 'doc',
    content: payloads.flatMap((p, i) => [
      para(text(`${p.id} before`)),
      {
        type: TYPES[i % TYPES.length]!,
        attrs: { src: p.text.slice(0, 4000), srcdoc: p.text.slice(0, 4000), onload: p.text.slice(0, 4000), html: p.text.slice(0, 4000) },
        content: [text(p.text)]
      }
    ])
  }
}

/** The texts a knownTypesBody must still show, per payload (the editor keeps every text node). */
export function keptTexts(p: Payload): string[] {
  return [`${p.id} ${p.text}`, `link ${p.id}`, `attrs ${p.id}`, `heading ${p.id}`, `item ${p.id}`, `task ${p.id}`]
}

/** A body with the payload everywhere one can go: text, link, attributes, and nodes no editor knows. */
export function everyKindOfBody(p: Payload): RichTextNode {
  return { type: 'doc', content: [...knownTypesBody([p]).content!, ...unknownTypesBody([p]).content!] }
}

/** Stored findings, each with the id of the last payload marker before it in the document. */
export function executableWithIds(body: RichTextNode, marker: RegExp): Array<{ what: string; after: string | null }> {
  const out: Array<{ what: string; after: string | null }> = []
  let after: string | null = null
  const walk = (node: RichTextNode): void => {
    const found = node.text?.match(marker)
    if (found) after = found[1] ?? found[0]
    for (const what of executableInBody({ ...node, content: [] })) out.push({ what, after })
    for (const child of node.content ?? []) walk(child)
  }
  walk(body)
  return out
}
