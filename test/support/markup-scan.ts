// A strict scan of the markup the print code writes. Every "<" that starts a tag must be one of
// ours, with only our attributes, in the simple form we write (name="value"); any user text that
// escaped escaping shows up as an unknown tag, a stray "<" or an unexpected attribute.
// (No HTML parser is installed in Node here; the browser test parses with Chromium itself.)

export interface Tag {
  name: string
  closing: boolean
  attributes: Array<{ name: string; value: string }>
}

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"<>]*")?)*)\s*>/gy
const ATTRIBUTE = /\s+([a-z][a-z0-9-]*)(?:="([^"<>]*)")?/g

/** The tags of `html` in order; throws at the first "<" that is not a well-formed tag of the simple kind. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = []
  // The <style> block's text and the doctype are skipped: CSS is checked on its own.
  const body = html.replace(/^<!doctype html>/, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>')
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    TAG.lastIndex = at
    const match = TAG.exec(body)
    if (!match) throw new Error(`Not one of our tags at ${at}: ${JSON.stringify(body.slice(at, at + 60))}`)
    const attributes = [...match[3]!.matchAll(ATTRIBUTE)].map((a) => ({ name: a[1]!, value: a[2] ?? '' }))
    tags.push({ name: match[2]!, closing: match[1] === '/', attributes })
  }
  return tags
}
