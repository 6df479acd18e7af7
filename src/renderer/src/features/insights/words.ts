// The insights' sentences: numbers said plainly, never as a score to keep up.

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

/** Short names for the chart's axes, where the full titles would not fit. */
export const THEME_AXIS_NAME: Record<ThemeId, string> = {
  'self-love': 'Love yourself',
  'emotional-needs': 'Needs',
  trust: 'Trust',
  'quality-time': 'Time together',
  'small-talk': 'Small talk',
  appreciation: 'Thank you',
  'being-there': 'Being there'
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
