// Home's "Lately": the newest reflections up to today, newest first, with the days of moments
// together among them. A moment day is shown only where it falls within the reflections shown
// (or anywhere, while the journal holds fewer than that), so the list stays short and in order.
// Nothing is shown until something is written.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { MOMENT_KINDS, type MomentKind } from '../../shared/calendar.ts'
import { RECENT_LIMIT, RECENT_TOGETHER_DAYS, type RecentEntry } from '../../shared/insights.ts'
import type { DatedMoment } from './moments.ts'

const newerFirst = (a: ReflectionHeader, b: ReflectionHeader) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0

export function recentTimeline(headers: Iterable<ReflectionHeader>, moments: Iterable<DatedMoment>, today: string): RecentEntry[] {
  // Keep only the newest few while passing, so 50,000 headers are never sorted.
  const newest: ReflectionHeader[] = []
  for (const header of headers) {
    if (header.date > today) continue
    if (newest.length === RECENT_LIMIT && newerFirst(header, newest.at(-1)!) >= 0) continue
    newest.push(header)
    newest.sort(newerFirst)
    if (newest.length > RECENT_LIMIT) newest.pop()
  }
  if (newest.length === 0) return []

  const from = newest.length === RECENT_LIMIT ? newest.at(-1)!.date : ''
  const days = new Map<string, Set<MomentKind>>()
  for (const { kind, on } of moments) {
    if (on > today || on < from) continue
    const kinds = days.get(on) ?? new Set<MomentKind>()
    days.set(on, kinds.add(kind))
  }
  const together = [...days.keys()]
    .sort()
    .reverse()
    .slice(0, RECENT_TOGETHER_DAYS)
    .map((date): RecentEntry => ({ kind: 'together', date, moments: MOMENT_KINDS.filter((kind) => days.get(date)!.has(kind)) }))

  const entries: RecentEntry[] = newest.map(({ id, themeId, title, date }) => ({ kind: 'reflection', id, themeId, title, date }))
  // Newest day first; on one day, what was written comes before what was done together.
  let at = 0
  for (const day of together) {
    while (at < entries.length && entries[at]!.date >= day.date) at++
    entries.splice(at, 0, day)
    at++
  }
  return entries
}
