// What the home screen shows about one's own journal: reflections from this day in earlier
// years, how the seven themes are balanced, at most one gentle nudge, and writing days.
// Worked out in the main process from the open journal's headers (src/main/insights/).
// The renderer imports this file, so it holds no zod (whose checks would trip the CSP).

import type { MomentKind } from './calendar.ts'
import type { ThemeId } from './themes.ts'

/** A theme counts as untouched for a nudge after this many days without a reflection. */
export const NUDGE_AFTER_DAYS = 28
/** After "Not now", no other nudge for this many days. */
export const NUDGE_PAUSE_DAYS = 7
/** At most this many "on this day" reflections, newest year first. */
export const ON_THIS_DAY_LIMIT = 6

/** At most this many reflections in home's "Lately", newest first. */
export const RECENT_LIMIT = 5
/** At most this many days of moments together among them. */
export const RECENT_TOGETHER_DAYS = 3

/**
 * The theme a moment together counts towards in the balance and the nudge. What is done in the
 * vault is trust (telling each other things, sealing them for both, opening them only when both
 * are there), but a practice counts for its own theme: a thank-you note for appreciation, a
 * check-in's line for the other for small talk, a needs check-in shared for each other's
 * needs, a time together logged for quality time. Only the moments this partner's own journal
 * kept, so only what they took part in.
 */
export const MOMENT_THEME: Record<MomentKind, ThemeId> = {
  asked: 'trust',
  answered: 'trust',
  revealed: 'trust',
  sealed: 'trust',
  opened: 'trust',
  thanked: 'appreciation',
  told: 'small-talk',
  'shared-needs': 'emotional-needs',
  spent: 'quality-time'
}

export const BALANCE_WINDOWS = ['last30Days', 'last12Months', 'allTime'] as const
export type BalanceWindow = (typeof BALANCE_WINDOWS)[number]

export interface OnThisDay {
  id: string
  themeId: ThemeId
  title: string
  /** Its own date, YYYY-MM-DD: the same month and day in an earlier year (29 Feb shows on 28 Feb in other years). */
  date: string
  excerpt: string
}

export interface Nudge {
  themeId: ThemeId
  /** The theme's newest reflection or moment together, or null if it has neither yet. */
  lastDate: string | null
  /** Whole weeks since then (since the journal's first reflection or moment when the theme has none). */
  weeks: number
  /** Present when that newest day was a moment together, not a reflection. */
  together?: true
}

/** One line of home's "Lately": a reflection, or a day of moments together. */
export type RecentEntry =
  { kind: 'reflection'; id: string; themeId: ThemeId; title: string; date: string } | { kind: 'together'; date: string; moments: MomentKind[] }

export interface WritingDays {
  /** Days with at least one reflection, up to today. */
  days: number
  daysLast30: number
  /** Consecutive days up to today, or up to yesterday if nothing is written yet today. */
  currentRun: number
  longestRun: number
}

export interface Insights {
  onThisDay: OnThisDay[]
  /** Reflections per theme; each window ends today, inclusive. */
  balance: Record<BalanceWindow, Record<ThemeId, number>>
  /** Moments together per theme (MOMENT_THEME), in the same windows. */
  together: Record<BalanceWindow, Record<ThemeId, number>>
  /** The newest reflections up to today, with the days of moments together among them; empty with nothing written. */
  recent: RecentEntry[]
  nudge: Nudge | null
  writing: WritingDays
}

/** "Not now" on a nudge, kept in the partner's encrypted settings (checked by main/insights/dismissal.ts). */
export interface NudgeDismissal {
  themeId: ThemeId
  /** The local day it was dismissed: other nudges wait a week from it. */
  on: string
  /** When, as an ISO timestamp: a reflection in the theme saved from then on ends the dismissal. */
  at: string
}
