// How an occasion's day is said beside it: "Today", "Tomorrow", "Thursday, in 3 days",
// "Monday, 3 days ago", and beyond a week the date itself. Counted in local calendar days.

import { occasionStage } from '../../../../shared/occasions.ts'
import { formatDayWithWeekday } from '../../ui/dates.ts'

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' })

function dayOf(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number)
  return new Date(year!, month! - 1, day!)
}

const count = (n: number) => (n === 1 ? '1 day' : `${n} days`)

export function whenWords(on: string, today: Date): string {
  const { days } = occasionStage(on, today)
  if (days === 0) return 'Today'
  if (days === 1) return 'Tomorrow'
  if (days === -1) return 'Yesterday'
  const name = Math.abs(days) < 7 ? weekday.format(dayOf(on)) : formatDayWithWeekday(on)
  return days > 0 ? `${name}, in ${count(days)}` : `${name}, ${count(-days)} ago`
}

/** Whose moment it is, in words: the partner's name, or "your partner" with one journal. */
export function partnerWords(partner: string | null): string {
  return partner ?? 'your partner'
}

/** The way to be there, as the screens say it to its writer (the body keeps it as "How I could be there"). */
export const LINE_LABEL = 'How you could be there'
