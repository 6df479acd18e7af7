// The print document in Debian's Chromium, loaded as the app's print window loads it (JavaScript
// off): its own HTML parser decides what is markup, its CSP decides whether the style applies,
// and its PDF shows the running header made from user text.

import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PrintBook } from '../../../../src/main/print/print-book.ts'
import { buildPrintHtml, outlineTargets } from '../../../../src/main/print/print-document.ts'
import type { RichTextNode } from '../../../../src/shared/rich-text.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../../../src/shared/print.ts'
import { launchChromium } from '../../../e2e/support/chromium.ts'
import { readPdf } from '../../../support/pdf.ts'
import { doc, EVERYTHING, generatedBook, link, para, text } from '../../../support/print-fixtures.ts'

const SMUGGLED = { onerror: 'alert(1)', onload: 'alert(1)', style: 'color:red', src: 'https://evil.example/x.js', href: 'javascript:alert(1)' }

const hostileBody: RichTextNode = doc(
  para(text('<script>alert(1)</script> <!-- hidden --> </style><style>body{display:none}</style>')),
  para(text('js', link('javascript:alert(1)')), text(' data', link('data:text/html;base64,PHNjcmlwdD4=')), text(' ok', link('https://ok.example/'))),
  { type: 'paragraph', attrs: SMUGGLED, content: [text('attrs', { type: 'bold', attrs: SMUGGLED })] },
  { type: 'script', attrs: SMUGGLED, content: [text('alert(2)')] },
  { type: 'iframe', attrs: { src: 'https://evil.example/' }, content: [text('frame')] },
  { type: 'style', content: [text('body { display: none }')] },
  { type: 'object', attrs: { data: 'https://evil.example/' } },
  { type: 'embed', attrs: { src: 'https://evil.example/' } },
  { type: 'image', attrs: { src: 'https://evil.example/pixel.png' } },
  { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true, onclick: 'x' }, content: [para(text('done'))] }] }
)

const HOSTILE_NAME = 'Ana "the brave" \\ </style><script>alert(1)</script>\nline two'

const hostileBook = (): PrintBook => ({
  journalName: HOSTILE_NAME,
  scopeLabel: '<img src=x onerror=alert(1)>',
  from: '2026-03-03',
  to: '2026-03-04',
  chapters: [
    {
      id: '"><script>alert(1)</script>',
      title: '<iframe src="https://evil.example/"></iframe> Trust',
      colour: 'red; } body { display: none } .x {',
      entries: [
        { id: "'><svg onload=alert(1)>", title: '<svg onload=alert(1)>title', date: '2026-03-03"><script>', body: hostileBody, author: '<b onclick=x>Eve</b>' },
        { id: 'ok', title: 'Everything', date: '2026-03-04', body: EVERYTHING }
      ]
    }
  ]
})

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Loads the document with JavaScript off and records any request it makes. */
async function withDocument<T>(html: string, use: (page: Page, requests: string[]) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.setContent(html, { waitUntil: 'load' })
    return await use(page, requests)
  } finally {
    await context.close()
  }
}

/** Where each piece of text (numbers aside) sits on each page of a PDF. */
async function textPositions(pdf: Buffer): Promise<string[]> {
  const loading = getDocument({ data: Uint8Array.from(pdf), verbosity: VerbosityLevel.ERRORS })
  const loaded = await loading.promise
  const items: string[] = []
  for (let n = 1; n <= loaded.numPages; n++) {
    for (const item of (await (await loaded.getPage(n)).getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '' || /^\d+$/.test(item.str)) continue
      items.push(`${n}: ${item.str} @${item.transform[4].toFixed(1)},${item.transform[5].toFixed(1)}`)
    }
  }
  await loading.destroy()
  return items
}

interface Inspection {
  tags: string[]
  attributes: Array<{ name: string; value: string }>
  hrefs: Array<string | null>
  headings: string[]
  headingIds: string[]
  hasComment: boolean
  styles: number
  font: string
  title: string
}

// Runs in the page (a string, as this project's Node types have no DOM).
const INSPECT = `(() => {
  const all = [...document.querySelectorAll('*')]
  return {
    tags: [...new Set(all.map((element) => element.localName))],
    attributes: all.flatMap((element) => [...element.attributes].map((a) => ({ name: a.name, value: a.value }))),
    hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent.replace(/\\s+/g, ' ').trim()),
    headingIds: [...document.querySelectorAll('h1, h2')].map((h) => h.id),
    hasComment: document.createTreeWalker(document, NodeFilter.SHOW_COMMENT).nextNode() !== null,
    styles: document.querySelectorAll('style').length,
    font: getComputedStyle(document.body).fontFamily,
    title: document.title
  }
})()`

