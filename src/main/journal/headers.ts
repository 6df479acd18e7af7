// What the open journal's decrypted headers say, worked out without touching the file: their
// order in a list, and each theme's count and last day.

import type { ReflectionHeader, ThemeSummary } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import { THEME_IDS, type ThemeId } from '../../shared/themes.ts'
import type { StoredHeader } from './reflection-codec.ts'

/** Newest day first, then newest written. ISO dates and timestamps sort as plain strings; localeCompare would be twice as slow. */
export function newestFirst(a: ReflectionHeader, b: ReflectionHeader): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

/** Each of the seven themes in order, with how many reflections it holds and the day of the latest. */
export function themeSummaryOf(headers: Iterable<StoredHeader>): ThemeSummary[] {
  const summary = new Map<ThemeId, ThemeSummary>(THEME_IDS.map((themeId) => [themeId, { themeId, count: 0, lastWrittenDate: null }]))
  for (const header of headers) {
    const entry = summary.get(header.themeId)
    if (!entry) continue
    entry.count++
    // An occasion is dated on the day it is about, often ahead: it was written on the day it was noted.
    const written = header.occasion ? localDate(new Date(header.createdAt)) : header.date
    if (!entry.lastWrittenDate || written > entry.lastWrittenDate) entry.lastWrittenDate = written
  }
  return [...summary.values()]
}
