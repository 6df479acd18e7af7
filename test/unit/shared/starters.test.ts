import { describe, expect, it } from 'vitest'
import { CONVERSATION_STARTERS, conversationStarterOfTheDay, NOTE_STARTERS, starterAtStart, starterOpening } from '../../../src/shared/starters.ts'
import { ARTICLE_SMALL_TALK, ARTICLE_TRUST } from './article-excerpts.ts'

const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? []

/** Runs of five words in a row: a sentence sharing one with the article echoes it too closely. */
function fiveWordRuns(text: string): Set<string> {
  const w = words(text)
  const runs = new Set<string>()
  for (let i = 0; i + 5 <= w.length; i++) runs.add(w.slice(i, i + 5).join(' '))
  return runs
}

const ARTICLE_RUNS = new Set([...fiveWordRuns(ARTICLE_TRUST), ...fiveWordRuns(ARTICLE_SMALL_TALK)])

function echoes(sentence: string): string[] {
  return [...fiveWordRuns(sentence)].filter((run) => ARTICLE_RUNS.has(run))
}

describe('starters for a sealed note', () => {
  it('are checked against the article in a way that would catch a borrowed phrase', () => {
    expect(echoes('Why not share your opinion about books and movies?')).not.toEqual([])
    expect(echoes('Tell them all of your secrets, and vice versa.')).not.toEqual([])
  })

  it('are a few, each non-empty, unique and in our own words', () => {
    expect(NOTE_STARTERS.length).toBeGreaterThanOrEqual(3)
    expect(NOTE_STARTERS.length).toBeLessThanOrEqual(8)
    for (const starter of NOTE_STARTERS) {
      expect(starter.trim()).toBe(starter)
      expect(starter).toMatch(/^[A-Z]/)
      expect(ARTICLE_TRUST.toLowerCase()).not.toContain(starter.toLowerCase())
      expect(echoes(starter), starter).toEqual([])
    }
    expect(new Set(NOTE_STARTERS.map((s) => s.toLowerCase())).size).toBe(NOTE_STARTERS.length)
  })

  it('begin a body with a space to write on after, and are known again until the writer changes them', () => {
    const first = NOTE_STARTERS[0]!
    expect(starterOpening(first)).toBe(`${first} `)
    expect(starterAtStart(`${first} I once ate your last biscuit.`)).toBe(first)
    expect(starterAtStart(first)).toBe(first)
    expect(starterAtStart(`${first.slice(0, -2)} I changed it`)).toBeNull()
    expect(starterAtStart('Dear Ben,')).toBeNull()
  })
})

describe('the conversation starter of the day', () => {
  it('has at least 40 light questions, unique, none echoing the article', () => {
    expect(CONVERSATION_STARTERS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CONVERSATION_STARTERS.map((q) => q.toLowerCase())).size).toBe(CONVERSATION_STARTERS.length)
    for (const question of CONVERSATION_STARTERS) {
      expect(question).toMatch(/^[A-Z].*\?$/)
      expect(question.length, question).toBeLessThanOrEqual(100)
      expect(echoes(question), question).toEqual([])
    }
  })

  it('is chosen by the date alone: the same all day, for both journals, whoever asks', () => {
    const morning = new Date(2025, 2, 14, 0, 0, 1)
    const night = new Date(2025, 2, 14, 23, 59, 59)
    expect(conversationStarterOfTheDay(night)).toBe(conversationStarterOfTheDay(morning))
    // Two journals open on the same day ask with their own Date objects: nothing else goes in.
    expect(conversationStarterOfTheDay(new Date(morning.getTime()))).toBe(conversationStarterOfTheDay(new Date(night.getTime())))
    expect(conversationStarterOfTheDay.length).toBe(1)
  })

  it('changes at midnight, and goes through every question before one comes back', () => {
    const night = new Date(2025, 2, 14, 23, 59, 59)
    const afterMidnight = new Date(2025, 2, 15, 0, 0, 0)
    expect(conversationStarterOfTheDay(afterMidnight)).not.toBe(conversationStarterOfTheDay(night))
    const seen = new Set<string>()
    for (let day = 0; day < CONVERSATION_STARTERS.length; day++) seen.add(conversationStarterOfTheDay(new Date(2025, 0, 1 + day, 8)))
    expect(seen.size).toBe(CONVERSATION_STARTERS.length)
  })

  it('turns on the local calendar day across a change to summer time, and for dates long ago', () => {
    // 30 March 2025 is 23 hours long in much of Europe; the day after is still the next question.
    const i = (d: Date) => CONVERSATION_STARTERS.indexOf(conversationStarterOfTheDay(d))
    const n = CONVERSATION_STARTERS.length
    expect(i(new Date(2025, 2, 31, 9))).toBe((i(new Date(2025, 2, 30, 9)) + 1) % n)
    expect(i(new Date(1969, 11, 31))).toBeGreaterThanOrEqual(0)
  })
})
