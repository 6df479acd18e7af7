// Issue 18, item 3: a book prints in every script with the fonts that travel with the app, on a
// machine that has none of its own for most of them (the build machines have only DejaVu). One
// reflection per script is saved as a PDF through the real backend, with Chromium as the print
// window, then read back by tools that are not ours: every font poppler's pdffonts lists and
// every font pdfjs sees a glyph drawn in is one of ours, no glyph is a missing-glyph box, each
// script's letters are in its own family (Han in the forms the text asks for), and pdftotext
// copies out the words that went in. Page images go to test-results/print/scripts/.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { longDate } from '../../src/main/print/print-dates.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { THEME_IDS } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { readPdf } from '../support/pdf.ts'
import { baseFontName, colourfulPixels, glyphReport, popplerFonts, popplerText } from '../support/pdf-fonts.ts'
import { doc, para, text } from '../support/print-fixtures.ts'
import { SCRIPT_SAMPLES, type ScriptSample } from '../support/script-samples.ts'

const OUT = resolve('test-results/print/scripts')
/** Our fonts, by the names their files give them (Skia names a variable font by its default instance). */
const OURS = /^(Literata|NotoNaskhArabic|NotoSerifHebrew|NotoSerifDevanagari|NotoSerif(SC|TC|JP|KR)|NotoColorEmoji)(-|$)/

let dir: string
let host: TestHost
let backend: SevenfoldBackend
const ids = new Map<string, string>()
const dates = new Map<string, string>()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-print-scripts-'))
  host = createTestHost({ dir })
  backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  for (const [i, sample] of SCRIPT_SAMPLES.entries()) {
    // The sentence plain, then again in bold and in italic (Literata's own italic, slanted for the rest).
    const body = doc(para(text(sample.text)), para(text(sample.text, 'bold')), para(text(sample.text, 'italic')))
    const date = `2026-02-${String(i + 1).padStart(2, '0')}`
    dates.set(sample.id, date)
    ids.set(sample.id, (await backend.reflections.create({ themeId: THEME_IDS[i % THEME_IDS.length]!, title: sample.title, date, body })).id)
  }
})

