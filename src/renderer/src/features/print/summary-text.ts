// The line above the print buttons: how much the scope holds and the days it spans,
// e.g. "14 reflections in 3 chapters, 2 March – 19 May 2026" (in the person's own locale).

import type { PrintOptions, PrintScope, PrintSummary } from '../../../../shared/print.ts'
import { THEMES } from '../../../../shared/themes.ts'

const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' })

function localDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number)
  // Built from parts, so the day does not shift with the time zone.
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1)
}

/** "2 March – 19 May 2026", "30 December 2025 – 2 January 2026", or one day. */
export function dayRangeText(from: string, to: string): string {
  return dayMonthYear.formatRange(localDay(from), localDay(to))
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n.toLocaleString()} ${many}`
}

/** What to say when the scope holds nothing: the buttons are off, so say why. */
function emptyText(scope: PrintScope, themeTitle: string): string {
  switch (scope.kind) {
    case 'theme':
      return `Nothing to print yet: there are no reflections in “${themeTitle}”.`
    case 'dateRange':
      return 'Nothing to print: no reflections were written between those days.'
    case 'vault':
      return 'Nothing to print yet: the vault has no secrets.'
    default:
      return 'Nothing to print: those reflections are no longer in your journal.'
  }
}

type ChapterOptions = Pick<PrintOptions, 'arrangement' | 'includeEmptyThemes'>

/** The chapters are the book's: a chapter a month when two days or chosen reflections are printed
 *  by date; by theme, every theme's when the empty ones are asked for too. */
export function summaryText(summary: PrintSummary, scope: PrintScope, themeTitle: string, options: ChapterOptions): string {
  if (summary.items === 0) return emptyText(scope, themeTitle)
  const spansThemes = scope.kind === 'dateRange' || scope.kind === 'chosen'
  const byMonth = spansThemes && options.arrangement === 'byDate'
  const chapters = byMonth ? summary.months : spansThemes && options.includeEmptyThemes ? THEMES.length : summary.chapters
  const what =
    scope.kind === 'vault'
      ? // Secrets, notes, check-ins and time together alike: entries, as the book's chapter says.
        count(summary.items, 'entry', 'entries')
      : `${count(summary.items, 'reflection', 'reflections')} in ${count(chapters, 'chapter', 'chapters')}`
  return summary.from && summary.to ? `${what}, ${dayRangeText(summary.from, summary.to)}` : what
}
