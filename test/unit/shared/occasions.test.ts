// Issue 17, item 7: where an occasion's day stands on this computer's calendar (coming up, on the
// day, after, gone), when home brings it up, its body and header, and the follow-up's prompts.

import { describe, expect, it } from 'vitest'
import { promptText } from '../../../src/shared/contract-fields.ts'
import { dayNumberOf, localDate, localDayNumber } from '../../../src/shared/dates.ts'
import { FOLLOW_UP_PROMPTS, followUpOrder, followUpPrompt } from '../../../src/shared/occasion-prompts.ts'
import {
  FOLLOW_UP_DAYS,
  isOccasionHeader,
  isOnHome,
  occasionBody,
  occasionStage,
  OCCASION_WHAT_MAX,
  SOON_DAYS,
  type Occasion
} from '../../../src/shared/occasions.ts'
import { richTextProblem, richTextToPlain } from '../../../src/shared/rich-text.ts'
import { ARTICLE_BEING_THERE } from './article-excerpts.ts'

// Built from local parts: the same calendar day in any time zone the tests run in.
const at = (day: number, hour = 12, minute = 0) => new Date(2026, 2, day, hour, minute)

const occasion = (on: string, more: Partial<Occasion> = {}): Occasion => ({
  id: 'x'.repeat(22),
  what: 'Interview',
  on,
  tone: null,
  line: '',
  asideAt: null,
  followUps: [],
  ...more
})

describe('an occasion’s day', () => {
  it('is later, soon, today, after or gone, counted in local calendar days', () => {
    expect(occasionStage('2026-03-20', at(12))).toEqual({ stage: 'later', days: 8 })
    expect(occasionStage('2026-03-19', at(12))).toEqual({ stage: 'soon', days: SOON_DAYS })
    expect(occasionStage('2026-03-13', at(12))).toEqual({ stage: 'soon', days: 1 })
    expect(occasionStage('2026-03-12', at(12))).toEqual({ stage: 'today', days: 0 })
    expect(occasionStage('2026-03-11', at(12))).toEqual({ stage: 'after', days: -1 })
    expect(occasionStage('2026-02-26', at(12))).toEqual({ stage: 'after', days: -FOLLOW_UP_DAYS })
    expect(occasionStage('2026-02-25', at(12))).toEqual({ stage: 'gone', days: -15 })
  })

  it('turns at local midnight, not at a fixed hour of the day', () => {
    expect(occasionStage('2026-03-13', at(12, 23, 59)).stage).toBe('soon')
    expect(occasionStage('2026-03-13', at(13, 0, 0)).stage).toBe('today')
    expect(occasionStage('2026-03-12', at(13, 0, 1)).stage).toBe('after')
    // Across the clocks changing (late March in Europe, mid-March in America) a day is still one day.
    expect(occasionStage('2026-04-02', at(27)).days).toBe(6)
    expect(dayNumberOf(localDate(at(29, 1)))).toBe(localDayNumber(at(29, 1)))
    // Years before 100 are years, not 1900 and after.
    expect(dayNumberOf('0050-01-02') - dayNumberOf('0050-01-01')).toBe(1)
    expect(dayNumberOf('0050-01-01')).toBeLessThan(dayNumberOf('1950-01-01'))
  })

  it('is on home from a week before until two weeks after, unless written about or put aside', () => {
    const today = at(12)
    expect(isOnHome(occasion('2026-03-20'), today)).toBe(false)
    expect(isOnHome(occasion('2026-03-15'), today)).toBe(true)
    expect(isOnHome(occasion('2026-03-12'), today)).toBe(true)
    expect(isOnHome(occasion('2026-03-01'), today)).toBe(true)
    expect(isOnHome(occasion('2026-02-20'), today)).toBe(false)
    expect(isOnHome(occasion('2026-03-12', { asideAt: '2026-03-12T10:00:00.000Z' }), today)).toBe(false)
    expect(isOnHome(occasion('2026-03-11', { followUps: [{ id: 'y'.repeat(22), date: '2026-03-11', title: 'After' }] }), today)).toBe(false)
  })
})

describe('an occasion’s body and header', () => {
  it('says each thing written after its label, as a valid document', () => {
    const body = occasionBody({ what: ' Ben’s interview ', line: ' Coffee first ', tone: 'hopeful' })
    expect(richTextProblem(body)).toBeNull()
    expect(richTextToPlain(body)).toBe('A moment to be there for: Ben’s interview\nWhat kind of moment: Something hopeful\nHow I could be there: Coffee first')
    expect(richTextToPlain(occasionBody({ what: 'Dentist', line: '  ' }))).toBe('A moment to be there for: Dentist')
  })

  it('is taken back from a header only in its own shape', () => {
    expect(isOccasionHeader({ what: 'Interview', line: '' })).toBe(true)
    expect(isOccasionHeader({ what: 'Interview', line: '', tone: 'hard', asideAt: '2026-03-12T10:00:00.000Z' })).toBe(true)
    for (const bad of [
      null,
      'Interview',
      { what: '', line: '' },
      { what: 'x'.repeat(OCCASION_WHAT_MAX + 1), line: '' },
      { what: 'Interview' },
      { what: 'Interview', line: '', tone: 'sad' },
      { what: 'Interview', line: '', asideAt: 5 }
    ]) {
      expect(isOccasionHeader(bad), JSON.stringify(bad)).toBe(false)
    }
  })
})

describe('the follow-up’s prompts', () => {
  it('offer good news and hard news, the hard first only for something noted as hard', () => {
    expect(FOLLOW_UP_PROMPTS.good.length).toBeGreaterThanOrEqual(2)
    expect(FOLLOW_UP_PROMPTS.hard.length).toBeGreaterThanOrEqual(2)
    expect(followUpOrder('hard')).toEqual(['hard', 'good'])
    for (const tone of [null, 'hopeful', 'celebration'] as const) expect(followUpOrder(tone)).toEqual(['good', 'hard'])
  })

  it('fit the contract’s prompt even with the longest words and name, and are ours, not the article’s', () => {
    const article = ARTICLE_BEING_THERE.toLowerCase()
    for (const ask of [...FOLLOW_UP_PROMPTS.good, ...FOLLOW_UP_PROMPTS.hard]) {
      const prompt = followUpPrompt('x'.repeat(OCCASION_WHAT_MAX), ask('y'.repeat(60)))
      expect(promptText.safeParse(prompt).success, prompt).toBe(true)
      const words = ask('your partner')
        .toLowerCase()
        .match(/[\p{L}']+/gu)!
      for (let i = 0; i + 5 <= words.length; i++) expect(article, ask('your partner')).not.toContain(words.slice(i, i + 5).join(' '))
    }
  })
})
