// What the calendar answers: the open journal's reflections by calendar day. Days are the
// reflection's own date ('2026-03-01', on the writer's calendar), so nothing shifts with time zones.

import type { ThemeId } from './themes.ts'

/** The years a calendar may be asked for: every year a stored date ('YYYY-MM-DD') can have. */
export const CALENDAR_YEARS = { first: 1, last: 9999 } as const

export interface CalendarReflection {
  id: string
  themeId: ThemeId
  title: string
}

/**
 * Something this partner did with the other, as their own journal recorded it (kind and day,
 * never words): asked a question to answer together, answered one, saw answers revealed, sealed
 * something into the vault, opened the vault together. Recorded from the day this was added.
 */
export const MOMENT_KINDS = ['asked', 'answered', 'revealed', 'sealed', 'opened', 'thanked', 'told', 'shared-needs', 'spent'] as const
export type MomentKind = (typeof MOMENT_KINDS)[number]

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string
  /** In the order they were written. */
  reflections: CalendarReflection[]
  /** What this partner did together with the other that day, each kind once, in MOMENT_KINDS order. */
  moments: MomentKind[]
}

export interface CalendarMonth {
  /** YYYY-MM */
  month: string
  /** Only the days with reflections or moments together, earliest first. */
  days: CalendarDay[]
  /** The other partner's display name, for "You and Ben…"; null when there is no other journal. */
  partnerName: string | null
}

export interface CalendarYear {
  year: number
  /** Only the days with reflections, earliest first. */
  days: { date: string; count: number }[]
  total: number
}
