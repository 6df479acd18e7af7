// Issue 18, item 2, on paper and in the exports: the print document and the HTML export made by
// the real backend, laid out by Chromium (JavaScript off, as the print window has it), with each
// paragraph, heading, list item, quote, title and table cell in the direction of its own words;
// on the contents page a title right to left keeps its date after it. The Markdown export is
// plain text: what it must do is add nothing of its own before a line's words, so a viewer's bidi
// algorithm finds their direction. Page images under test-results/print/.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { textDirection } from '../../src/shared/text-direction.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { readPdf } from '../support/pdf.ts'
import {
  ARABIC_ITEM,
  ARABIC_TITLE,
  ARABIC_WORDS,
  BOTH_WAYS_BLOCKS,
  BOTH_WAYS_BODY,
  ENGLISH_WORDS,
  HEBREW_TITLE,
  HEBREW_WORDS,
  MIXED_TITLE
} from '../support/words-both-ways.ts'
import { launchChromium } from './support/chromium.ts'

const OUT = resolve('test-results/print')
const ENGLISH_TITLE = 'A walk by the harbour'
const TITLES: ReadonlyArray<readonly [string, 'ltr' | 'rtl']> = [
  [ARABIC_TITLE, 'rtl'],
  [HEBREW_TITLE, 'rtl'],
  [MIXED_TITLE, 'ltr'],
  [ENGLISH_TITLE, 'ltr']
]

let dir: string
let host: TestHost
let backend: SevenfoldBackend
let browser: Browser

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-print-direction-'))
  host = createTestHost({ dir })
  backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  browser = await launchChromium()
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  await backend.reflections.create({ themeId: 'quality-time', title: ARABIC_TITLE, body: BOTH_WAYS_BODY, date: '2026-03-02' })
  await backend.reflections.create({ themeId: 'quality-time', title: HEBREW_TITLE, body: paragraphDoc(HEBREW_WORDS), date: '2026-03-09' })
  await backend.reflections.create({ themeId: 'quality-time', title: MIXED_TITLE, body: paragraphDoc(ENGLISH_WORDS), date: '2026-03-12' })
  await backend.reflections.create({ themeId: 'quality-time', title: ENGLISH_TITLE, body: paragraphDoc(ENGLISH_WORDS), date: '2026-03-20' })
  await backend.checkIns.save({ lines: { forward: ARABIC_WORDS, heard: 'A radio piece about lighthouses', tell: '' } })
})

