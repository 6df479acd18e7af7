// The calendar group: the open journal's reflections and moments together by day, for a month or
// a year. It also keeps those moments: when the session says the open journal's own partner took
// part in something together, the day goes into that journal (journal/moments.ts), nowhere else.

import type { Backend } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import type { SessionEvents } from '../app/session-events.ts'
import type { Journal, ProfileSettings } from '../journal/index.ts'
import { calendarMonth } from './month.ts'
import { calendarYear } from './year.ts'

export interface CalendarDeps {
  journal: () => Journal
  settings: () => ProfileSettings
  /** The journal open now, if any, and its settings (where its moments are kept). */
  opened: () => { profileId: string; settings: ProfileSettings } | null
  /** The other partner's display name, if there is another journal. */
  partnerName: () => string | null
  events: SessionEvents
  now: () => number
}

export function calendarHandlers(deps: CalendarDeps): Backend['calendar'] {
  deps.events.on('together', (profileId, kind) => {
    const open = deps.opened()
    // Only the partner who took part: the other's journal is not this one's to write in (or know).
    if (open?.profileId !== profileId) return
    try {
      open.settings.recordMoment({ kind, on: localDate(new Date(deps.now())) })
    } catch {
      // Keeping the day is a courtesy: it never undoes or fails what the two of them just did.
    }
  })
  return {
    month: async ({ month }) => calendarMonth(deps.journal().headers(), month, { moments: deps.settings().moments(), partnerName: deps.partnerName() }),
    year: async ({ year }) => calendarYear(deps.journal().headers(), year)
  }
}
