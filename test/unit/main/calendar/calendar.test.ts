import { describe, expect, it } from 'vitest'
import { calendarMonth, type DatedHeader } from '../../../../src/main/calendar/month.ts'
import { calendarYear } from '../../../../src/main/calendar/year.ts'
import type { ThemeId } from '../../../../src/shared/themes.ts'

let next = 0
function header(date: string, themeId: ThemeId = 'trust', createdAt = '2026-01-01T10:00:00.000Z'): DatedHeader {
  next++
  return { id: `id-${String(next).padStart(4, '0')}`, themeId, title: `t${next}`, date, createdAt }
}

describe('a calendar month', () => {
  it('keeps only the days of that month, earliest first, with none from its neighbours', () => {
    const headers = [
      header('2025-03-31'),
      header('2025-02-28'),
      header('2025-03-01'),
      header('2025-04-01'),
      header('2025-03-15'),
      header('2024-03-15'),
      header('2025-03-15')
    ]
    const month = calendarMonth(headers, '2025-03')
    expect(month.month).toBe('2025-03')
    expect(month.days.map((d) => [d.date, d.reflections.length])).toEqual([
      ['2025-03-01', 1],
      ['2025-03-15', 2],
      ['2025-03-31', 1]
    ])
  })

  it('holds the 29th of February in a leap year, and answers an empty month with no days', () => {
    const headers = [header('2024-02-29', 'appreciation'), header('2024-02-28'), header('2023-02-28')]
    expect(calendarMonth(headers, '2024-02').days.map((d) => d.date)).toEqual(['2024-02-28', '2024-02-29'])
    expect(calendarMonth(headers, '2023-02').days.map((d) => d.date)).toEqual(['2023-02-28'])
    expect(calendarMonth(headers, '2024-03')).toEqual({ month: '2024-03', days: [], partnerName: null })
    expect(calendarMonth([], '2024-02')).toEqual({ month: '2024-02', days: [], partnerName: null })
  })

  it('lists a day in the order it was written, the same whatever order the headers come in', () => {
    const late = header('2025-03-09', 'small-talk', '2025-03-09T20:00:00.000Z')
    const early = header('2025-03-09', 'self-love', '2025-03-09T07:00:00.000Z')
    const sameA = { ...header('2025-03-09', 'trust', '2025-03-09T12:00:00.000Z'), id: 'aaaaaaaaaaaaaaaaaaaa' }
    const sameB = { ...header('2025-03-09', 'trust', '2025-03-09T12:00:00.000Z'), id: 'bbbbbbbbbbbbbbbbbbbb' }
    const expected = [early, sameA, sameB, late].map(({ id, themeId, title }) => ({ id, themeId, title }))
    expect(calendarMonth([late, sameB, early, sameA], '2025-03').days[0]!.reflections).toEqual(expected)
    expect(calendarMonth([sameA, late, sameB, early], '2025-03').days[0]!.reflections).toEqual(expected)
  })

  it('answers only what the calendar shows: id, theme and title', () => {
    const one = { ...header('2025-03-02'), excerpt: 'private words', wordCount: 2 }
    expect(calendarMonth([one], '2025-03').days[0]!.reflections[0]).toEqual({ id: one.id, themeId: 'trust', title: one.title })
  })
})

describe('moments together in a calendar month', () => {
  it('adds the days with moments only, each kind once and in one order, and leaves other months out', () => {
    const moments = [
      { kind: 'opened', on: '2025-03-09' },
      { kind: 'asked', on: '2025-03-09' },
      { kind: 'opened', on: '2025-03-09' },
      { kind: 'sealed', on: '2025-03-20' },
      { kind: 'revealed', on: '2025-04-01' }
    ] as const
    const month = calendarMonth([header('2025-03-09')], '2025-03', { moments, partnerName: 'Ben' })
    expect(month.partnerName).toBe('Ben')
    expect(month.days.map((d) => [d.date, d.reflections.length, d.moments])).toEqual([
      ['2025-03-09', 1, ['asked', 'opened']],
      ['2025-03-20', 0, ['sealed']]
    ])
  })
})

describe('a calendar year', () => {
  it('counts each day of that year and the total, leaving other years out', () => {
    const headers = [header('2025-01-01'), header('2025-12-31'), header('2025-12-31'), header('2025-03-09'), header('2024-12-31'), header('2026-01-01')]
    expect(calendarYear(headers, 2025)).toEqual({
      year: 2025,
      days: [
        { date: '2025-01-01', count: 1 },
        { date: '2025-03-09', count: 1 },
        { date: '2025-12-31', count: 2 }
      ],
      total: 4
    })
    expect(calendarYear(headers, 2023)).toEqual({ year: 2023, days: [], total: 0 })
  })

  it('finds a year written with leading zeros', () => {
    expect(calendarYear([header('0987-05-06')], 987)).toEqual({ year: 987, days: [{ date: '0987-05-06', count: 1 }], total: 1 })
  })

  it('answers at 50,000 reflections within a few milliseconds', () => {
    const headers: DatedHeader[] = []
    for (let i = 0; i < 50_000; i++) {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 3_600_000 * 5)
      headers.push(header(day.toISOString().slice(0, 10), 'trust', day.toISOString()))
    }
    const started = performance.now()
    const month = calendarMonth(headers, '2010-06')
    const year = calendarYear(headers, 2010)
    const took = performance.now() - started
    expect(month.days).toHaveLength(30)
    expect(year.total).toBe(headers.filter((h) => h.date.startsWith('2010-')).length)
    expect(took).toBeLessThan(100)
  })
})
