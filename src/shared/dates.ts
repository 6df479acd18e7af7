/** Today's date on this computer's calendar, as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Days since 1970-01-01 for the person's own calendar day, so "today" turns at their midnight. */
export function localDayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000)
}

/** Days since 1970-01-01 for a YYYY-MM-DD calendar day (the same count as localDayNumber). */
export function dayNumberOf(isoDay: string): number {
  // setUTCFullYear, not Date.UTC: that one reads the years 0 to 99 as 1900 to 1999.
  const day = new Date(0)
  day.setUTCFullYear(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10)))
  return Math.round(day.getTime() / 86_400_000)
}