afterAll(async () => {
  backend?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** What a reader's copy would give, for comparing with what was written: no spaces, no direction marks. */
const bare = (value: string) => value.normalize('NFC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
/**
 * Right-to-left text also without punctuation: where a full stop or comma lands around a
 * right-to-left run is the paragraph direction's business (issue 18, item 2), not the fonts'. And
 * Arabic script without its vowel marks: poppler copies a mark out beside the letter before or
 * after its own (Skia's PDF maps joined glyphs back in clusters). The letters must all be there.
 */
const comparable = (value: string, sample: ScriptSample) => {
  if (!rightToLeft(sample)) return bare(value)
  return bare(value).replace(/[\p{P}\p{Mn}]/gu, '')
}

const rightToLeft = (sample: ScriptSample) => /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(sample.text)

/** How often each character occurs in `value`. */
function counts(value: string): Map<string, number> {
  const found = new Map<string, number>()
  for (const char of value) found.set(char, (found.get(char) ?? 0) + 1)
  return found
}

/** Whether `piece`'s characters all occur in `run`, in the same order (others may lie between). */
function inOrderWithin(piece: string, run: string): boolean {
  let at = 0
  for (const char of piece) {
    at = run.indexOf(char, at)
    if (at < 0) return false
    at += char.length
  }
  return true
}

/**
 * A right-to-left line laid out from the right can reach poppler in pieces, in either order (it
 * reads a gap between joined glyphs as a column, and may lift one letter out onto a line of its
 * own), so its copy is checked piece by piece: each piece of their words keeps the order of the
 * title or the sentence as written, and all the letters are there, three times the sentence's
 * and once the title's.
 */
function expectCopiedRightToLeft(poppler: string, sample: ScriptSample): void {
  const written = [comparable(sample.text, sample), comparable(sample.title, sample)]
  const pieces = poppler
    .split('\n')
    // Their words without ours beside them (a contents line's date, a page number).
    .map((line) => comparable(line, sample).replace(/[\p{Script=Latin}\p{N}]/gu, ''))
    .filter((line) => sample.letters.test(line))
  for (const piece of pieces)
    expect(
      written.some((run) => inOrderWithin(piece, run)),
      `"${piece}" in the order written`
    ).toBe(true)
  const have = counts(pieces.join(''))
  const want = counts(written[0]!.repeat(3) + written[1]!)
  for (const [char, count] of want) expect(have.get(char) ?? 0, `copies of ${char}`).toBeGreaterThanOrEqual(count)
}

type Scope = Parameters<SevenfoldBackend['print']['savePdf']>[0]['scope']

async function savePdf(name: string, scope: Scope, options = DEFAULT_PRINT_OPTIONS): Promise<string> {
  host.saveAs = join(dir, `${name}.pdf`)
  expect(await backend.print.savePdf({ scope, options })).toMatchObject({ saved: true })
  return host.saveAs
}

describe('the printed book in every script', () => {
  test.each(SCRIPT_SAMPLES.map((sample) => [sample.id, sample] as const))('%s: our fonts only, no missing glyph, copied out as written', async (_, sample) => {
    // Emoji in greys otherwise (no theme colours), so any colour on its page is the emoji's own.
    const emoji = sample.id === 'emoji'
    const file = await savePdf(sample.id, { kind: 'reflection', id: ids.get(sample.id)! }, { ...DEFAULT_PRINT_OPTIONS, themeColours: !emoji })
    const bytes = readFileSync(file)

    // The PDF's own font list: any font with a name is ours (the system's DejaVu would show here).
    const listed = popplerFonts(file)
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.filter((font) => font.name !== '[none]' && !OURS.test(baseFontName(font.name)))).toEqual([])

    // Every glyph drawn, in whatever kind of font: ours, and none of them .notdef.
    const glyphs = await glyphReport(bytes)
    expect([...glyphs.fonts].filter((font) => !OURS.test(font))).toEqual([])
    expect(glyphs.missing).toEqual([])

    // The script's own letters print in its family: Han in the forms its text asks for.
    const fontsOfLetters = new Set<string>()
    for (const char of [...sample.text].filter((c) => sample.letters.test(c))) {
      for (const [drawn, fonts] of glyphs.fontsOf) if (drawn.normalize('NFKC').includes(char)) for (const font of fonts) fontsOfLetters.add(font)
    }
    expect(fontsOfLetters.size, 'its letters are drawn').toBeGreaterThan(0)
    expect([...fontsOfLetters].filter((font) => !sample.font.test(font))).toEqual([])

    // Copied out as written: the body three times (plain, bold, italic) and the title.
    const poppler = popplerText(file, emoji ? 'raw' : 'reading')
    if (rightToLeft(sample)) expectCopiedRightToLeft(poppler, sample)
    else {
      const copied = comparable(poppler, sample)
      expect(copied.split(comparable(sample.text, sample)).length - 1).toBe(3)
      expect(copied).toContain(comparable(sample.title, sample))
    }

    const pdf = await readPdf(bytes)
    const page = pdf.pages.findIndex((text, i) => i >= 2 && text.includes(longDate(dates.get(sample.id)!))) + 1
    expect(page, 'the page with the reflection').toBeGreaterThan(0)
    // Nine emoji three times and one in the title, some tens of coloured pixels each at 72 dpi;
    // the page's greys have none (an emoji font Chromium cannot draw leaves none either).
    if (emoji) expect(await colourfulPixels(bytes, page)).toBeGreaterThan(28 * 20)
    await pdf.renderPng(page, join(OUT, `${sample.id}.png`))
    await pdf.renderPng(2, join(OUT, `${sample.id}-contents.png`))
    await pdf.close()
  })

  test('a book in English embeds Literata alone, its separators and spaces included', async () => {
    // Two reflections in one chapter, so the "• • •" between them (bullets and em spaces) prints.
    for (const day of ['2026-03-01', '2026-03-02']) {
      const body = doc(para(text(`On ${day} we walked — slowly — and said “thank you”… twice.`)))
      await backend.reflections.create({ themeId: THEME_IDS[0]!, title: `Walk on ${day}`, date: day, body })
    }
    const file = await savePdf('english', { kind: 'dateRange', from: '2026-03-01', to: '2026-03-31' })
    expect(popplerFonts(file).filter((font) => font.name !== '[none]')).toEqual([])
    const glyphs = await glyphReport(readFileSync(file))
    expect([...glyphs.fonts].filter((font) => !/^Literata-(Regular|Italic)$/.test(font))).toEqual([])
    expect(glyphs.missing).toEqual([])
    expect(popplerText(file)).toContain('•')
  })

  test('all of them in one book: our fonts only and no missing glyph', async () => {
    const file = await savePdf('every-script', { kind: 'dateRange', from: '2026-02-01', to: '2026-02-28' })
    expect(popplerFonts(file).filter((font) => font.name !== '[none]' && !OURS.test(baseFontName(font.name)))).toEqual([])
    const glyphs = await glyphReport(readFileSync(file))
    expect([...glyphs.fonts].filter((font) => !OURS.test(font))).toEqual([])
    expect(glyphs.missing).toEqual([])
    // Emoji aside: on a page with right-to-left text, pdftotext takes the line of emoji for one.
    const copied = popplerText(file)
    for (const sample of SCRIPT_SAMPLES.filter((s) => s.id !== 'emoji'))
      expect(comparable(copied, sample), sample.id).toContain(comparable(sample.text, sample))
  })
})
