// Printing's figures for `npm run bench`: the print HTML for 100 and 1,000 reflections (the
// book read from the open journal, then laid out), and a PDF of 100 reflections saved through
// the backend with headless Chromium as the host (two passes, for the table of contents).
// The event loop is watched throughout: it must never stall over 50 ms while a PDF is built.
// Its own backend in its own folder; the PDF goes to that folder and is removed with it.

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureBookFonts } from '../../scripts/book-fonts.ts'
import { createBackend } from '../../src/main/app/backend.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { THEME_IDS } from '../../src/shared/themes.ts'
import { createTestHost } from '../support/chromium-host.ts'
import { makeDoc, makeTitle, seededRng } from './corpus.ts'
import { busiest, timeOnce, watchPhase } from './measure.ts'
import { ms, verdict, type Row } from './table.ts'

const SIZES = [100, 1000] as const
const targets = { pdfMs: 5000, loopMs: 50 }
const loopRow = (what: string, delay: number): Row => ({
  measure: `  event loop max delay: ${what}`,
  value: ms(delay),
  target: `≤ ${targets.loopMs} ms`,
  verdict: verdict(delay <= targets.loopMs)
})

const busyRow = (busiest: number): Row => ({
  measure: '    of which this thread was busy, at most',
  value: ms(busiest),
  target: `≤ ${targets.loopMs} ms`,
  verdict: verdict(busiest <= targets.loopMs)
})

/** One day per reflection, going back from 1 June 2026, so a date range picks exactly `n`. */
const dayBefore = (i: number) => new Date(Date.UTC(2026, 5, 1) - i * 86_400_000).toISOString().slice(0, 10)

export async function printRows(): Promise<Row[]> {
  // The book's fonts, as a build makes them (the bench runs from the sources).
  await ensureBookFonts()
  const dir = mkdtempSync(join(tmpdir(), 'sevenfold-bench-print-'))
  const host = createTestHost({ dir })
  const backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  const rows: Row[] = []
  try {
    await backend.profile.create({ displayName: 'Bench', passphrase: randomBytes(24).toString('base64url') })
    const rng = seededRng(5)
    for (let i = 0; i < Math.max(...SIZES); i++) {
      await backend.reflections.create({ themeId: THEME_IDS[i % THEME_IDS.length]!, title: makeTitle(rng), date: dayBefore(i), body: makeDoc(rng) })
    }
    const range = (n: number) => ({ kind: 'dateRange' as const, from: dayBefore(n - 1), to: dayBefore(0) })

    // The HTML alone: "Print…" without a table of contents is one pass, and the test host's
    // print dialog only keeps the document, so this is reading the bodies and laying them out.
    const htmlOnly = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }
    for (const n of SIZES) {
      const phase = await watchPhase(() => busiest(() => timeOnce(() => backend.print.print({ scope: range(n), options: htmlOnly }))))
      const kib = Buffer.byteLength(host.printed.pop() ?? '') / 1024
      rows.push({ measure: `print: HTML for ${n} reflections (decrypt + lay out)`, value: ms(phase.value.value.ms), target: `(${kib.toFixed(0)} KiB of HTML)` })
      rows.push(loopRow(`HTML for ${n}`, phase.maxLoopDelayMs), busyRow(phase.value.busiestMs))
    }

    // A PDF of 100 through savePdf: Chromium started beforehand, as the app's window session would be.
    host.saveAs = join(dir, 'warm-up.pdf')
    await backend.print.savePdf({ scope: range(1), options: { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false } })
    host.saveAs = join(dir, 'bench.pdf')
    const phase = await watchPhase(() => busiest(() => timeOnce(() => backend.print.savePdf({ scope: range(100), options: DEFAULT_PRINT_OPTIONS }))))
    const pdf = { ...phase, value: phase.value.value }
    if (!pdf.value.value.saved) throw new Error('bench: the PDF was not saved')
    const size = statSync(host.saveAs).size / 1024
    rows.push({
      measure: 'print: PDF of 100 reflections via savePdf (2 passes, headless Chromium)',
      value: ms(pdf.value.ms),
      target: `< ${targets.pdfMs} ms`,
      verdict: verdict(pdf.value.ms < targets.pdfMs)
    })
    rows.push({ measure: `  its size`, value: `${size.toFixed(0)} KiB` })
    rows.push(loopRow('PDF of 100', pdf.maxLoopDelayMs), busyRow(phase.value.busiestMs))
    return rows
  } finally {
    backend.close()
    await host.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
