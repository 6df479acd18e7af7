// A known journal for the insights tests (integration and browser), dated relative to the
// real today, since the backend counts from it.

import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { dateOfDay, dayNumber } from '../../src/main/insights/days.ts'
import type { ThemeId } from '../../src/shared/themes.ts'
import { paragraphDoc } from './backend.ts'

export const today = localDate()
export const daysAgo = (n: number) => dateOfDay(dayNumber(today) - n)
/** This month and day `n` years back (28 Feb for a 29 Feb, where there is none). */
export const yearsAgo = (n: number) => `${Number(today.slice(0, 4)) - n}${today.slice(4)}`.replace(/-02-29$/, '-02-28')

export async function write(backend: SevenfoldBackend, themeId: ThemeId, date: string, title = `${themeId} ${date}`): Promise<string> {
  return (await backend.reflections.create({ themeId, title, body: paragraphDoc(`Words for ${title}`), date })).id
}

/**
 * Every theme but appreciation written in within the last four weeks; appreciation five weeks
 * ago; one reflection a year ago today and one three years ago today. 11 writing days, the
 * last three in a row (today, yesterday, the day before).
 */
export async function knownJournal(backend: SevenfoldBackend): Promise<{ lastYear: string; longAgo: string }> {
  await write(backend, 'trust', today)
  await write(backend, 'trust', daysAgo(1))
  await write(backend, 'self-love', daysAgo(2))
  await write(backend, 'small-talk', daysAgo(4))
  await write(backend, 'emotional-needs', daysAgo(10))
  await write(backend, 'quality-time', daysAgo(20))
  await write(backend, 'being-there', daysAgo(25))
  await write(backend, 'appreciation', daysAgo(35))
  await write(backend, 'quality-time', daysAgo(200))
  const lastYear = await write(backend, 'being-there', yearsAgo(1), 'A year ago today')
  const longAgo = await write(backend, 'trust', yearsAgo(3), 'Three years ago today')
  return { lastYear, longAgo }
}

/** Per theme, in THEMES order, for each window of the known journal. */
export const KNOWN_BALANCE = {
  last30Days: { 'self-love': 1, 'emotional-needs': 1, trust: 2, 'quality-time': 1, 'small-talk': 1, appreciation: 0, 'being-there': 1 },
  last12Months: { 'self-love': 1, 'emotional-needs': 1, trust: 2, 'quality-time': 2, 'small-talk': 1, appreciation: 1, 'being-there': 1 },
  allTime: { 'self-love': 1, 'emotional-needs': 1, trust: 3, 'quality-time': 2, 'small-talk': 1, appreciation: 1, 'being-there': 2 }
} as const
