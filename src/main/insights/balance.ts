// How the seven themes are balanced: reflections per theme in the last 30 days, the last 12
// months and all time, and beside them the moments together each theme counts (MOMENT_THEME).
// Windows end today, inclusive; anything dated after today counts in "all time" only.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { MOMENT_THEME, type BalanceWindow } from '../../shared/insights.ts'
import { THEME_IDS, type ThemeId } from '../../shared/themes.ts'
import { dateOfDay, dayNumber, twelveMonthsFrom } from './days.ts'
import type { DatedMoment } from './moments.ts'

type Balance = Record<BalanceWindow, Record<ThemeId, number>>

function zeros(): Record<ThemeId, number> {
  return Object.fromEntries(THEME_IDS.map((id) => [id, 0])) as Record<ThemeId, number>
}

function counted(entries: Iterable<{ themeId: ThemeId; date: string }>, today: string): Balance {
  const balance = { last30Days: zeros(), last12Months: zeros(), allTime: zeros() }
  // ISO dates compare as strings, so each entry costs three comparisons and no parsing.
  const from30 = dateOfDay(dayNumber(today) - 29)
  const from12 = dateOfDay(twelveMonthsFrom(today))
  for (const { themeId, date } of entries) {
    if (!(themeId in balance.allTime)) continue
    balance.allTime[themeId]++
    if (date > today) continue
    if (date >= from12) balance.last12Months[themeId]++
    if (date >= from30) balance.last30Days[themeId]++
  }
  return balance
}

export function themeBalance(headers: Iterable<ReflectionHeader>, today: string): Balance {
  return counted(headers, today)
}

/** Moments together per theme: each kind once a day, as the journal keeps them. */
export function togetherBalance(moments: Iterable<DatedMoment>, today: string): Balance {
  return counted(
    [...moments].map(({ kind, on }) => ({ themeId: MOMENT_THEME[kind], date: on })),
    today
  )
}
