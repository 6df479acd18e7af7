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

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string
  /** In the order they were written. */
  reflections: CalendarReflection[]
}

export interface CalendarMonth {
  /** YYYY-MM */
  month: string
  /** Only the days with reflections, earliest first. */
  days: CalendarDay[]
}

export interface CalendarYear {
  year: number
  /** Only the days with reflections, earliest first. */
  days: { date: string; count: number }[]
  total: number
}
