// Time together as the vault's index holds it (issue 17, item 4): each idea and each time logged
// is an entry of its own, dated by its day; an idea by the day it was added, on this computer's
// calendar, so a date range finds it as the couple would count it.

import { localDate } from '../../shared/dates.ts'
import type { TimeHit } from '../../shared/search.ts'
import type { TimeTogether } from '../../shared/time-together.ts'

export interface TimeEntry {
  id: string
  which: TimeHit['which']
  date: string
  /** The idea, or what they did. */
  words: string
}

export function timeEntries({ ideas, log }: TimeTogether): TimeEntry[] {
  return [
    ...ideas.map((idea): TimeEntry => ({ id: idea.id, which: 'idea', date: localDate(new Date(idea.addedAt)), words: idea.text })),
    ...log.map((time): TimeEntry => ({ id: time.id, which: 'logged', date: time.date, words: time.what }))
  ]
}

/** Whether `entry` is indexed as it now is (`before`: as it was indexed, if it was). */
export function sameEntry(before: TimeEntry | undefined, entry: TimeEntry): boolean {
  return before !== undefined && before.which === entry.which && before.date === entry.date && before.words === entry.words
}
