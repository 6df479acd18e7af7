import { describe, expect, it } from 'vitest'
import { togetherBalance } from '../../../../src/main/insights/balance.ts'
import { chooseNudge } from '../../../../src/main/insights/nudge.ts'
import { recentTimeline } from '../../../../src/main/insights/recent.ts'
import { insightsOf } from '../../../../src/main/insights/summary.ts'
import type { ReflectionHeader } from '../../../../src/shared/contract.ts'
import { THEME_IDS } from '../../../../src/shared/themes.ts'
import { header } from '../../../support/insight-headers.ts'

const TODAY = '2026-11-26'

/** Every theme but trust written in on `date`. */
const allButTrust = (date: string): ReflectionHeader[] => THEME_IDS.filter((id) => id !== 'trust').map((id) => header(id, date))

describe('moments together in the insights', () => {
  it('count towards trust in each window, each kept kind and day once, later ones in all time only', () => {
    const balance = togetherBalance(
      [
        { kind: 'opened', on: '2026-11-26' },
        { kind: 'revealed', on: '2026-11-26' },
        { kind: 'asked', on: '2026-10-28' }, // the first of the 30 days
        { kind: 'sealed', on: '2026-10-27' }, // just outside them
        { kind: 'answered', on: '2026-12-01' } // after today
      ],
      TODAY
    )
    expect(balance.last30Days).toEqual({
      'self-love': 0,
      'emotional-needs': 0,
      trust: 3,
      'quality-time': 0,
      'small-talk': 0,
      appreciation: 0,
      'being-there': 0
    })
    expect(balance.last12Months.trust).toBe(4)
    expect(balance.allTime.trust).toBe(5)
  })

  it('keep the trust nudge away when the two of them did something together in the last four weeks', () => {
    // Trust never written in, the journal begun two months ago: without moments, that is the nudge.
    const headers = [...allButTrust('2026-11-20'), header('self-love', '2026-09-20')]
    expect(chooseNudge(headers, TODAY, null)).toEqual({ themeId: 'trust', lastDate: null, weeks: 9 })
    expect(chooseNudge(headers, TODAY, null, [{ kind: 'opened', on: '2026-11-10' }])).toBeNull()
    expect(chooseNudge(headers, TODAY, null, [{ kind: 'answered', on: '2026-11-01' }])).toBeNull()
  })

  it('say when the last touch of trust was a moment together, and a reflection that day wins', () => {
    const headers = [...allButTrust('2026-11-20'), header('trust', '2026-09-01')]
    const moments = [{ kind: 'sealed' as const, on: '2026-10-01' }]
    expect(chooseNudge(headers, TODAY, null, moments)).toEqual({ themeId: 'trust', lastDate: '2026-10-01', weeks: 8, together: true })
    const sameDay = [...headers, header('trust', '2026-10-01')]
    expect(chooseNudge(sameDay, TODAY, null, moments)).toEqual({ themeId: 'trust', lastDate: '2026-10-01', weeks: 8 })
  })

  it('never count a moment dated after today', () => {
    const headers = [...allButTrust('2026-11-20'), header('self-love', '2026-09-20')]
    expect(chooseNudge(headers, TODAY, null, [{ kind: 'opened', on: '2026-11-27' }])).toMatchObject({ themeId: 'trust', lastDate: null })
  })
})

describe('home’s recent timeline', () => {
  it('is empty with nothing written, even with moments together', () => {
    expect(recentTimeline([], [{ kind: 'opened', on: TODAY }], TODAY)).toEqual([])
    expect(recentTimeline([header('trust', '2026-12-24')], [], TODAY)).toEqual([])
  })

  it('lists the five newest reflections up to today, newest first, with the moment days among them', () => {
    const headers = [
      header('trust', '2026-11-01', { title: 'oldest, left out' }),
      header('appreciation', '2026-11-20', { title: 'b' }),
      header('self-love', '2026-11-25', { title: 'a', createdAt: '2026-11-25T08:00:00.000Z' }),
      header('small-talk', '2026-11-25', { title: 'a later', createdAt: '2026-11-25T20:00:00.000Z' }),
      header('being-there', '2026-12-24', { title: 'after today' }),
      header('quality-time', '2026-11-10', { title: 'c' }),
      header('emotional-needs', '2026-11-05', { title: 'd' })
    ]
    const moments = [
      { kind: 'opened' as const, on: '2026-11-25' },
      { kind: 'revealed' as const, on: '2026-11-25' },
      { kind: 'asked' as const, on: '2026-11-26' },
      { kind: 'sealed' as const, on: '2026-11-12' },
      { kind: 'asked' as const, on: '2026-11-02' } // before the oldest shown: left out
    ]
    const entries = recentTimeline(headers, moments, TODAY)
    expect(entries.map((e) => (e.kind === 'reflection' ? `${e.date} ${e.title}` : `${e.date} ${e.moments.join('+')}`))).toEqual([
      '2026-11-26 asked',
      '2026-11-25 a later',
      '2026-11-25 a',
      '2026-11-25 revealed+opened',
      '2026-11-20 b',
      '2026-11-12 sealed',
      '2026-11-10 c',
      '2026-11-05 d'
    ])
    expect(entries[1]).toEqual({ kind: 'reflection', id: headers[3]!.id, themeId: 'small-talk', title: 'a later', date: '2026-11-25' })
  })

  it('shows at most three days together, the newest, and any before a short journal began', () => {
    const moments = ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-01-01'].map((on) => ({ kind: 'opened' as const, on }))
    const entries = recentTimeline([header('trust', '2026-11-10')], moments, TODAY)
    expect(entries.map((e) => e.date)).toEqual(['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-10'])
    const short = recentTimeline([header('trust', '2026-11-10')], [{ kind: 'sealed', on: '2026-01-01' }], TODAY)
    expect(short.map((e) => e.date)).toEqual(['2026-11-10', '2026-01-01'])
  })

  it('is worked out from 50,000 reflections quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      header(THEME_IDS[i % 7]!, new Date(Date.UTC(2012, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10))
    )
    const moments = [{ kind: 'opened' as const, on: TODAY }]
    const runs: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      recentTimeline(many, moments, TODAY)
      runs.push(performance.now() - started)
    }
    expect(Math.min(...runs)).toBeLessThan(30)
    const insights = insightsOf(many, TODAY, null, moments)
    expect(insights.recent).toHaveLength(6)
    expect(insights.recent[0]).toEqual({ kind: 'together', date: TODAY, moments: ['opened'] })
    expect(insights.together.allTime.trust).toBe(1)
  })
})
