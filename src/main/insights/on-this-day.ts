// "On this day": reflections dated this month and day in earlier years, newest year first.
// Someone who wrote on 29 Feb sees it again on 28 Feb in the years without one.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { ON_THIS_DAY_LIMIT, type OnThisDay } from '../../shared/insights.ts'
import { isLeapYear } from './days.ts'

export function onThisDay(headers: Iterable<ReflectionHeader>, today: string, limit = ON_THIS_DAY_LIMIT): OnThisDay[] {
  const monthDay = today.slice(4)
  const alsoLeapDay = monthDay === '-02-28' && !isLeapYear(Number(today.slice(0, 4)))
  const year = today.slice(0, 4)
  const found: ReflectionHeader[] = []
  for (const header of headers) {
    const sameDay = header.date.endsWith(monthDay) || (alsoLeapDay && header.date.endsWith('-02-29'))
    if (sameDay && header.date.slice(0, 4) < year) found.push(header)
  }
  found.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  return found.slice(0, limit).map(({ id, themeId, title, date, excerpt }) => ({ id, themeId, title, date, excerpt }))
}
