import { describe, expect, it } from 'vitest'
import { timeText } from '../../../src/shared/contract-time-together.ts'
import {
  isOneLine,
  isWeekStart,
  lastPlannableWeek,
  plannedFor,
  SEED_IDEAS,
  TIME_TEXT_MAX,
  weekStartOf,
  type TimeTogether
} from '../../../src/shared/time-together.ts'
import { ARTICLE_QUALITY_TIME } from './article-excerpts.ts'

const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? []

/** Runs of four words in a row: an idea sharing one with the article echoes it too closely. */
function fourWordRuns(text: string): Set<string> {
  const w = words(text)
  const runs = new Set<string>()
  for (let i = 0; i + 4 <= w.length; i++) runs.add(w.slice(i, i + 4).join(' '))
  return runs
}

const ARTICLE_RUNS = fourWordRuns(ARTICLE_QUALITY_TIME)
const echoes = (sentence: string) => [...fourWordRuns(sentence)].filter((run) => ARTICLE_RUNS.has(run))

describe('our ideas for time together', () => {
  it('are checked against the article in a way that would catch a borrowed phrase', () => {
    expect(echoes('Take a quick trip to the other side of the city')).not.toEqual([])
    expect(echoes('Put your phones for emails or messages away')).not.toEqual([])
  })

  it('are a dozen, each with its own id, one line in our own words that the contract would take', () => {
    expect(SEED_IDEAS).toHaveLength(12)
    expect(new Set(SEED_IDEAS.map((seed) => seed.id)).size).toBe(12)
    expect(new Set(SEED_IDEAS.map((seed) => seed.text.toLowerCase())).size).toBe(12)
    for (const { id, text } of SEED_IDEAS) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(text).toMatch(/^[A-Z]/)
      expect(text.length, text).toBeLessThanOrEqual(TIME_TEXT_MAX)
      expect(timeText.parse(text)).toBe(text)
      expect(echoes(text), text).toEqual([])
    }
  })

  it('cover the article’s spirit: a meal, an ice cream, a short trip across town, tidying to music, phones put away', () => {
    const all = SEED_IDEAS.map((seed) => seed.text.toLowerCase()).join(' | ')
    for (const word of ['cook', 'ice cream', 'part of town', 'tidy', 'album', 'phones']) expect(all).toContain(word)
  })
})

describe('a line of words', () => {
  it('is any script, emoji joined into one among them, without controls, separators, lone surrogates or direction changes', () => {
    for (const text of ['A walk', 'ארוחת ערב', 'عشاء', '👩‍❤️‍👨 together', 'Café «à deux»', '😀']) expect(isOneLine(text), text).toBe(true)
    for (const text of ['a\nb', 'a\rb', 'a\tb', 'a\u0000b', 'a\u007Fb', 'a\u0085b', 'a\u2028b', 'a\u2029b', '\uD800', 'x\uDFFF']) {
      expect(isOneLine(text), JSON.stringify(text)).toBe(false)
    }
    for (const mark of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(isOneLine(`a${mark}b`), mark).toBe(false)
  })
})

describe('the week a day falls in', () => {
  it('begins on the Monday before it, on the local calendar, Sunday closing the week', () => {
    // 7 to 13 July 2025 runs Monday to Sunday.
    for (let day = 7; day <= 13; day++) expect(weekStartOf(new Date(2025, 6, day, 23, 59))).toBe('2025-07-07')
    expect(weekStartOf(new Date(2025, 6, 14, 0, 0))).toBe('2025-07-14')
    expect(weekStartOf(new Date(2025, 6, 6, 12))).toBe('2025-06-30')
  })

  it('crosses months, years and a change to summer time', () => {
    expect(weekStartOf(new Date(2026, 0, 1, 9))).toBe('2025-12-29')
    expect(weekStartOf(new Date(2024, 2, 1, 9))).toBe('2024-02-26')
    // 30 March 2025, a Sunday 23 hours long in much of Europe; and the Monday after.
    expect(weekStartOf(new Date(2025, 2, 30, 23, 30))).toBe('2025-03-24')
    expect(weekStartOf(new Date(2025, 2, 31, 0, 30))).toBe('2025-03-31')
  })

  it('is a Monday, and only Mondays are weeks', () => {
    expect(isWeekStart(weekStartOf(new Date()))).toBe(true)
    expect(isWeekStart('2025-07-07')).toBe(true)
    expect(isWeekStart('2025-07-08')).toBe(false)
    expect(isWeekStart('2025-07-13')).toBe(false)
    expect(isWeekStart('nonsense')).toBe(false)
  })

  it('may be planned up to a year ahead: the Monday 52 weeks after this one, across a change of year and of clocks', () => {
    expect(lastPlannableWeek(new Date(2025, 6, 9, 12))).toBe('2026-07-06')
    expect(lastPlannableWeek(new Date(2025, 11, 31, 23, 30))).toBe('2026-12-28')
    expect(isWeekStart(lastPlannableWeek(new Date(2025, 2, 30, 23, 30)))).toBe(true)
  })

  it('names the ideas planned for it, and no others', () => {
    const idea = (id: string, planned: string | null) => ({ id, text: id, planned, isNew: false, addedAt: '2025-07-01T10:00:00.000Z' })
    const time: TimeTogether = { ideas: [idea('a', '2025-07-07'), idea('b', null), idea('c', '2025-06-30')], log: [], waitingIdeas: 0 }
    expect(plannedFor(time, '2025-07-07').map((i) => i.id)).toEqual(['a'])
  })
})
