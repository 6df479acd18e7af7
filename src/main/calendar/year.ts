// A year of the open journal as counts per day, for the heat map. One pass over the headers.

import type { CalendarYear } from '../../shared/calendar.ts'

/** A year as stored dates write it: four digits. */
function yearPrefix(year: number): string {
  return `${String(year).padStart(4, '0')}-`
}

/** How many reflections each day of `year` has (only days with some, earliest first), and the year's total. */
export function calendarYear(headers: Iterable<{ date: string }>, year: number): CalendarYear {
  const prefix = yearPrefix(year)
  const counts = new Map<string, number>()
  let total = 0
  for (const { date } of headers) {
    if (!date.startsWith(prefix)) continue
    counts.set(date, (counts.get(date) ?? 0) + 1)
    total++
  }
  const days = [...counts.keys()].sort().map((date) => ({ date, count: counts.get(date)! }))
  return { year, days, total }
}
