// Stored dates are calendar days ('2026-11-25'); shown in the person's own locale, with or without
// the weekday ("Tue 3 Nov 2026" in British English), and word counts beside them.

const longDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number)
  if (!year || !month || !day) return isoDay
  // Built from parts, so the day does not shift with the time zone.
  return longDate.format(new Date(year, month - 1, day))
}

const withWeekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })

export function formatDayWithWeekday(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number)
  if (!year || !month || !day) return isoDay
  // Built from parts, so the day does not shift with the time zone.
  const parts = withWeekday.formatToParts(new Date(year, month - 1, day))
  // English puts a comma after the weekday; a space reads more calmly in a list.
  return parts.map((part, i) => (part.type === 'literal' && parts[i - 1]?.type === 'weekday' && part.value === ', ' ? ' ' : part.value)).join('')
}

export function formatWordCount(count: number): string {
  return count === 1 ? '1 word' : `${count.toLocaleString()} words`
}
