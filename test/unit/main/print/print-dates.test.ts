import { describe, expect, it } from 'vitest'
import { dateRange, longDate, plainDate } from '../../../../src/main/print/print-dates.ts'

describe('printed dates', () => {
  it('name the weekday, as British English writes it', () => {
    expect(longDate('2026-03-03')).toBe('Tuesday, 3 March 2026')
    expect(longDate('2024-02-29')).toBe('Thursday, 29 February 2024')
    expect(longDate('1999-12-31')).toBe('Friday, 31 December 1999')
    // The same words Intl gives, for every day of a year.
    const intl = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    for (let n = 0; n < 366; n++) {
      const day = new Date(Date.UTC(2028, 0, 1 + n))
      expect(longDate(day.toISOString().slice(0, 10)).replace(',', '')).toBe(intl.format(day).replace(',', ''))
    }
  })

  it('print something that is not a real day as it is', () => {
    expect(longDate('2026-02-31')).toBe('2026-02-31')
    expect(plainDate('someday')).toBe('someday')
  })

  it('shorten a range within one year or month', () => {
    expect(dateRange('2026-03-03', '2026-05-20')).toBe('3 March – 20 May 2026')
    expect(dateRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026')
    expect(dateRange('2026-05-03', '2026-05-20')).toBe('3–20 May 2026')
    expect(dateRange('2026-03-03', '2026-03-03')).toBe('3 March 2026')
  })
})