afterAll(async () => {
  await browser?.close()
  backend?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

const SCOPE = { kind: 'dateRange', from: '2026-01-01', to: localDate() } as const

/** Runs `use` on the HTML in Chromium with JavaScript off, as the print window loads it. */
async function inChromium<T>(html: string, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await use(page)
  } finally {
    await context.close()
  }
}

/** Each element's own text (trimmed) and the direction Chromium laid it out in. */
function directions(page: Page, selector: string): Promise<Record<string, string>> {
  return page.$$eval(selector, (elements) =>
    Object.fromEntries(elements.map((el) => [(el.textContent ?? '').trim(), el.ownerDocument.defaultView!.getComputedStyle(el).direction]))
  )
}

async function expectBodyAndTitles(page: Page, titles: string): Promise<void> {
  const blocks = await directions(page, '.entry-body :is(p, h3, h4)')
  expect(Object.fromEntries(BOTH_WAYS_BLOCKS.map(([words]) => [words, blocks[words]]))).toEqual(Object.fromEntries(BOTH_WAYS_BLOCKS))
  const containers = await directions(page, '.entry-body :is(li, blockquote)')
  expect(containers[ARABIC_ITEM]).toBe('rtl')
  expect(containers['Olives and bread']).toBe('ltr')
  expect(containers[`${HEBREW_WORDS}${ENGLISH_WORDS}`]).toBe('rtl')
  const headings = await directions(page, titles)
  expect(Object.fromEntries(TITLES.map(([title]) => [title, headings[title]]))).toEqual(Object.fromEntries(TITLES))
  // A practice's line in Arabic, beside its label in English.
  const cells = await directions(page, '.entry-table :is(th, td)')
  expect(cells[ARABIC_WORDS]).toBe('rtl')
  expect(cells['Looking forward to']).toBe('ltr')
  expect(await page.$eval('body', (body) => body.ownerDocument.defaultView!.getComputedStyle(body).direction)).toBe('ltr')
}

describe('words in both directions, printed and exported', () => {
  test('the print document lays each block and title out in its own direction, and a contents line keeps a title right to left before its date', async () => {
    host.printed.length = 0
    expect(await backend.print.print({ scope: SCOPE, options: DEFAULT_PRINT_OPTIONS })).toMatchObject({ printed: true })
    const html = host.printed.at(-1)!
    await inChromium(html, async (page) => {
      await expectBodyAndTitles(page, '.entry-head h2')
      // Each contents line reads title, then date, then page: the date wholly after the title.
      const rows = await page.$$eval('.toc-entries .toc-text', (texts) =>
        texts.map((text) => {
          const date = text.querySelector('.toc-date')!
          const before = text.ownerDocument.createRange()
          before.setStartBefore(text.firstChild!)
          before.setEndBefore(date)
          const after = text.ownerDocument.createRange()
          after.selectNodeContents(date)
          return {
            title: (before.toString() ?? '').trim(),
            titleEnd: Math.max(...[...before.getClientRects()].filter((r) => r.width > 0.5).map((r) => r.right)),
            dateStart: Math.min(...[...after.getClientRects()].map((r) => r.left))
          }
        })
      )
      expect(rows.map((r) => r.title)).toEqual(expect.arrayContaining(TITLES.map(([t]) => t)))
      for (const row of rows) expect(row.dateStart, `the date after “${row.title}”`).toBeGreaterThanOrEqual(row.titleEnd - 0.5)
    })

    // The PDF, page by page, to look at.
    host.saveAs = join(dir, 'both-ways.pdf')
    await backend.print.savePdf({ scope: SCOPE, options: DEFAULT_PRINT_OPTIONS })
    const pdf = await readPdf(readFileSync(host.saveAs))
    for (let n = 1; n <= pdf.pageCount; n++) await pdf.renderPng(n, join(OUT, `words-both-ways-page-${n}.png`))
    expect(pdf.pages.join('\n')).toContain('Contents')
  })

  test('the HTML export lays each block and title out in its own direction', async () => {
    host.saveAs = join(dir, 'both-ways.html')
    expect(await backend.journalExport.save({ format: 'html', understoodUnencrypted: true })).toMatchObject({ saved: true })
    await inChromium(readFileSync(host.saveAs, 'utf8'), async (page) => {
      await expectBodyAndTitles(page, 'article h2')
      await page.setViewportSize({ width: 900, height: 700 })
      await page.screenshot({ path: join(OUT, 'words-both-ways-html-export.png'), fullPage: true })
    })
  })

  test('the Markdown export adds nothing before a line’s words, so each line keeps the direction of its words', async () => {
    host.folder = mkdtempSync(join(dir, 'markdown-'))
    const { fileName } = await backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })
    const theme = join(
      host.folder,
      fileName!,
      readdirSync(join(host.folder, fileName!)).find((name) => name.startsWith('Time'))!
    )
    const file = readdirSync(theme).find((name) => name.includes(ARABIC_TITLE))!
    const markdown = readFileSync(join(theme, file), 'utf8')
    // No direction marks of ours: the words round-trip as written.
    expect(markdown).not.toMatch(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/)
    const lines = markdown.split('\n')
    expect(lines).toContain(`# ${ARABIC_TITLE}`)
    for (const [words, dir] of BOTH_WAYS_BLOCKS) {
      const line = lines.find((l) => l.includes(words))
      expect(line, words).toBeDefined()
      expect(textDirection(line!), line).toBe(dir)
    }
  })
})
