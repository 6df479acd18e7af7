// One month of the open journal, day by day, from the decrypted headers it holds in memory and
// the moments together it keeps. A single pass with a prefix test on each date: a 50,000-reflection
// journal takes a few milliseconds.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { MOMENT_KINDS, type CalendarDay, type CalendarMonth, type MomentKind } from '../../shared/calendar.ts'

/** What the calendar reads of a header. */
export type DatedHeader = Pick<ReflectionHeader, 'id' | 'themeId' | 'title' | 'date' | 'createdAt'>

// Within a day, the order they were written; the id settles ties, so the order never wobbles.
// Timestamps and ids compare as plain strings (localeCompare is slower and locale-bound).
function writtenFirst(a: DatedHeader, b: DatedHeader): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A moment together as the month reads it. */
export interface DatedMoment {
  kind: MomentKind
  on: string
}

/** The days of `month` ('YYYY-MM') that have reflections or moments together, earliest first. */
export function calendarMonth(
  headers: Iterable<DatedHeader>,
  month: string,
  { moments = [], partnerName = null }: { moments?: Iterable<DatedMoment>; partnerName?: string | null } = {}
): CalendarMonth {
  const prefix = `${month}-`
  const byDay = new Map<string, DatedHeader[]>()
  for (const header of headers) {
    if (!header.date.startsWith(prefix)) continue
    const day = byDay.get(header.date)
    if (day) day.push(header)
    else byDay.set(header.date, [header])
  }
  const together = new Map<string, Set<MomentKind>>()
  for (const { kind, on } of moments) {
    if (!on.startsWith(prefix)) continue
    const kinds = together.get(on) ?? new Set()
    together.set(on, kinds.add(kind))
  }
  const dates = [...new Set([...byDay.keys(), ...together.keys()])].sort()
  const days: CalendarDay[] = dates.map((date) => ({
    date,
    reflections: (byDay.get(date) ?? []).sort(writtenFirst).map(({ id, themeId, title }) => ({ id, themeId, title })),
    moments: MOMENT_KINDS.filter((kind) => together.get(date)?.has(kind))
  }))
  return { month, days, partnerName }
}
