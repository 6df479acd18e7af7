// The needs check-in (issue 17, item 2): at most one a day, a reflection of the emotional needs
// theme whose header holds its needs and line (see src/shared/needs.ts). Saving again on the same
// day of this computer's calendar changes that day's; the first save on a new day makes a new
// one, so the picture over time counts each day once, as it was left.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import { AppError } from '../../shared/errors.ts'
import { keptNeeds, needsBody, NEEDS_TITLE, type NeedPick } from '../../shared/needs.ts'
import type { Journal } from './journal.ts'
import type { ReflectionChanges } from './reflection-header.ts'

/** The needs check-in of `date` (YYYY-MM-DD) in this journal, if there is one. */
export function needsOn(journal: Journal, date: string): ReflectionHeader | null {
  for (const header of journal.headers()) if (header.needs && header.date === date) return header
  return null
}

/** Saves today's needs check-in: the day's own if it has one, else a new one. Answers its header. */
export function saveNeeds(journal: Journal, top: readonly NeedPick[], line: string | undefined, now: Date): ReflectionHeader {
  const today = localDate(now)
  const needs = keptNeeds(top, line)
  const fields = { title: NEEDS_TITLE, body: needsBody(needs), needs }
  const existing = needsOn(journal, today)
  if (existing) return journal.update({ id: existing.id, ...fields }, now)
  journal.create({ themeId: 'emotional-needs', date: today, ...fields }, now)
  return needsOn(journal, today)!
}

/**
 * A needs check-in is changed only as one (on its theme's page, on its own day): an ordinary
 * edit of its body, title, theme or day would leave its needs and its words apart; and it was
 * started from no prompt, so none is added to it.
 */
export function refuseNeedsEdit(journal: Journal, changes: ReflectionChanges): void {
  if (!journal.isNeedsCheckIn(changes.id)) return
  if (changes.body || changes.title !== undefined || changes.themeId || changes.date || changes.prompt !== undefined) {
    throw new AppError('INVALID_INPUT', 'A needs check-in is changed on the “Know each other’s needs” page, where it was written.')
  }
}
