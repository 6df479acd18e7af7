import { describe, expect, it } from 'vitest'
import { themeBalance } from '../../../../src/main/insights/balance.ts'
import { header } from '../../../support/insight-headers.ts'

describe('theme balance', () => {
  it('counts every theme, with zeros, in windows that end today inclusive', () => {
    const balance = themeBalance(
      [
        header('trust', '2026-11-26'), // today
        header('trust', '2026-10-28'), // 29 days back: the first day of the 30
        header('trust', '2026-10-27'), // 30 days back: outside
        header('appreciation', '2025-11-27'), // the first day of the twelve months
        header('appreciation', '2025-11-26'), // a year back: outside
        header('self-love', '2019-01-01'),
        header('small-talk', '2026-11-27') // tomorrow: all time only
      ],
      '2026-11-26'
    )
    expect(balance.last30Days).toEqual({
      'self-love': 0,
      'emotional-needs': 0,
      trust: 2,
      'quality-time': 0,
      'small-talk': 0,
      appreciation: 0,
      'being-there': 0
    })
    expect(balance.last12Months).toMatchObject({ trust: 3, appreciation: 1, 'self-love': 0, 'small-talk': 0 })
    expect(balance.allTime).toMatchObject({ trust: 3, appreciation: 2, 'self-love': 1, 'small-talk': 1, 'being-there': 0 })
  })

  it('crosses month and year ends, and leap days, for the windows’ first days', () => {
    const at = (today: string, date: string) => themeBalance([header('trust', date)], today)
    expect(at('2026-01-05', '2025-12-07').last30Days.trust).toBe(1)
    expect(at('2026-01-05', '2025-12-06').last30Days.trust).toBe(0)
    // 29 Feb counts as a day: thirty days to 1 Mar begin on 1 Feb in a leap year, on 31 Jan otherwise.
    expect(at('2024-03-01', '2024-02-01').last30Days.trust).toBe(1)
    expect(at('2024-03-01', '2024-01-31').last30Days.trust).toBe(0)
    expect(at('2025-03-01', '2025-01-31').last30Days.trust).toBe(1)
    expect(at('2025-03-01', '2025-01-30').last30Days.trust).toBe(0)
    // Twelve months to 29 Feb 2024 begin on 1 Mar 2023; to 28 Feb 2025 on 29 Feb 2024.
    expect(at('2024-02-29', '2023-03-01').last12Months.trust).toBe(1)
    expect(at('2024-02-29', '2023-02-28').last12Months.trust).toBe(0)
    expect(at('2025-02-28', '2024-02-29').last12Months.trust).toBe(1)
    expect(at('2025-02-28', '2024-02-28').last12Months.trust).toBe(0)
  })

  it('adds up 50,000 reflections quickly', () => {
    const themes = ['trust', 'appreciation', 'self-love', 'being-there'] as const
    const headers = Array.from({ length: 50_000 }, (_, i) =>
      header(themes[i % 4]!, new Date(Date.UTC(2012, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10))
    )
    const started = performance.now()
    const balance = themeBalance(headers, '2026-01-01')
    expect(performance.now() - started).toBeLessThan(100)
    expect(Object.values(balance.allTime).reduce((a, b) => a + b)).toBe(50_000)
  })
})
