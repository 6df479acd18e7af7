// Prints the stress run's table (rows gathered by support/tally.ts) as vitest's global teardown,
// so it appears even when a test failed. A row with data lost, or fewer survived than tried, is
// marked, and turns the run red.

import { existsSync, readFileSync, rmSync } from 'node:fs'
import { newTallyFile, TALLY_ENV, type TallyRow } from './support/tally.ts'

// Workers are started after the global setup, so they inherit the file's name.
export function setup(): () => void {
  const file = newTallyFile()
  process.env[TALLY_ENV] = file
  return () => {
    printSummary(file)
    rmSync(file, { force: true })
  }
}

function printSummary(file: string): void {
  const rows: TallyRow[] = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as TallyRow)
    : []
  const header = ['area', 'tried', 'survived', 'data lost', 'note']
  const body = rows.map((r) => [r.area, String(r.tried), String(r.survived), String(r.lost), r.note ?? ''])
  const total = rows.reduce((sum, r) => ({ tried: sum.tried + r.tried, survived: sum.survived + r.survived, lost: sum.lost + r.lost }), {
    tried: 0,
    survived: 0,
    lost: 0
  })
  body.push(['TOTAL', String(total.tried), String(total.survived), String(total.lost), ''])
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...body.map((row) => row[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  console.log(`\nSevenfold stress run (STRESS_SCALE=${process.env.STRESS_SCALE ?? 1})\n`)
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of body) console.log(line(row))
  if (rows.length === 0) console.log('(no stress test recorded a row)')
  if (total.lost > 0 || total.survived < total.tried || rows.length === 0) process.exitCode = 1
}
