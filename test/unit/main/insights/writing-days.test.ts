import { describe, expect, it } from 'vitest'
import { writingDays } from '../../../../src/main/insights/writing-days.ts'
import { header } from '../../../support/insight-headers.ts'

const on = (...dates: string[]) => dates.map((date) => header('trust', date))

describe('writing days', () => {
  it('is all zeros for an empty journal', () => {
    expect(writingDays([], '2026-11-26')).toEqual({ days: 0, daysLast30: 0, currentRun: 0, longestRun: 0 })
  })

  it('counts days, not reflections, and leaves out days after today', () => {
    expect(writingDays(on('2026-11-20', '2026-11-20', '2026-10-01', '2026-12-01'), '2026-11-26')).toEqual({
      days: 2,
      daysLast30: 1,
      currentRun: 0,
      longestRun: 1
    })
  })

  it('counts the current run back from today, or from yesterday when nothing is written yet today', () => {
    const dates = on('2026-11-23', '2026-11-24', '2026-11-25')
    expect(writingDays(dates, '2026-11-25').currentRun).toBe(3)
    expect(writingDays(dates, '2026-11-26').currentRun).toBe(3)
    expect(writingDays(dates, '2026-11-27').currentRun).toBe(0)
    expect(writingDays([...dates, ...on('2026-11-26')], '2026-11-26').currentRun).toBe(4)
  })

  it('runs across the ends of months and years and through 29 February', () => {
    expect(writingDays(on('2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'), '2026-01-02')).toMatchObject({ currentRun: 4, longestRun: 4 })
    expect(writingDays(on('2024-02-28', '2024-02-29', '2024-03-01'), '2024-03-01')).toMatchObject({ currentRun: 3, longestRun: 3 })
    expect(writingDays(on('2025-02-28', '2025-03-01'), '2025-03-01')).toMatchObject({ currentRun: 2, longestRun: 2 })
    expect(writingDays(on('2024-02-28', '2024-03-01'), '2024-03-01')).toMatchObject({ currentRun: 1, longestRun: 1 })
  })

  it('keeps the longest run apart from the current one', () => {
    const dates = on('2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-11-25', '2026-11-26')
    expect(writingDays(dates, '2026-11-26')).toEqual({ days: 7, daysLast30: 2, currentRun: 2, longestRun: 5 })
  })

  it('counts the last 30 days inclusive of today', () => {
    expect(writingDays(on('2026-10-28', '2026-10-27'), '2026-11-26').daysLast30).toBe(1)
  })
})
