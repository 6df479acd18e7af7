// Calendar days as whole numbers, so windows and runs are integer arithmetic. Dates are the
// person's own calendar days (YYYY-MM-DD); counted in UTC, so no time zone or summer time moves them.

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The first day of the twelve months that end on `today`: a year back, plus one day (1 Mar after 29 Feb). */
export function twelveMonthsFrom(today: string): number {
  const year = Number(today.slice(0, 4)) - 1
  const month = Number(today.slice(5, 7))
  const dayOfMonth = Number(today.slice(8, 10))
  // 29 Feb a year back does not exist: count from 28 Feb.
  const back = month === 2 && dayOfMonth === 29 && !isLeapYear(year) ? 28 : dayOfMonth
  return Date.UTC(year, month - 1, back) / MS_PER_DAY + 1
}
