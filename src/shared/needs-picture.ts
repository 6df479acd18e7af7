// Which needs keep coming back: over a window of the journal's needs check-ins, how often each
// need was first, second or third. A first place weighs 3, a second 2, a third 1, so the list
// leads with what was needed most and most often. Nothing here counts the days without one.

import { localDate } from './dates.ts'
import { NEED_IDS, NEEDS, pickKey, pickLabel, type NeedId, type NeedsCheckIn } from './needs.ts'

export const NEEDS_WINDOWS = ['last4Weeks', 'last3Months', 'allTime'] as const
export type NeedsWindow = (typeof NEEDS_WINDOWS)[number]

const WINDOW_DAYS: Record<NeedsWindow, number | null> = { last4Weeks: 28, last3Months: 91, allTime: null }
const WEIGHTS = [3, 2, 1] as const

export interface NeedTally {
  /** The need (pickKey): one of the eight, or the same own words however they were spaced or cased. */
  key: string
  /** Its label, or the own words as last written. */
  label: string
  /** Set for the eight. */
  id?: NeedId
  /** How many times it was first, second and third. */
  places: [number, number, number]
  weight: number
}

export interface DatedNeeds {
  date: string
  needs: NeedsCheckIn
}

/** The first day (YYYY-MM-DD) a window counts from, `today` being its last; null for all time. */
export function windowStart(window: NeedsWindow, today: Date): string | null {
  const days = WINDOW_DAYS[window]
  return days === null ? null : localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1)))
}

/** The needs named in `checkIns` from `from` (inclusive; null: all) to `today`, heaviest first. */
export function needsPicture(checkIns: Iterable<DatedNeeds>, from: string | null, today: string): NeedTally[] {
  const tallies = new Map<string, NeedTally & { latest: string }>()
  for (const { date, needs } of checkIns) {
    if ((from !== null && date < from) || date > today) continue
    needs.top.forEach((pick, index) => {
      const key = pickKey(pick)
      const id = (NEED_IDS as readonly string[]).includes(key) ? (key as NeedId) : undefined
      let tally = tallies.get(key)
      if (!tally) {
        tally = { key, label: id ? NEEDS[id].label : pickLabel(pick), ...(id ? { id } : {}), places: [0, 0, 0], weight: 0, latest: date }
        tallies.set(key, tally)
      }
      tally.places[index] = (tally.places[index] ?? 0) + 1
      tally.weight += WEIGHTS[index] ?? 0
      // Own words read as they were last written.
      if (!id && date >= tally.latest) {
        tally.label = pickLabel(pick)
        tally.latest = date
      }
    })
  }
  return [...tallies.values()]
    .map(({ latest: _, ...tally }) => tally)
    .sort((a, b) => b.weight - a.weight || b.places[0] - a.places[0] || a.label.localeCompare(b.label))
}

const TIMES = ['', 'once', 'twice']

/** "first twice, third once": the places a tally was named in, in words. */
export function placesInWords(places: readonly number[]): string {
  const names = ['first', 'second', 'third']
  return places
    .map((count, index) => (count === 0 ? null : `${names[index]} ${TIMES[count] ?? `${count} times`}`))
    .filter((part) => part !== null)
    .join(', ')
}
