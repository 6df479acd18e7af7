import { describe, expect, it } from 'vitest'
import { chooseNudge } from '../../../../src/main/insights/nudge.ts'
import type { ReflectionHeader } from '../../../../src/shared/contract.ts'
import { THEME_IDS } from '../../../../src/shared/themes.ts'
import { header } from '../../../support/insight-headers.ts'

const TODAY = '2026-11-26'

/** Every theme written in on the given date, except those named in `apart`. */
function allThemes(date: string, apart: Record<string, string | null> = {}): ReflectionHeader[] {
  return THEME_IDS.flatMap((id) => {
    const own = id in apart ? apart[id] : date
    return own ? [header(id, own)] : []
  })
}

describe('the nudge', () => {
  it('is absent for an empty journal and while every theme was written in within four weeks', () => {
    expect(chooseNudge([], TODAY, null)).toBeNull()
    expect(chooseNudge(allThemes('2026-10-30'), TODAY, null)).toBeNull() // 27 days
  })

  it('names the theme untouched longest once it is four weeks, in whole weeks', () => {
    expect(chooseNudge(allThemes('2026-11-20', { trust: '2026-10-29' }), TODAY, null)).toEqual({ themeId: 'trust', lastDate: '2026-10-29', weeks: 4 })
    const headers = allThemes('2026-11-20', { trust: '2026-10-01', appreciation: '2026-09-20' })
    expect(chooseNudge(headers, TODAY, null)).toEqual({ themeId: 'appreciation', lastDate: '2026-09-20', weeks: 9 })
  })

  it('counts a theme never written in from the journal’s first reflection', () => {
    const young = allThemes('2026-11-01', { 'small-talk': null })
    expect(chooseNudge(young, TODAY, null)).toBeNull()
    const older = [...allThemes('2026-11-20', { 'small-talk': null }), header('trust', '2026-10-20')]
    expect(chooseNudge(older, TODAY, null)).toEqual({ themeId: 'small-talk', lastDate: null, weeks: 5 })
  })

  it('ignores reflections dated after today', () => {
    const headers = [...allThemes('2026-11-20', { trust: '2026-12-24' }), header('self-love', '2026-10-01')]
    expect(chooseNudge(headers, TODAY, null)).toEqual({ themeId: 'trust', lastDate: null, weeks: 8 })
  })

  it('picks the first in theme order on a tie', () => {
    const headers = allThemes('2026-11-20', { 'being-there': '2026-09-01', 'emotional-needs': '2026-09-01' })
    expect(chooseNudge(headers, TODAY, null)?.themeId).toBe('emotional-needs')
  })

  describe('after "Not now"', () => {
    const headers = allThemes('2026-11-05', { trust: '2026-09-01', appreciation: '2026-10-01' })
    const dismissal = { themeId: 'trust' as const, on: '2026-11-10', at: '2026-11-10T09:00:00.000Z' }

    it('shows nothing for a week, then the next theme, never the dismissed one', () => {
      expect(chooseNudge(headers, '2026-11-16', dismissal)).toBeNull()
      expect(chooseNudge(headers, '2026-11-17', dismissal)).toEqual({ themeId: 'appreciation', lastDate: '2026-10-01', weeks: 6 })
      expect(chooseNudge(headers, '2027-03-01', dismissal)?.themeId).toBe('appreciation')
    })

    it('lets the dismissed theme come back once something in it is saved after the dismissal', () => {
      // Written in again (even dated back), then left alone long enough to be the oldest once more.
      const again = header('trust', '2026-09-02', { updatedAt: '2026-11-12T10:00:00.000Z' })
      expect(chooseNudge([...headers, again], TODAY, dismissal)).toEqual({ themeId: 'trust', lastDate: '2026-09-02', weeks: 12 })
      const before = header('trust', '2026-09-02', { updatedAt: '2026-11-10T08:59:59.999Z' })
      expect(chooseNudge([...headers, before], TODAY, dismissal)?.themeId).toBe('appreciation')
    })

    it('shows nothing when only the dismissed theme is untouched', () => {
      expect(chooseNudge(allThemes('2026-11-20', { trust: '2026-09-01' }), TODAY, dismissal)).toBeNull()
    })
  })

  it('chooses among 50,000 reflections quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      header(THEME_IDS[i % 6]!, new Date(Date.UTC(2012, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10))
    )
    const started = performance.now()
    expect(chooseNudge(many, TODAY, null)?.themeId).toBe('being-there')
    expect(performance.now() - started).toBeLessThan(100)
  })
})
