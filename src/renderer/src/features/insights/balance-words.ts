// The balance's words: the windows' names, and the chart's summary for screen readers, which
// names reflections and moments together apart.

import type { BalanceWindow } from '../../../../shared/insights.ts'
import { THEMES, themeById, type ThemeId } from '../../../../shared/themes.ts'

export const WINDOW_NAMES: Record<BalanceWindow, { label: string; inSentence: string }> = {
  last30Days: { label: 'Last 30 days', inSentence: 'in the last 30 days' },
  last12Months: { label: '12 months', inSentence: 'in the last 12 months' },
  allTime: { label: 'All time', inSentence: 'so far' }
}

// MOMENT_THEME (shared/insights.ts) counts most moments together there.
export const TRUST_TITLE = themeById('trust').title

export type Counts = Record<ThemeId, number>

function count(n: number): string {
  return n === 1 ? '1 reflection' : `${n.toLocaleString()} reflections`
}

function amount(reflections: number, moments: number): string {
  if (moments === 0) return count(reflections)
  return `${count(reflections)} and ${moments === 1 ? '1 moment' : `${moments.toLocaleString()} moments`} together`
}

/** What the chart shows, in a sentence or two, for screen readers. */
export function balanceSummary(counts: Counts, window: BalanceWindow, together?: Counts): string {
  const both = (theme: ThemeId) => counts[theme] + (together?.[theme] ?? 0)
  const said = (theme: ThemeId) => amount(counts[theme], together?.[theme] ?? 0)
  const sorted = [...THEMES].sort((a, b) => both(b.id) - both(a.id))
  const most = sorted[0]!
  const least = sorted.at(-1)!
  if (both(most.id) === both(least.id)) return `Theme balance ${WINDOW_NAMES[window].inSentence}: ${said(most.id)} in every theme.`
  return `Theme balance ${WINDOW_NAMES[window].inSentence}: most in ${most.title} (${said(most.id)}), least in ${least.title} (${said(least.id)}). The table beside it has every number.`
}
