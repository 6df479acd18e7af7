import { beforeAll, describe, expect, it } from 'vitest'

// A renderer module, imported by a path the Node project's compiler does not follow (see
// test/unit/main/print/rich-text-html.test.ts).
const DATES = '../../../../../src/renderer/src/features/calendar/calendar-dates.ts'

interface Dates {
  addDays(isoDay: string, days: number): string
  addMonths(isoDay: string, months: number): string
  dateOf(isoDay: string): Date
  dayAfterKey(key: string, isoDay: string, firstDay: number): string | null
  daysInMonth(year: number, month: number): number
  isoOf(date: Date): string
  monthWeeks(month: string, firstDay: number): (string | null)[][]
  weekdayIndex(isoDay: string, firstDay: number): number
}
let addDays: Dates['addDays'], addMonths: Dates['addMonths'], dateOf: Dates['dateOf'], dayAfterKey: Dates['dayAfterKey']
let daysInMonth: Dates['daysInMonth'], isoOf: Dates['isoOf'], monthWeeks: Dates['monthWeeks'], weekdayIndex: Dates['weekdayIndex']

beforeAll(async () => {
  ;({ addDays, addMonths, dateOf, dayAfterKey, daysInMonth, isoOf, monthWeeks, weekdayIndex } = (await import(/* @vite-ignore */ DATES)) as Dates)
})

const MONDAY = 1
const SUNDAY = 0

describe('calendar days in the renderer', () => {
  it('builds local dates from their parts, so a day never shifts with the time zone', () => {
    const date = dateOf('2026-03-01')
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 2, 1, 0])
    expect(isoOf(dateOf('0087-05-06'))).toBe('0087-05-06')
  })

  it('steps over month and year ends and leap days', () => {
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    // Across the change to summer time (last Sunday of March in Europe) a day is still a day.
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31')
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15')
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2025, 4)]).toEqual([29, 28, 28, 29, 30])
  })

  it('lays a month out in weeks from the locale’s first day', () => {
    // 1 March 2025 was a Saturday.
    const fromMonday = monthWeeks('2025-03', MONDAY)
    expect(fromMonday[0]).toEqual([null, null, null, null, null, '2025-03-01', '2025-03-02'])
    expect(fromMonday.at(-1)).toEqual(['2025-03-31', null, null, null, null, null, null])
    expect(fromMonday.flat().filter(Boolean)).toHaveLength(31)
    const fromSunday = monthWeeks('2025-03', SUNDAY)
    expect(fromSunday[0]!.indexOf('2025-03-01')).toBe(6)
    expect(monthWeeks('2024-02', MONDAY).flat().filter(Boolean).at(-1)).toBe('2024-02-29')
    expect(weekdayIndex('2025-03-09', MONDAY)).toBe(6)
    expect(weekdayIndex('2025-03-09', SUNDAY)).toBe(0)
  })

  it('moves focus as the grid pattern asks', () => {
    const from = '2025-03-12' // a Wednesday
    expect(dayAfterKey('ArrowLeft', from, MONDAY)).toBe('2025-03-11')
    expect(dayAfterKey('ArrowRight', from, MONDAY)).toBe('2025-03-13')
    expect(dayAfterKey('ArrowUp', from, MONDAY)).toBe('2025-03-05')
    expect(dayAfterKey('ArrowDown', '2025-03-28', MONDAY)).toBe('2025-04-04')
    expect(dayAfterKey('Home', from, MONDAY)).toBe('2025-03-10')
    expect(dayAfterKey('End', from, MONDAY)).toBe('2025-03-16')
    expect(dayAfterKey('Home', from, SUNDAY)).toBe('2025-03-09')
    expect(dayAfterKey('PageUp', '2025-03-31', MONDAY)).toBe('2025-02-28')
    expect(dayAfterKey('PageDown', from, MONDAY)).toBe('2025-04-12')
    expect(dayAfterKey('a', from, MONDAY)).toBeNull()
  })
})
