// Writing days: how many days have a reflection, and runs of consecutive days. Told without
// any pressure by the renderer; here they are only numbers.

import type { ReflectionHeader } from '../../shared/contract.ts'
import type { WritingDays } from '../../shared/insights.ts'
import { dayNumber } from './days.ts'

export function writingDays(headers: Iterable<ReflectionHeader>, today: string): WritingDays {
  const dates = new Set<string>()
  for (const { date } of headers) if (date <= today) dates.add(date)
  const days = [...dates].map(dayNumber).sort((a, b) => a - b)
  const last = dayNumber(today)

  let longestRun = 0
  let run = 0
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1]! + 1 ? run + 1 : 1
    if (run > longestRun) longestRun = run
  }
  // The run that ends with the newest day counts only if that day is today or yesterday.
  const newest = days.at(-1)
  const currentRun = newest !== undefined && newest >= last - 1 ? run : 0
  const daysLast30 = days.filter((d) => d > last - 30).length
  return { days: days.length, daysLast30, currentRun, longestRun }
}
