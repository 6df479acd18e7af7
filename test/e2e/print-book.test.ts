import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { longDate } from '../../src/main/print/print-dates.ts'
import { localDate } from '../../src/shared/dates.ts'
import { DEFAULT_PRINT_OPTIONS, type PaperSize, type PrintOptions } from '../../src/shared/print.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { THEMES, themeById, type ThemeId } from '../../src/shared/themes.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { MARGIN_MM } from '../../src/main/print/print-css.ts'
import { readPdf, type ReadPdf } from '../support/pdf.ts'
import { expectContentsTrue, expectOpeningsKept, lines } from '../support/print-readback.ts'
import { withVault } from '../support/vault.ts'

type PrintScope = Parameters<SevenfoldBackend['print']['summary']>[0]['scope']

// The printed book read like a book (issue 18, item 5), through the real backend's print.savePdf
// and Chromium: a month printed in date order, short chapters sharing pages (or each on its own
// when asked), contents true to the page, and a title page that says what was printed and when.
// Page images go to test-results/print/book-*.png to be looked at.

const OUT = resolve('test-results/print')

/** "My November": eight reflections over five themes, written in no theme's order. */
const NOVEMBER: ReadonlyArray<[ThemeId, string, string]> = [
  ['trust', 'The last walk of November', '2026-11-29'],
  ['self-love', 'A morning to myself', '2026-11-02'],
  ['appreciation', 'Soup on a cold night', '2026-11-04'],
  ['quality-time', 'The film we both fell asleep to', '2026-11-08'],
  ['trust', 'What I told you on the stairs', '2026-11-11'],
  ['emotional-needs', 'What I need when I am tired', '2026-11-15'],
  ['self-love', 'Saying no kindly', '2026-11-19'],
  ['appreciation', 'You fixed my bike', '2026-11-23']
]
const OCTOBER: ReadonlyArray<[ThemeId, string, string]> = [['being-there', 'Your first day at the new job', '2026-10-20']]
const inDateOrder = [...OCTOBER, ...NOVEMBER].sort((a, b) => (a[2] < b[2] ? -1 : 1))

/** March 2025: one short reflection in each of the seven themes, each a chapter of one, of lengths that land their openings all over a page. */
const ONE_EACH = THEMES.map((theme, i) => ({
  themeId: theme.id,
  title: `Only one for ${theme.title}`,
  date: `2025-03-${String(10 + i).padStart(2, '0')}`,
  size: 1 + ((i * 3) % 5)
}))

const SENTENCE = 'We sat by the window with tea and said what the week had been like, the good and the hard of it. '
const bodyOf = (paragraphs: number): RichTextNode => paragraphDoc(...Array.from({ length: paragraphs }, (_, p) => `${p + 1}. ${SENTENCE.repeat(3)}`))

let dir: string
let host: TestHost
let backend: SevenfoldBackend

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-book-'))
  host = createTestHost({ dir })
  backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  for (const [themeId, title, date] of [...NOVEMBER, ...OCTOBER]) await backend.reflections.create({ themeId, title, date, body: bodyOf(2) })
  for (const { themeId, title, date, size } of ONE_EACH) await backend.reflections.create({ themeId, title, date, body: bodyOf(size) })
})

