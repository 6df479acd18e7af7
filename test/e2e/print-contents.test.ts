import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pdfPlaces } from '../../src/main/print/outline-reader.ts'
import { matchTargets, printPdf } from '../../src/main/print/paginate.ts'
import { buildPrintHtml, outlineTargets } from '../../src/main/print/print-document.ts'
import type { PrintBook, PrintChapter } from '../../src/main/print/print-book.ts'
import { DEFAULT_PRINT_OPTIONS, type PaperSize, type PrintOptions } from '../../src/shared/print.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { contentsLines } from '../support/pdf-contents.ts'
import { readPdf } from '../support/pdf.ts'
import { doc, para, text } from '../support/print-fixtures.ts'

// The contents page of a book whose titles Chromium's outline writes differently from the page:
// titles that wrap (the outline drops the space at the wrap), right-to-left and mixed titles (the
// outline reverses their words), and titles that print as nothing or as "Untitled". Every
// contents line's number is read back from the PDF's text and checked against the page where its
// heading really is, found by a token of our own that opens each body (and a chapter by its
// heading's line), never by the PDF's outline.

const OUT = resolve('test-results/print')

const TITLES = [
  'A walk by the river after dinner, when we talked about the garden and the week ahead and the friends we miss',
  'ثقة بعضنا ببعض في المساء',
  'אמון אחד בשני',
  'Dinner at سلام café with שלום friends',
  'סוף השבוע שלנו בים, כשהשמש שקעה מאחורי הגבעות ואנחנו דיברנו על כל מה שחשוב לנו באמת',
  'رحلتنا الطويلة إلى البحر في نهاية الأسبوع عندما تحدثنا عن كل شيء يهمنا حقا وعن المستقبل',
  'The evening we said שלום and مرحبا to the neighbours and stayed up far too late talking about it all',
  '',
  '   ',
  '😀🎉',
  '\u200b',
  'Rain',
  'A slow Sunday (with tea) \\ no phones',
  'Rain'
]

const token = (n: number) => `Q${String(n).padStart(2, '0')}X`
const heading = (level: number, words: string): RichTextNode => ({ type: 'heading', attrs: { level }, content: words ? [text(words)] : [] })

/** A body that opens with its token (a body heading first for some), of a length that varies. */
function body(n: number): RichTextNode {
  const sentence = 'We walked home the long way and talked about the week ahead, the garden and the friends we miss. '
  const paragraphs = Array.from({ length: 1 + ((n * 7) % 6) }, () => para(text(sentence.repeat(2))))
  // A body that starts with a heading, one that is empty, and one with the words of a later title.
  const before = n % 4 === 1 ? [heading(2, n % 8 === 1 ? '' : 'Rain')] : []
  return doc(...before, para(text(`${token(n)} ${sentence}`)), ...paragraphs)
}

function book(titles: readonly string[] = TITLES): PrintBook {
  let n = 0
  const entries = (count: number) =>
    Array.from({ length: count }, () => {
      const i = n++
      return { id: `r${i}`, title: titles[i % titles.length]!, date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), body: body(i) }
    })
  const chapter = (index: number, count: number): PrintChapter => ({
    id: THEMES[index]!.id,
    title: THEMES[index]!.title,
    colour: THEMES[index]!.colour,
    entries: entries(count)
  })
  return {
    journalName: "Ana's journal",
    scopeLabel: 'Everything',
    from: '2026-01-01',
    to: '2026-02-28',
    chapters: [chapter(2, 16), chapter(1, 0), chapter(5, 12)]
  }
}

let dir: string
let host: TestHost
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-contents-'))
  host = createTestHost({ dir })
})
afterAll(async () => {
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the contents page', () => {
  test.each(['A4', 'Letter', 'A5'] satisfies PaperSize[])('on %s: every line has the number of the page its heading is on', async (paperSize) => {
    const options: PrintOptions = { ...DEFAULT_PRINT_OPTIONS, paperSize, includeEmptyThemes: true }
    const printed = book()
    const bytes = await printPdf(printed, options, host)
    const pdf = await readPdf(bytes)
    const lines = await contentsLines(bytes)
    const lastContentsPage = Math.max(...lines.map((l) => l.page))
    for (let n = 2; n <= lastContentsPage; n++) await pdf.renderPng(n, join(OUT, `contents-${paperSize}-page-${n}.png`))

    // Where each heading really is: a chapter's by its heading's own line, after what came before;
    // an entry's by the token that opens its body (the heading is kept with its first lines).
    const truth: Array<{ key: string; page: number; what: string }> = []
    let from = lastContentsPage
    for (const [c, chapter] of printed.chapters.entries()) {
      from = pdf.pages.findIndex((page, i) => i >= from && page.split('\n').includes(chapter.title))
      expect(from, `the chapter "${chapter.title}" is printed after the contents`).toBeGreaterThanOrEqual(lastContentsPage)
      truth.push({ key: `ch${c + 1}`, page: from + 1, what: chapter.title })
      for (const [e, entry] of chapter.entries.entries()) {
        const mark = new RegExp(`\\b${token(Number(entry.id.slice(1)))}\\b`)
        const found = pdf.pages.findIndex((page) => mark.test(page))
        expect(found, `the body of ${entry.id} is printed in its chapter`).toBeGreaterThanOrEqual(from)
        truth.push({ key: `ch${c + 1}-${e + 1}`, page: found + 1, what: JSON.stringify(entry.title) })
        from = found
      }
    }

    expect(lines.map((l) => l.key)).toEqual(truth.map((t) => t.key))
    const wrong = truth.flatMap((t, i) =>
      lines[i]!.number === t.page ? [] : [`${t.what}: the contents says ${lines[i]!.number ?? 'nothing'}, it is on ${t.page}`]
    )
    expect(wrong).toEqual([])
    // The book is long enough that the numbers say something: entries land on many pages.
    expect(new Set(truth.map((t) => t.page)).size).toBeGreaterThan(8)
    await pdf.close()
  })
  test("without its named destinations, the outline's chapter and entry bookmarks give the same numbers, or none", async () => {
    const options: PrintOptions = { ...DEFAULT_PRINT_OPTIONS, paperSize: 'A5', includeEmptyThemes: true }
    const fallback = async (printed: PrintBook) => {
      const places = await pdfPlaces(await host.renderPdf(await buildPrintHtml(printed, options), options.paperSize))
      const targets = outlineTargets(printed, options)
      return { byKey: matchTargets(targets, places), byOrder: matchTargets(targets, { destinations: new Map(), outline: places.outline }), targets }
    }
    // Empty titles, spaces, emoji, bodies that open with a heading (an empty one too), an empty
    // chapter: the outline's depth 1 and 2 are still exactly the chapters and entries, in order.
    const ordinary = await fallback(book(TITLES.filter((t) => t !== '\u200b')))
    expect(ordinary.byKey.size).toBe(ordinary.targets.length)
    expect(ordinary.byOrder).toEqual(ordinary.byKey)
    // A title that prints as nothing has no bookmark: then the outline numbers nothing.
    const invisible = await fallback(book())
    expect(invisible.byKey.size).toBe(invisible.targets.length)
    expect(invisible.byOrder.size).toBe(0)
  })
})
