// At most one gentle nudge: the theme left alone longest, once it has been left alone for four
// weeks. A theme never written in counts from the journal's first reflection, so a new journal
// is not nudged at once. "Not now" keeps that theme quiet until it is written in again, and
// keeps every nudge away for a week. A moment together counts as touching its theme
// (MOMENT_THEME: the vault is trust), so a couple busy in their vault is not told they have
// left trust alone; "Not now" still ends only with a reflection.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { MOMENT_THEME, NUDGE_AFTER_DAYS, NUDGE_PAUSE_DAYS, type Nudge, type NudgeDismissal } from '../../shared/insights.ts'
import { THEME_IDS, type ThemeId } from '../../shared/themes.ts'
import { dayNumber } from './days.ts'
import type { DatedMoment } from './moments.ts'

export function chooseNudge(
  headers: Iterable<ReflectionHeader>,
  today: string,
  dismissal: NudgeDismissal | null,
  moments: Iterable<DatedMoment> = []
): Nudge | null {
  const todayNumber = dayNumber(today)
  if (dismissal && todayNumber < dayNumber(dismissal.on) + NUDGE_PAUSE_DAYS) return null

  const lastDates = new Map<ThemeId, string>()
  let first: string | null = null
  let stillDismissed = dismissal !== null
  for (const { themeId, date, updatedAt } of headers) {
    // "Not now" holds until something in that theme is saved from then on.
    if (stillDismissed && themeId === dismissal!.themeId && updatedAt >= dismissal!.at) stillDismissed = false
    // Only what is dated up to today counts as touching a theme.
    if (date > today) continue
    if (first === null || date < first) first = date
    const last = lastDates.get(themeId)
    if (last === undefined || date > last) lastDates.set(themeId, date)
  }
  // A theme's newest day that was only a moment together (a reflection that day wins).
  const togetherOnly = new Set<ThemeId>()
  for (const { kind, on } of moments) {
    if (on > today) continue
    const themeId = MOMENT_THEME[kind]
    if (first === null || on < first) first = on
    const last = lastDates.get(themeId)
    if (last === undefined || on > last) {
      lastDates.set(themeId, on)
      togetherOnly.add(themeId)
    }
  }
  if (first === null) return null

  // Untouched longest first; a theme never written in before one written on the journal's first
  // day; then THEMES order.
  let chosen: { themeId: ThemeId; lastDate: string | null; since: string } | null = null
  for (const themeId of THEME_IDS) {
    if (stillDismissed && themeId === dismissal!.themeId) continue
    const lastDate = lastDates.get(themeId) ?? null
    const since = lastDate ?? first
    if (!chosen || since < chosen.since || (since === chosen.since && lastDate === null && chosen.lastDate !== null)) {
      chosen = { themeId, lastDate, since }
    }
  }
  if (!chosen) return null
  const days = todayNumber - dayNumber(chosen.since)
  if (days < NUDGE_AFTER_DAYS) return null
  const nudge: Nudge = { themeId: chosen.themeId, lastDate: chosen.lastDate, weeks: Math.floor(days / 7) }
  return togetherOnly.has(chosen.themeId) ? { ...nudge, together: true } : nudge
}
