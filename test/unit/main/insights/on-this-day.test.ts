import { describe, expect, it } from 'vitest'
import { onThisDay } from '../../../../src/main/insights/on-this-day.ts'
import { header } from '../../../support/insight-headers.ts'

describe('on this day', () => {
  it('finds the same month and day in earlier years only, newest year first', () => {
    const headers = [
      header('trust', '2024-11-26'),
      header('appreciation', '2025-11-26'),
      header('small-talk', '2026-11-26'),
      header('trust', '2023-11-25'),
      header('trust', '2023-11-27'),
      header('being-there', '2019-11-26'),
      header('self-love', '2025-12-26')
    ]
    const found = onThisDay(headers, '2026-11-26')
    expect(found.map((r) => r.date)).toEqual(['2025-11-26', '2024-11-26', '2019-11-26'])
    expect(found[0]).toEqual({ id: headers[1]!.id, themeId: 'appreciation', title: 'on 2025-11-26', date: '2025-11-26', excerpt: 'words from 2025-11-26' })
  })

  it('shows a leap day on 28 February in a year without one, and only on 29 February in a leap year', () => {
    const headers = [header('trust', '2024-02-29'), header('trust', '2023-02-28'), header('trust', '2020-02-29')]
    expect(onThisDay(headers, '2025-02-28').map((r) => r.date)).toEqual(['2024-02-29', '2023-02-28', '2020-02-29'])
    expect(onThisDay(headers, '2028-02-28').map((r) => r.date)).toEqual(['2023-02-28'])
    expect(onThisDay(headers, '2028-02-29').map((r) => r.date)).toEqual(['2024-02-29', '2020-02-29'])
    expect(onThisDay(headers, '2025-03-01')).toEqual([])
  })

  it('keeps the newest few when there are many, the later written first within a day', () => {
    const headers = Array.from({ length: 20 }, (_, i) => header('trust', `${2000 + i}-05-01`))
    const first = header('trust', '2019-05-01', { createdAt: '2019-05-01T08:00:00.000Z' })
    const later = header('trust', '2019-05-01', { createdAt: '2019-05-01T20:00:00.000Z' })
    const found = onThisDay([...headers, first, later], '2026-05-01', 5)
    expect(found.map((r) => r.id)).toEqual([later.id, headers[19]!.id, first.id, headers[18]!.id, headers[17]!.id])
  })
})
