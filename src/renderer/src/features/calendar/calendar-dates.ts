// Calendar days as the journal stores them ('2025-03-09'), on the person's own calendar.
// Every Date here is built from its parts in local time: `new Date('2025-03-09')` would be
// midnight UTC, which is the day before west of Greenwich.

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A local Date for a stored day, safe for years below 100 too (the Date constructor maps those to 19xx). */
export function dateOf(isoDay: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDay.split('-').map(Number)
  const date = new Date(2000, 0, 1)
  date.setFullYear(year, month - 1, day)
  return date
}

export function isoOf(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function addDays(isoDay: string, days: number): string {
  const date = dateOf(isoDay)
  date.setDate(date.getDate() + days)
  return isoOf(date)
}

/** The same day `months` away, or that month's last day if it is shorter (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(isoDay: string, months: number): string {
  const date = dateOf(isoDay)
  const day = date.getDate()
  date.setDate(1)
  date.setMonth(date.getMonth() + months)
  date.setDate(Math.min(day, daysInMonth(date.getFullYear(), date.getMonth() + 1)))
  return isoOf(date)
}

/** 'YYYY-MM' of a day. */
export function monthOf(isoDay: string): string {
  return isoDay.slice(0, 7)
}

export function yearOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4))
}

export function daysInMonth(year: number, month: number): number {
  const date = new Date(2000, 0, 1)
  date.setFullYear(year, month, 0)
  return date.getDate()
}

/** The first day of the week in the person's locale, as Date.getDay() counts (0 Sunday … 6 Saturday); Monday if the browser cannot say. */
export function firstDayOfWeek(locale = navigator.language): number {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.()
    return info ? info.firstDay % 7 : 1
  } catch {
    return 1
  }
}

/** Where a day sits in its week, 0 for the week's first day. */
export function weekdayIndex(isoDay: string, firstDay: number): number {
  return (dateOf(isoDay).getDay() - firstDay + 7) % 7
}

/** The month ('YYYY-MM') as weeks of seven days, with null before its first and after its last day. */
export function monthWeeks(month: string, firstDay: number): (string | null)[][] {
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number)
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(`${month}-01`, firstDay) }, () => null)
  for (let day = 1; day <= daysInMonth(year, monthNumber); day++) cells.push(`${month}-${pad(day)}`)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** Where a grid key moves focus from `isoDay`, or null if the key is not one of the grid's. */
export function dayAfterKey(key: string, isoDay: string, firstDay: number): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(isoDay, -1)
    case 'ArrowRight':
      return addDays(isoDay, 1)
    case 'ArrowUp':
      return addDays(isoDay, -7)
    case 'ArrowDown':
      return addDays(isoDay, 7)
    case 'Home':
      return addDays(isoDay, -weekdayIndex(isoDay, firstDay))
    case 'End':
      return addDays(isoDay, 6 - weekdayIndex(isoDay, firstDay))
    case 'PageUp':
      return addMonths(isoDay, -1)
    case 'PageDown':
      return addMonths(isoDay, 1)
    default:
      return null
  }
}

const monthTitle = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' })
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long' })
const fullDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short' })
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long' })
const weekdayNarrow = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' })

/** "March 2025" */
export function formatMonthTitle(month: string): string {
  return monthTitle.format(dateOf(`${month}-01`))
}

/** "March" */
export function formatMonthName(month: string): string {
  return monthName.format(dateOf(`${month}-01`))
}

/** "Sunday 9 March 2025" (in British English; the locale decides). */
export function formatFullDay(isoDay: string): string {
  return fullDay.format(dateOf(isoDay))
}

export interface WeekdayName {
  narrow: string
  short: string
  long: string
}

/** The week's day names from its first day. */
export function weekdayNames(firstDay: number): WeekdayName[] {
  // 2024-01-07 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = dateOf(addDays('2024-01-07', (firstDay + i) % 7))
    return { narrow: weekdayNarrow.format(date), short: weekdayShort.format(date), long: weekdayLong.format(date) }
  })
}

export function reflectionCount(count: number): string {
  return count === 1 ? '1 reflection' : `${count.toLocaleString()} reflections`
}
