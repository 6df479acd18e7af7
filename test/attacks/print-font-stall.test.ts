// A book whose words make choosing its fonts heavy: one reflection of a million characters that
// uses every character the Korean font draws (about 17,000, hangul and Han). Choosing and inlining
// its fonts must still never hold the main process's event loop over 50 ms (issue 13): counting
// the characters of one long text, and choosing the fewest slices that cover them, each took
// 50 to 100 ms in one turn.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BookFontManifest } from '../../src/main/print/book-font-families.ts'
import { BOOK_FONTS_DIR } from '../../src/main/print/book-fonts.ts'
import type { PrintBook } from '../../src/main/print/print-book.ts'
import { buildPrintHtml } from '../../src/main/print/print-document.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { RICH_TEXT_LIMITS } from '../../src/shared/rich-text.ts'
import { STALL_LIMIT_MS, withStallProbe } from '../support/loop-stall.ts'
import { doc, para, text } from '../support/print-fixtures.ts'

/** Every character a family of the manifest the tests' setup made draws. */
function drawnBy(id: string): number[] {
  const manifest = JSON.parse(readFileSync(new URL('fonts.json', BOOK_FONTS_DIR), 'utf8')) as BookFontManifest
  const points = new Set<number>()
  for (const face of manifest.families.find((family) => family.id === id)!.faces) {
    for (const part of face.range.split(',')) {
      const [from, to = from] = part
        .slice(2)
        .split('-')
        .map((hex) => parseInt(hex, 16)) as [number, number?]
      for (let point = from; point <= to; point++) points.add(point)
    }
  }
  return [...points]
}

describe('a book that uses every character of a font', () => {
  it(`gets its fonts without holding the event loop over ${STALL_LIMIT_MS} ms`, async () => {
    const korean = drawnBy('han-kr')
      .filter((point) => point >= 0x1100)
      .map((point) => String.fromCodePoint(point))
      .join('')
    const body = korean.repeat(Math.ceil(RICH_TEXT_LIMITS.maxTextLength / korean.length)).slice(0, RICH_TEXT_LIMITS.maxTextLength - 2)
    const book: PrintBook = {
      journalName: "Ana's journal",
      scopeLabel: 'One reflection',
      from: '2026-01-01',
      to: '2026-01-01',
      chapters: [
        {
          id: 'trust',
          title: 'Trust each other',
          colour: '#2f7f74',
          entries: [{ id: 'r1', title: '하루', date: '2026-01-01', body: doc(para(text(body.toWellFormed()))) }]
        }
      ]
    }
    const made = await withStallProbe(() => buildPrintHtml(book, DEFAULT_PRINT_OPTIONS))
    expect(made.value).toContain('font-family: "Sevenfold Han"')
    expect(made.heldMs).toBeLessThanOrEqual(STALL_LIMIT_MS)
  })
})
