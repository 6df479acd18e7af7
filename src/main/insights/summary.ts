// Everything the home screen shows about one's journal, from its headers and today's date.

import type { ReflectionHeader } from '../../shared/contract.ts'
import type { Insights, NudgeDismissal } from '../../shared/insights.ts'
import { themeBalance } from './balance.ts'
import { chooseNudge } from './nudge.ts'
import { onThisDay } from './on-this-day.ts'
import { writingDays } from './writing-days.ts'

export function insightsOf(headers: readonly ReflectionHeader[], today: string, dismissal: NudgeDismissal | null): Insights {
  return {
    onThisDay: onThisDay(headers, today),
    balance: themeBalance(headers, today),
    nudge: chooseNudge(headers, today, dismissal),
    writing: writingDays(headers, today)
  }
}
