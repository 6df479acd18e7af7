import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { printPdf } from '../../src/main/print/paginate.ts'
import type { PrintBook } from '../../src/main/print/print-book.ts'
import { DEFAULT_PRINT_OPTIONS, type PaperSize, type PrintOptions } from '../../src/shared/print.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { readPdf } from '../support/pdf.ts'
import { doc, para, text } from '../support/print-fixtures.ts'

// The "• • •" between two reflections belongs to the one before it: it never opens a page (where
// it would stand alone, away from what it ends). Reflections of every length from one line to many,
// so that on each paper size some end right at a page's foot, where the separator used to fall
// onto the next page.

const OUT = resolve('test-results/print')
const SEPARATOR = '• • •'
const SENTENCE = 'We walked home the long way and talked about the week ahead and the friends we miss.'

function book(): PrintBook {
  const entries = Array.from({ length: 60 }, (_, i) => ({
    id: `r${i}`,
    title: `Evening ${i + 1}`,
    date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    // 1 to 9 lines of a paragraph, then as many again in a second one for some.
    body: doc(para(text(`${SENTENCE} `.repeat(1 + (i % 9)))), ...(i % 4 === 3 ? [para(text(`${SENTENCE} `.repeat(1 + ((i * 5) % 7))))] : []))
  }))
  const theme = THEMES[2]!
  return { journalName: "Ana's journal", scopeLabel: 'Trust', from: '2026-01-01', to: '2026-03-01', chapters: [{ ...theme, entries }] }
}

let dir: string
let host: TestHost
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-separator-'))
  host = createTestHost({ dir })
})
afterAll(async () => {
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the separator between reflections', () => {
  test.each(['A4', 'Letter', 'A5'] satisfies PaperSize[])('on %s: never at the top of a page, always after the reflection it ends', async (paperSize) => {
    // No running header or page number, so a page's first line is its first line of text.
    const options: PrintOptions = { ...DEFAULT_PRINT_OPTIONS, paperSize, titlePage: false, tableOfContents: false, pageNumbers: false }
    const pdf = await readPdf(await printPdf(book(), options, host))
    const pages = pdf.pages.map((page) => page.split('\n'))
    const separators = pages.flat().filter((line) => line === SEPARATOR).length
    expect(separators, 'one between each two reflections').toBe(59)
    const atTop = pages.flatMap((lines, i) => (lines[0] === SEPARATOR ? [i + 1] : []))
    if (atTop.length > 0) for (const n of atTop) await pdf.renderPng(n, join(OUT, `separator-${paperSize}-page-${n}.png`))
    expect(atTop, 'pages that open with a separator').toEqual([])
    // Each separator follows words of the reflection before it on the same page, and the next
    // reflection's title follows it (here or at the top of the next page).
    for (const [p, lines] of pages.entries()) {
      for (const [i, line] of lines.entries()) {
        if (line !== SEPARATOR) continue
        expect(lines[i - 1], `before the separator on page ${p + 1}`).toMatch(/miss\.$/)
        expect(lines[i + 1] ?? pages[p + 1]?.[0], `after the separator on page ${p + 1}`).toMatch(/^Evening \d+$/)
      }
    }
    // The book did put reflections' ends at the foot of pages: some page ends with a separator or
    // with a reflection's last words, so the case was there to be got wrong.
    const footEnds = pages.flatMap((lines, i) => (i < pages.length - 1 && (lines.at(-1) === SEPARATOR || /miss\.$/.test(lines.at(-1) ?? '')) ? [i + 1] : []))
    expect(footEnds.length).toBeGreaterThan(0)
    for (const n of footEnds.slice(0, 2)) for (const m of [n, n + 1]) await pdf.renderPng(m, join(OUT, `separator-${paperSize}-page-${m}.png`))
    await pdf.close()
  })
})
