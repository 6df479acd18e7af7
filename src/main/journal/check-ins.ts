// The daily check-in (issue 17, item 5): at most one a day, a reflection of the small talk theme
// whose header holds its three lines (see src/shared/check-ins.ts). Saving again on the same day
// of this computer's calendar changes that day's; the first save on a new day makes a new one.

import { CHECK_IN_TITLE, checkInBody, type CheckInLines } from '../../shared/check-ins.ts'
import type { ReflectionHeader } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import { AppError } from '../../shared/errors.ts'
import type { ReflectionChanges } from './reflection-header.ts'
import type { Journal } from './journal.ts'

/** The check-in of `date` (YYYY-MM-DD) in this journal, if there is one. */
export function checkInOn(journal: Journal, date: string): ReflectionHeader | null {
  for (const header of journal.headers()) if (header.checkIn && header.date === date) return header
  return null
}

/** Saves today's check-in: the day's own if it has one, else a new one. Answers its header. */
export function saveCheckIn(journal: Journal, lines: CheckInLines, now: Date): ReflectionHeader {
  const today = localDate(now)
  const fields = { title: CHECK_IN_TITLE, body: checkInBody(lines), checkIn: lines }
  const existing = checkInOn(journal, today)
  if (existing) return journal.update({ id: existing.id, ...fields }, now)
  journal.create({ themeId: 'small-talk', date: today, ...fields }, now)
  return checkInOn(journal, today)!
}

/**
 * A check-in is changed only as one (its three lines, on its own day): an ordinary edit of its
 * body, title, theme or day would leave its lines and its words apart, or two on one day; and it
 * was started from no prompt, so none is added to it.
 */
export function refuseCheckInEdit(journal: Journal, changes: ReflectionChanges): void {
  if (!journal.isCheckIn(changes.id)) return
  if (changes.body || changes.title !== undefined || changes.themeId || changes.date || changes.prompt !== undefined) {
    throw new AppError('INVALID_INPUT', 'A check-in is changed on the small talk page, where it was written.')
  }
}
