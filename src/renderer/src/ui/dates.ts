// Stored dates are calendar days ('2026-11-25'); show them in the person's own locale.

const longDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number)
  if (!year || !month || !day) return isoDay
  // Built from parts, so the day does not shift with the time zone.
  return longDate.format(new Date(year, month - 1, day))
}
