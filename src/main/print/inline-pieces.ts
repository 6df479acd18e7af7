// The large pieces of a print document or an HTML export (a picture's data: URL is as long as
// a third more than the picture) are kept apart from its HTML, which names each by a token: a
// string of hundreds of megabytes joined on the main thread would hold its event loop for as
// long as the copy takes (issue 13). Whoever writes or serves the document walks its pieces,
// tokens replaced, a slice at a time.

import { randomUUID } from 'node:crypto'

/** Each token's text, in parts (as many as it took to make it a few megabytes at a time). */
export type InlineParts = ReadonlyMap<string, readonly string[]>

const TOKEN = /sevenfold-inline-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-\d+/g

/** Hands out tokens no one can guess (a person's words cannot name one by chance). */
export function inlineTokens(): () => string {
  const nonce = randomUUID()
  let next = 0
  return () => `sevenfold-inline-${nonce}-${next++}`
}

/** The document in order: the HTML between tokens, and each token's parts in its place (a token not in `inline` stays as it is). */
export function* documentPieces(html: string, inline?: InlineParts): Generator<string> {
  if (!inline || inline.size === 0) {
    yield html
    return
  }
  let at = 0
  for (const match of html.matchAll(TOKEN)) {
    const parts = inline.get(match[0])
    if (!parts) continue
    if (match.index > at) yield html.slice(at, match.index)
    yield* parts
    at = match.index + match[0].length
  }
  if (at < html.length) yield html.slice(at)
}

/** The whole document as one string: for tests and small documents only. */
export function wholeDocument(html: string, inline?: InlineParts): string {
  return [...documentPieces(html, inline)].join('')
}
