// The documents the backend writes from user text (the print document, the HTML export), judged
// the way the print tests judge them: every tag one of ours in the simple form we write
// (markup-scan.ts), only our attributes, only allowed addresses; and as Chromium reads them.

import type { BrowserContext } from 'playwright-core'
import { allowedLink } from '../../../src/shared/link-rule.ts'
import { scanTags } from '../../support/markup-scan.ts'
import { executableMarkupIn, type MarkupFinding } from './xss-trap.ts'

const TAGS = new Set([
  ...['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'header', 'nav', 'article', 'time', 'h1', 'h2', 'a', 'span', 'div', 'p', 'ol', 'li'],
  ...['h3', 'h4', 'b', 'i', 'u', 's', 'mark', 'code', 'br', 'hr', 'ul', 'blockquote']
])
const ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'class',
  'id',
  'href',
  'aria-label',
  'aria-labelledby',
  'aria-hidden',
  'datetime',
  'start',
  'type'
])
const REFERENCES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const unescape = (value: string) => value.replace(/&(amp|lt|gt|quot|#39);/g, (ref) => REFERENCES[ref]!)

/** What in `html` is not ours or could run, one line each (empty when it is clean). */
export function documentFindings(html: string): string[] {
  let tags
  try {
    tags = scanTags(html)
  } catch (error) {
    return [(error as Error).message.slice(0, 200)]
  }
  const found: string[] = []
  for (const tag of tags) {
    if (!TAGS.has(tag.name)) found.push(`tag <${tag.name}>`)
    for (const { name, value } of tag.attributes) {
      if (!ATTRIBUTES.has(name)) found.push(`attribute ${name} on <${tag.name}>`)
      else if (name === 'href' && !value.startsWith('#') && allowedLink(unescape(value)) === null) found.push(`address ${value.slice(0, 80)}`)
    }
  }
  return found
}

/** The document as Chromium reads it with JavaScript off: executable markup, requests, and its h2 texts. */
export async function renderedDocument(context: BrowserContext, html: string): Promise<{ findings: string[]; headings: string[] }> {
  const page = await context.newPage()
  try {
    const requests: string[] = []
    page.on('request', (request) => requests.push(`request: ${request.url().slice(0, 120)}`))
    await page.setContent(html, { waitUntil: 'load' })
    const markup = (await page.evaluate(executableMarkupIn('body', true))) as MarkupFinding[]
    return { findings: [...requests, ...markup.map((m) => `${m.where} ${m.what}`)], headings: await page.locator('h2').allTextContents() }
  } finally {
    await page.close()
  }
}
