// Issue 13's rule for the book's fonts: reading them, choosing and inlining them never holds the
// main process's event loop over 50 ms, even the first time (nothing read or cached yet; this
// file runs in a process of its own) and for a book in Chinese that needs most of a font.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BookFontManifest } from '../../../../src/main/print/book-font-families.ts'
import { BOOK_FONTS_DIR } from '../../../../src/main/print/book-fonts.ts'
import type { PrintBook } from '../../../../src/main/print/print-book.ts'
import { buildPrintHtml } from '../../../../src/main/print/print-document.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../../../src/shared/print.ts'
import { STALL_LIMIT_MS, withStallProbe } from '../../../support/loop-stall.ts'
import { doc, para, text } from '../../../support/print-fixtures.ts'
import { SCRIPT_SAMPLES } from '../../../support/script-samples.ts'

/** The first `count` Han characters Noto Serif SC draws, from the manifest the tests' setup made. */
function hanCharacters(count: number): string[] {
  const manifest = JSON.parse(readFileSync(new URL('fonts.json', BOOK_FONTS_DIR), 'utf8')) as BookFontManifest
  const sc = manifest.families.find((family) => family.id === 'han-sc')!
  const points = sc.faces.flatMap((face) =>
    face.range.split(',').flatMap((part) => {
      const [from, to] = part
        .slice(2)
        .split('-')
        .map((hex) => parseInt(hex, 16)) as [number, number?]
      return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i)
    })
  )
  return [...new Set(points.filter((p) => p >= 0x4e00 && p <= 0x9fff))].slice(0, count).map((p) => String.fromCodePoint(p))
}

describe('the book’s fonts and the event loop', () => {
  it(`are read and inlined without holding it over ${STALL_LIMIT_MS} ms, for 200 reflections in 6,000 characters of Chinese and every script`, async () => {
    const han = hanCharacters(6000)
    const every = SCRIPT_SAMPLES.map((s) => s.text).join(' ')
    const book: PrintBook = {
      journalName: "Ana's journal",
      scopeLabel: 'Everything',
      from: '2026-01-01',
      to: '2026-07-19',
      chapters: [
        {
          id: 'trust',
          title: 'Trust each other',
          colour: '#2f7f74',
          entries: Array.from({ length: 200 }, (_, i) => ({
            id: `r${i}`,
            title: `第${i + 1}天`,
            date: '2026-01-01',
            body: doc(para(text(han.slice(i * 30, i * 30 + 30).join(''))), para(text(every)))
          }))
        }
      ]
    }
    const first = await withStallProbe(() => buildPrintHtml(book, DEFAULT_PRINT_OPTIONS))
    // The second pass of the same book (the contents' page numbers) reuses the rules made for the first.
    const second = await withStallProbe(() => buildPrintHtml(book, DEFAULT_PRINT_OPTIONS, new Map([['r1', 3]])))
    const fontBytes = (first.value.match(/base64,/g) ?? []).length
    expect(fontBytes, 'faces inlined').toBeGreaterThan(90)
    expect(first.value.length, 'megabytes of fonts inline').toBeGreaterThan(6_000_000)
    expect(first.heldMs).toBeLessThanOrEqual(STALL_LIMIT_MS)
    expect(second.heldMs).toBeLessThanOrEqual(STALL_LIMIT_MS)
  })
})