const inspect = async (page: Page) => (await page.evaluate(INSPECT)) as Inspection

describe('the print document in Chromium', () => {
  it('holds no hostile markup, loads nothing, and has exactly the contents headings', async () => {
    const html = await buildPrintHtml(hostileBook(), DEFAULT_PRINT_OPTIONS)
    const found = await withDocument(html, async (page, requests) => ({ ...(await inspect(page)), requests }))
    expect(found.requests).toEqual([])
    for (const forbidden of ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'image', 'link', 'base', 'form', 'input', 'frame']) {
      expect(found.tags).not.toContain(forbidden)
    }
    expect(found.styles).toBe(1)
    expect(found.hasComment).toBe(false)
    expect(found.attributes.filter((a) => /^on/i.test(a.name) || a.name === 'style' || a.name === 'src')).toEqual([])
    // Our CSP's `font-src data:` (the book's fonts are inline) is the one data: allowed.
    const ownCsp = (a: { name: string; value: string }) => a.name === 'content' && a.value.startsWith("default-src 'none';")
    expect(found.attributes.filter((a) => /javascript:|data:/i.test(a.value) && !ownCsp(a))).toEqual([])
    expect(
      found.hrefs.filter((href) => !/^(#ch\d+(-\d+)?|https:\/\/ok\.example\/|https:\/\/example\.org\/closeness|mailto:ana@example\.org)$/.test(href ?? ''))
    ).toEqual([])
    expect(found.headingIds).toEqual(outlineTargets(hostileBook(), DEFAULT_PRINT_OPTIONS).map((t) => t.key))
    expect(found.headings).toEqual(['<iframe src="https://evil.example/"></iframe> Trust', '<svg onload=alert(1)>title', 'Everything'])
    expect(found.title).toBe(HOSTILE_NAME.replace(/\s+/g, ' '))
  })

  it('applies its style only because the policy names its hash', async () => {
    const html = await buildPrintHtml(hostileBook(), DEFAULT_PRINT_OPTIONS)
    const font = await withDocument(html, async (page) => (await inspect(page)).font)
    expect(font).toMatch(/^"Sevenfold Literata"/)
    // One byte more in the style block and the policy refuses it.
    const tampered = await withDocument(html.replace('</style>', ' </style>'), async (page) => (await inspect(page)).font)
    expect(tampered).not.toMatch(/Sevenfold/)
  })

  it('prints the running header and page numbers from user text, but none on the title page', async () => {
    const html = await buildPrintHtml(hostileBook(), DEFAULT_PRINT_OPTIONS)
    const pdf = await withDocument(html, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true }))
    const read = await readPdf(pdf)
    const lines = (n: number) => read.pages[n - 1]!.split('\n')
    const name = HOSTILE_NAME.replace(/\s+/g, ' ')

    expect(lines(1)).not.toContain('1')
    // The title page's big type wraps the name; it is there once (no running header above it).
    expect(read.pages[0]!.replace(/\s+/g, '').split(name.replace(/\s+/g, ''))).toHaveLength(2)
    expect(lines(2)[0]).toBe(name)
    expect(lines(2)).toContain('2')
    expect(lines(3)[0]).toBe(`${name} · <iframe src="https://evil.example/"></iframe> Trust`)
    expect(lines(3)).toContain('3')
    expect(read.pages[2]).toMatch(/☑ ?done/)
    await read.close()
  })

  it('lays out every page the same with and without the table of contents page numbers', async () => {
    const book = generatedBook(32, 600)
    // Titles near a line's width, a letter longer each: if a number's box took any room of its
    // own, one of them would wrap differently once the numbers are in.
    for (const [i, entry] of book.chapters.flatMap((chapter) => chapter.entries).entries()) {
      entry.title = `A title long enough to reach the end of the line in the table of contents ${'m'.repeat(i % 16)}`
    }
    const anchors = outlineTargets(book, DEFAULT_PRINT_OPTIONS).map((t) => t.anchor)
    const render = async (pageOf?: Map<string, number>) => {
      const html = await buildPrintHtml(book, DEFAULT_PRINT_OPTIONS, pageOf)
      const pdf = await withDocument(html, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }))
      const read = await readPdf(pdf)
      await read.close()
      return { pages: read.pageCount, outline: read.outline, text: await textPositions(pdf) }
    }
    const first = await render()
    expect(first.outline).toHaveLength(anchors.length)
    expect(first.text.filter((line) => line.startsWith('2: ')).length).toBeGreaterThan(20)
    for (const widest of [8, 1234]) {
      expect(await render(new Map(anchors.map((anchor) => [anchor, widest])))).toEqual(first)
    }
  })
})
