// The printed report: one row per measure, columns aligned.

export interface Row {
  measure: string
  value: string
  floor?: string
  ratio?: string
  target?: string
  /** PASS / MISS when there is a target, otherwise 'info'. */
  verdict?: string
}

const COLUMNS = ['measure', 'value', 'floor', 'ratio', 'target', 'verdict'] as const

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(2)} ms` : `${(value * 1000).toFixed(0)} µs`
export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS')

export function printTable(rows: readonly Row[]): void {
  const cells = rows.map((row) => COLUMNS.map((column) => row[column] ?? (column === 'verdict' ? 'info' : '—')))
  const widths = COLUMNS.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i]!.length)))
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  console.log(line(COLUMNS))
  console.log(line(widths.map((width) => '-'.repeat(width))))
  for (const row of cells) console.log(line(row))
}
