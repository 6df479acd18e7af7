// The insights' sentences: numbers said plainly, never as a score to keep up.

import type { Nudge } from '../../../../shared/insights.ts'
import type { ThemeId } from '../../../../shared/themes.ts'

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** "five", or "42" past twelve. */
export function inWords(n: number): string {
  return SMALL[n] ?? n.toLocaleString()
}

/** How a theme is named inside a sentence ("since you wrote about appreciation"). */
export const THEME_IN_A_SENTENCE: Record<ThemeId, string> = {
  'self-love': 'being kind to yourself',
  'emotional-needs': "each other's needs",
  trust: 'trust',
  'quality-time': 'time together',
  'small-talk': 'small talk',
  appreciation: 'appreciation',
  'being-there': 'being there for each other'
}

/** A theme's title on the chart: as written, broken into two lines at the middle-most space when long. */
export function labelLines(title: string): string[] {
  if (title.length <= 14) return [title]
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index)
  const at = spaces.reduce((best, i) => (Math.abs(i - title.length / 2) < Math.abs(best - title.length / 2) ? i : best))
  return [title.slice(0, at), title.slice(at + 1)]
}

/** "five weeks", "about four months", "more than a year". */
export function howLong(weeks: number): string {
  if (weeks <= 12) return weeks === 1 ? 'a week' : `${inWords(weeks)} weeks`
  if (weeks < 52) return `about ${inWords(Math.round(weeks / 4.35))} months`
  return weeks < 104 ? 'more than a year' : `more than ${inWords(Math.floor(weeks / 52))} years`
}

export function yearsAgo(date: string, today: Date): string {
  const years = today.getFullYear() - Number(date.slice(0, 4))
  return years === 1 ? 'A year ago' : `${inWords(years).replace(/^./, (c) => c.toUpperCase())} years ago`
}

export function days(n: number): string {
  return n === 1 ? 'one day' : `${inWords(n)} days`
}

export function nudgeSentence(nudge: Nudge): string {
  const about = THEME_IN_A_SENTENCE[nudge.themeId]
  // Its last touch was a moment together, not writing: say so rather than "since you wrote".
  if (nudge.together) return `It's been ${howLong(nudge.weeks)} since you wrote about ${about} or did something together in your vault.`
  return nudge.lastDate === null ? `You haven't written about ${about} yet.` : `It's been ${howLong(nudge.weeks)} since you wrote about ${about}.`
}
