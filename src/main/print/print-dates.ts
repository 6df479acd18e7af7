// Dates as a printed book shows them, in British English: "Tuesday, 3 March 2026". Written out
// by hand rather than with Intl: the words never change, and a long contents list formats
// thousands of dates in one go. Stored dates are calendar days (YYYY-MM-DD), read in UTC.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

interface Day {
  year: number
  month: string
  day: number
  weekday: string
}

function parse(date: string): Day | null {
  const match = DAY.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const value = new Date(Date.UTC(year, month - 1, day))
  // Rejects 2026-02-31 and the like, which Date would roll over into March.
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return null
  return { year, month: MONTHS[month - 1]!, day, weekday: WEEKDAYS[value.getUTCDay()]! }
}

/** "Tuesday, 3 March 2026"; a string that is not a date is returned as it is. */
export function longDate(date: string): string {
  const d = parse(date)
  return d ? `${d.weekday}, ${d.day} ${d.month} ${d.year}` : date
}

/** "3 March 2026" */
export function plainDate(date: string): string {
  const d = parse(date)
  return d ? `${d.day} ${d.month} ${d.year}` : date
}

/** "3–20 May 2026", "3 March – 20 May 2026", "30 December 2025 – 2 January 2026", "3 March 2026". */
export function dateRange(from: string, to: string): string {
  if (from === to) return plainDate(from)
  const start = parse(from)
  const end = parse(to)
  if (start && end && start.year === end.year) {
    return start.month === end.month ? `${start.day}–${plainDate(to)}` : `${start.day} ${start.month} – ${plainDate(to)}`
  }
  return `${plainDate(from)} – ${plainDate(to)}`
}

/** "March 2026", for a chapter a month; a string that is not a date is returned as it is. */
export function monthYear(date: string): string {
  const d = parse(date)
  return d ? `${d.month} ${d.year}` : date
}
