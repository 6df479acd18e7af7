// Everything the home screen shows about one's journal, from its headers, the moments together
// it kept, and today's date.

import type { ReflectionHeader } from '../../shared/contract.ts'
import type { Insights, NudgeDismissal } from '../../shared/insights.ts'
import { themeBalance, togetherBalance } from './balance.ts'
import type { DatedMoment } from './moments.ts'
import { chooseNudge } from './nudge.ts'
import { onThisDay } from './on-this-day.ts'
import { recentTimeline } from './recent.ts'
import { writingDays } from './writing-days.ts'

export function insightsOf(
  headers: readonly ReflectionHeader[],
  today: string,
  dismissal: NudgeDismissal | null,
  moments: readonly DatedMoment[] = []
): Insights {
  return {
    onThisDay: onThisDay(headers, today),
    balance: themeBalance(headers, today),
    together: togetherBalance(moments, today),
    recent: recentTimeline(headers, moments, today),
    nudge: chooseNudge(headers, today, dismissal, moments),
    writing: writingDays(headers, today)
  }
}