afterAll(async () => {
  backend?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Saves the scope as a PDF through the backend, reads it back, and draws its first `draw` pages. */
async function savePdf(name: string, scope: PrintScope, changes: Partial<PrintOptions> = {}, draw = 3, on = backend, via = host): Promise<ReadPdf> {
  via.saveAs = join(dir, `${name}.pdf`)
  expect(await on.print.savePdf({ scope, options: { ...DEFAULT_PRINT_OPTIONS, ...changes } })).toEqual({ saved: true, fileName: `${name}.pdf` })
  const pdf = await readPdf(readFileSync(via.saveAs))
  for (let n = 1; n <= Math.min(draw, pdf.pageCount); n++) await pdf.renderPng(n, join(OUT, `book-${name}-page-${n}.png`))
  return pdf
}

const printedOn = () => `Printed on ${longDate(localDate())}`

describe('a date range, in date order by default', () => {
  test('my November reads back oldest first under its month, each reflection with its theme, contents true to the page', async () => {
    const pdf = await savePdf('november', { kind: 'dateRange', from: '2026-11-01', to: '2026-11-30' })
    const november = inDateOrder.filter(([, , date]) => date.startsWith('2026-11'))
    const printed = lines(pdf.pages.slice(2).join('\n'))
    const at = november.map(([, title]) => printed.indexOf(title))
    expect(
      at.every((n, i) => n >= 0 && (i === 0 || n > at[i - 1]!)),
      'oldest first'
    ).toBe(true)
    // No theme's chapter: the themes are named beside the days.
    for (const theme of THEMES) expect(printed, theme.title).not.toContain(theme.title)
    for (const [themeId, title, date] of november) expect(printed[printed.indexOf(title) + 1], title).toBe(`${longDate(date)} · ${themeById(themeId).title}`)
    expectContentsTrue(pdf, ['November 2026', ...november.map(([, title]) => title)])
    // The title page: whose, what, how many and the days they span, and the day it was printed.
    expect(lines(pdf.pages[0]!)).toEqual(["Ana's journal", '1–30 November 2026', '8 reflections, 2–29 November 2026', printedOn()])
    await pdf.close()
  })

  test('over two months: a chapter for each, in order; chosen reflections are told in date order too', async () => {
    const pdf = await savePdf('october-november', { kind: 'dateRange', from: '2026-10-01', to: '2026-11-30' })
    expect(lines(pdf.pages[0]!)).toEqual(["Ana's journal", '1 October – 30 November 2026', '9 reflections, 20 October – 29 November 2026', printedOn()])
    const pages = expectContentsTrue(pdf, ['October 2026', inDateOrder[0]![1], 'November 2026', ...inDateOrder.slice(1).map(([, title]) => title)])
    // October's one reflection does not take a page of its own: November starts on the same one.
    expect(pages[2]).toBe(pages[0])
    await pdf.close()

    const ids = (await backend.reflections.list())
      .filter((r) => r.title === 'You fixed my bike' || r.title === 'Your first day at the new job')
      .map((r) => r.id)
    const chosen = await savePdf('chosen', { kind: 'chosen', ids })
    expect(lines(chosen.pages[0]!)).toEqual(["Ana's journal", 'Chosen reflections', '2 reflections, 20 October – 23 November 2026', printedOn()])
    expectContentsTrue(chosen, ['October 2026', 'Your first day at the new job', 'November 2026', 'You fixed my bike'])
    await chosen.close()
  })

  test('by theme only when asked: chapters in the themes’ order, oldest first in each, contents true', async () => {
    const dated = await savePdf('november-by-date', { kind: 'dateRange', from: '2026-11-01', to: '2026-11-30' }, {}, 0)
    for (const theme of THEMES) expect(lines(dated.pages.join('\n')), 'by date').not.toContain(theme.title)
    await dated.close()
    const pdf = await savePdf('november-by-theme', { kind: 'dateRange', from: '2026-11-01', to: '2026-11-30' }, { arrangement: 'byTheme' })
    const order = THEMES.flatMap((theme) => {
      const inTheme = NOVEMBER.filter(([themeId]) => themeId === theme.id).sort((a, b) => (a[2] < b[2] ? -1 : 1))
      return inTheme.length === 0 ? [] : [theme.title, ...inTheme.map(([, title]) => title)]
    })
    expectContentsTrue(pdf, order)
    expect(lines(pdf.pages.join('\n'))).not.toContain('November 2026')
    await pdf.close()
  })
})

describe('short chapters', () => {
  const march: PrintScope = { kind: 'dateRange', from: '2025-03-01', to: '2025-03-31' }
  const chapters = ONE_EACH.map(({ themeId, title }) => ({ title: themeById(themeId).title, first: title }))
  const headings = chapters.flatMap(({ title, first }) => [title, first])

  for (const paperSize of ['A4', 'Letter', 'A5'] as const satisfies readonly PaperSize[]) {
    test(`seven one-entry chapters share pages on ${paperSize}, each opening kept with its reflection, contents true`, async () => {
      const pdf = await savePdf(`short-chapters-${paperSize}`, march, { arrangement: 'byTheme', paperSize }, 12)
      // The same book with each chapter on a page of its own, for the pages it would take.
      const paged = await savePdf(`short-chapters-paged-${paperSize}`, march, { arrangement: 'byTheme', paperSize, chaptersOnNewPages: true }, 0)
      // A title page, the contents, and the seven chapters on at least two pages fewer than that
      // (bounded against the same book rather than a count, which the fonts' measure would move).
      expect(pdf.pageCount, 'pages').toBeLessThanOrEqual(paged.pageCount - 2)
      await paged.close()
      expectContentsTrue(pdf, headings)
      expectOpeningsKept(pdf, chapters)
      await pdf.close()
    })
  }

  test('each chapter on a new page only when asked: one chapter a page, headed by its name, contents true', async () => {
    const flowing = await savePdf('chapters-following-on', march, { arrangement: 'byTheme' }, 0)
    expect(flowing.pageCount, 'chapters follow on unless asked').toBeLessThan(2 + chapters.length)
    await flowing.close()
    const pdf = await savePdf('chapters-on-new-pages', march, { arrangement: 'byTheme', chaptersOnNewPages: true }, 4)
    expect(pdf.pageCount).toBe(2 + chapters.length)
    const pages = expectContentsTrue(pdf, headings)
    for (const [i, { title }] of chapters.entries()) {
      // The page's own lines, its number at the foot left out.
      const page = lines(pdf.pages[pages[2 * i]! - 1]!).filter((line) => !/^\d+$/.test(line))
      expect(pages[2 * i], title).toBe(3 + i)
      expect(page.slice(0, 2), title).toEqual([`Ana's journal · ${title}`, title])
    }
    await pdf.close()
  })
})

describe('a body that ends with a heading', () => {
  // A reflection begun from a guide and left part done ends with the heading of a section not yet
  // written (empty paragraphs are not printed). A heading is kept with what follows it; at the end
  // of a body what follows is the next chapter's opening, and it went over the page with it.
  const MM = 72 / 25.4
  // A reflection a month in 2024, of lengths that end their bodies all over a page.
  beforeAll(async () => {
    for (let month = 1; month <= 12; month++) {
      const body = bodyOf(1 + ((month * 5) % 7))
      body.content!.push(
        { type: 'paragraph', content: [{ type: 'text', text: `Last words of month ${month}.` }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Left for later ${month}` }] }
      )
      await backend.reflections.create({ themeId: 'trust', title: `A month of 2024, ${month}`, body, date: `2024-${String(month).padStart(2, '0')}-15` })
    }
  })

  for (const paperSize of ['A4', 'Letter', 'A5'] as const satisfies readonly PaperSize[]) {
    test(`on ${paperSize}, it stays on the page of its body's last words whenever there is room for it there`, async () => {
      const pdf = await savePdf(`ends-with-heading-${paperSize}`, { kind: 'dateRange', from: '2024-01-01', to: '2024-12-31' }, { paperSize }, 0)
      await pdf.close()
      // Where on its page each body's last words sit (PDF points from the foot of the page), read with pdfjs.
      const doc = await getDocument({ data: new Uint8Array(readFileSync(host.saveAs!)), verbosity: VerbosityLevel.ERRORS }).promise
      const placed = new Map<string, { page: number; y: number }>()
      for (let n = 1; n <= doc.numPages; n++) {
        for (const item of (await (await doc.getPage(n)).getTextContent()).items) {
          if ('str' in item && /^(Last words of|Left for later) /.test(item.str.trim()))
            placed.set(item.str.trim(), { page: n, y: item.transform[5] as number })
        }
      }
      await doc.cleanup()
      const carried: string[] = []
      for (let month = 1; month <= 12; month++) {
        const words = placed.get(`Last words of month ${month}.`)!
        const heading = placed.get(`Left for later ${month}`)!
        // Room below the last words' line, to the page's bottom margin: a heading needs about 10 mm.
        const room = (words.y - MARGIN_MM.normal * MM) / MM
        if (heading.page !== words.page && room > 16) carried.push(`month ${month}, with ${room.toFixed(0)} mm left on page ${words.page}`)
      }
      expect(carried).toEqual([])
    })
  }
})

describe('the vault’s book', () => {
  test('its title page names "Our secrets" and both of them, its entries’ days and the day it was printed', async () => {
    const vaultDir = mkdtempSync(join(tmpdir(), 'sevenfold-book-vault-'))
    const vaultHost = createTestHost({ dir: vaultDir })
    const both = await createBackend({ dataDir: vaultDir, kdfTargetMs: 0, host: vaultHost })
    try {
      const { ana, ben } = await withVault(both)
      await both.vaultSecrets.create({ authorId: ana, title: 'The ring I hid', body: paragraphDoc('In the blue box.'), date: '2026-06-01' })
      await both.vaultSecrets.create({ authorId: ben, title: 'Our first flat', body: paragraphDoc('Number nine.'), date: '2026-06-03' })
      const pdf = await savePdf('vault', { kind: 'vault', confirmed: true }, {}, 3, both, vaultHost)
      expect(lines(pdf.pages[0]!)).toEqual(['Our secrets', 'Ana and Ben', '2 entries, 1–3 June 2026', printedOn()])
      expectContentsTrue(pdf, ['Our secrets', 'The ring I hid', 'Our first flat'])
      await pdf.close()
    } finally {
      both.close()
      await vaultHost.close()
      rmSync(vaultDir, { recursive: true, force: true })
    }
  })
})
