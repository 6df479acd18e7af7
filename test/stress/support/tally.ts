// What each stress test tried, survived and lost, gathered for the table printed at the end of
// `npm run test:stress` (test/stress/summary.ts). Each test file runs in its own process, so
// rows are appended to a file rather than kept in memory: one file per run (its name is handed
// to the workers in the environment), so two runs at once do not mix their rows.

import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const TALLY_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../test-results/stress')
export const TALLY_ENV = 'SEVENFOLD_STRESS_TALLY'

/** This run's file; a test file run without the global setup writes to a file of its own process. */
export function tallyFile(): string {
  return process.env[TALLY_ENV] ?? join(TALLY_DIR, `tally-${process.pid}.jsonl`)
}

export function newTallyFile(): string {
  return join(TALLY_DIR, `tally-${process.pid}-${Date.now()}.jsonl`)
}

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
  const file = tallyFile()
  mkdirSync(dirname(file), { recursive: true })
  appendFileSync(file, `${JSON.stringify(row)}\n`)
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
