// How the seven themes are balanced: reflections per theme in the last 30 days, the last 12
// months and all time. Windows end today, inclusive; a reflection dated after today counts in
// "all time" only.

import type { ReflectionHeader } from '../../shared/contract.ts'
import type { BalanceWindow } from '../../shared/insights.ts'
import { THEME_IDS, type ThemeId } from '../../shared/themes.ts'
import { dateOfDay, dayNumber, twelveMonthsFrom } from './days.ts'

function zeros(): Record<ThemeId, number> {
  return Object.fromEntries(THEME_IDS.map((id) => [id, 0])) as Record<ThemeId, number>
}

export function themeBalance(headers: Iterable<ReflectionHeader>, today: string): Record<BalanceWindow, Record<ThemeId, number>> {
  const balance = { last30Days: zeros(), last12Months: zeros(), allTime: zeros() }
  // ISO dates compare as strings, so each header costs three comparisons and no parsing.
  const from30 = dateOfDay(dayNumber(today) - 29)
  const from12 = dateOfDay(twelveMonthsFrom(today))
  for (const { themeId, date } of headers) {
    if (!(themeId in balance.allTime)) continue
    balance.allTime[themeId]++
    if (date > today) continue
    if (date >= from12) balance.last12Months[themeId]++
    if (date >= from30) balance.last30Days[themeId]++
  }
  return balance
}
