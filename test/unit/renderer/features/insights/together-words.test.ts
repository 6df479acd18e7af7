import { beforeAll, describe, expect, it } from 'vitest'
import type { BalanceWindow, Nudge } from '../../../../../src/shared/insights.ts'
import { THEME_IDS, type ThemeId } from '../../../../../src/shared/themes.ts'

// Renderer modules, imported by paths the Node project's compiler does not follow (as in
// calendar-dates.test.ts).
const BALANCE_WORDS = '../../../../../src/renderer/src/features/insights/balance-words.ts'
const WORDS = '../../../../../src/renderer/src/features/insights/words.ts'
let balanceSummary: (counts: Record<ThemeId, number>, window: BalanceWindow, together?: Record<ThemeId, number>) => string
let nudgeSentence: (nudge: Nudge) => string

beforeAll(async () => {
  ;({ balanceSummary } = (await import(BALANCE_WORDS)) as { balanceSummary: typeof balanceSummary })
  ;({ nudgeSentence } = (await import(WORDS)) as { nudgeSentence: typeof nudgeSentence })
})

const counts = (some: Partial<Record<ThemeId, number>>) => Object.fromEntries(THEME_IDS.map((id) => [id, some[id] ?? 0])) as Record<ThemeId, number>

describe('the insights’ words for moments together', () => {
  it('say the nudge’s last touch was in the vault when it was', () => {
    expect(nudgeSentence({ themeId: 'trust', lastDate: '2026-10-01', weeks: 8, together: true })).toBe(
      "It's been eight weeks since you wrote about trust or did something together in your vault."
    )
    expect(nudgeSentence({ themeId: 'trust', lastDate: '2026-10-01', weeks: 8 })).toBe("It's been eight weeks since you wrote about trust.")
  })

  it('rank the chart by reflections and moments, and name both', () => {
    const summary = balanceSummary(counts({ 'self-love': 2, appreciation: 1 }), 'last30Days', counts({ trust: 3 }))
    expect(summary).toBe(
      'Theme balance in the last 30 days: most in Trust each other (0 reflections and 3 moments together), least in Being there (0 reflections). The table beside it has every number.'
    )
    expect(balanceSummary(counts({ 'self-love': 2 }), 'allTime')).toMatch(/^Theme balance so far: most in Love yourself first \(2 reflections\)/)
  })
})
