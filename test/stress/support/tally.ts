// What each stress test tried, survived and lost, gathered for the table printed at the end of
// `npm run test:stress` (test/stress/summary.ts). Each test file runs in its own process, so
// rows are appended to a file rather than kept in memory.

import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const TALLY_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../test-results/stress/tally.jsonl')

export interface TallyRow {
  /** The fault or input family, e.g. "crash while saving". */
  area: string
  tried: number
  survived: number
  /** Saves reported done that were missing or unreadable afterwards: must be 0. */
  lost: number
  /** A short note: sizes, seeds, what "survived" means here. */
  note?: string
}

export function tally(row: TallyRow): void {
  mkdirSync(dirname(TALLY_FILE), { recursive: true })
  appendFileSync(TALLY_FILE, `${JSON.stringify(row)}\n`)
}

/**
 * How big the runs are: STRESS_SCALE=1 is the full run (`npm run test:stress`), smaller values
 * shorten it (CI uses STRESS_SCALE=0.25). `full` is the count at scale 1; never less than `least`.
 */
export function scaled(full: number, least = 1): number {
  const raw = Number(process.env.STRESS_SCALE ?? 1)
  const scale = Number.isFinite(raw) && raw > 0 ? raw : 1
  return Math.max(least, Math.round(full * scale))
}
