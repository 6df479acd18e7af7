// Issue 17, item 2: the needs check-in's shape as the journal and the vault keep it, its body,
// and the words it shows (ours, not the article's).

import { describe, expect, it } from 'vitest'
import { needsContract } from '../../../src/shared/contract-needs.ts'
import {
  isNeedsCheckIn,
  keptNeeds,
  NEED_IDS,
  NEEDS,
  needsBody,
  needsProblem,
  pickKey,
  pickLabel,
  placeName,
  type NeedsCheckIn
} from '../../../src/shared/needs.ts'
import { placesInWords } from '../../../src/shared/needs-picture.ts'
import { richTextProblem, richTextToPlain } from '../../../src/shared/rich-text.ts'

const save = needsContract.needs.save.input

// The article's paragraphs on needs (seed/seven-ways-article.txt, outside this repository), as test data only.
const ARTICLE_NEEDS =
  'Every individual has different emotional needs, which depend on their mental and psychological development. Therefore, when you want to have emotional intimacy with your partner, one of the first things to do is identifying each other’s emotional needs. Emotional needs are expressed in many forms. Some of them include the need to be heard, touched, considered, encouraged, nurtured, accepted, understood, and forgiven. You and your partner surely have different needs and priorities. For this reason, don’t hesitate to talk about your relationship to find and identify your emotional needs together.'

describe('a needs check-in', () => {
  it('names eight needs, each with a label and a line of our own', () => {
    expect(NEED_IDS).toHaveLength(8)
    for (const id of NEED_IDS) {
      expect(NEEDS[id].label).toMatch(/^To be [a-z]+$/)
      expect(NEEDS[id].description.length).toBeGreaterThan(20)
      expect(NEEDS[id].description.length).toBeLessThan(90)
    }
    const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? []
    const theirs = words(ARTICLE_NEEDS).join(' ')
    for (const id of NEED_IDS) {
      const ours = words(NEEDS[id].description)
      for (let i = 0; i + 5 <= ours.length; i++) expect(theirs, NEEDS[id].description).not.toContain(ours.slice(i, i + 5).join(' '))
    }
  })

  it('is one to three different needs, of the eight or in a few words of one’s own, and a line if one was written', () => {
    const good: NeedsCheckIn = { top: [{ id: 'heard' }, { own: 'Time outdoors' }], line: 'A long week' }
    expect(needsProblem(good)).toBeNull()
    expect(isNeedsCheckIn({ top: [{ id: 'forgiven' }] })).toBe(true)
    const bad: unknown[] = [
      null,
      [],
      { top: [] },
      { top: [{ id: 'heard' }, { id: 'touched' }, { id: 'accepted' }, { id: 'forgiven' }] },
      { top: [{ id: 'heard' }, { id: 'heard' }] },
      { top: [{ id: 'heard' }, { own: 'to be  Heard' }] },
      { top: [{ own: 'Tea' }, { own: ' tea' }] },
      { top: [{ own: ' Tea' }] },
      { top: [{ own: '' }] },
      { top: [{ own: 'x'.repeat(81) }] },
      { top: [{ id: 'admired' }] },
      { top: [{ id: 'constructor' }] },
      { top: [{ id: 'heard', own: 'x' }] },
      { top: [{ id: 'heard' }], line: '' },
      { top: [{ id: 'heard' }], line: ' padded ' },
      { top: [{ id: 'heard' }], line: 'x'.repeat(281) },
      { top: [{ id: 'heard' }], extra: true },
      { top: 'heard' }
    ]
    for (const value of bad) expect(needsProblem(value), JSON.stringify(value)).not.toBeNull()
  })

  it('keeps own words trimmed and leaves an empty line out; counts own words that name one of the eight as that need', () => {
    expect(keptNeeds([{ own: '  Sleep ' }, { id: 'heard' }], '   ')).toEqual({ top: [{ own: 'Sleep' }, { id: 'heard' }] })
    expect(keptNeeds([{ id: 'heard' }], ' Soon ')).toEqual({ top: [{ id: 'heard' }], line: 'Soon' })
    expect(pickKey({ own: 'To Be  Understood' })).toBe('understood')
    expect(pickKey({ own: 'understood' })).toBe('understood')
    expect(pickKey({ own: 'Time  Outdoors' })).toBe('own:time outdoors')
    // Invisible characters and other forms of the same letters do not make another need.
    expect(pickKey({ own: 'To be heard\u200b' })).toBe('heard')
    expect(pickKey({ own: 'To\u00a0be \u2060heard' })).toBe('heard')
    expect(pickKey({ own: '\uff34o be heard' })).toBe('heard')
    expect(pickKey({ own: 'Te\u0301a' })).toBe(pickKey({ own: 'T\u00e9a' }))
    expect(save.safeParse({ top: [{ id: 'heard' }, { own: 'To be heard\u200b' }] }).success).toBe(false)
    expect(save.safeParse({ top: [{ own: 'Tea\u200d' }, { own: 'tea' }] }).success).toBe(false)
    expect(save.safeParse({ top: [{ own: 'Tea' }, { own: 'Coffee' }] }).success).toBe(true)
    expect(pickLabel({ id: 'nurtured' })).toBe('To be nurtured')
    expect(placeName(0)).toBe('First')
  })

  it('has a body of labelled paragraphs, in order, that the contract takes as a body', () => {
    const body = needsBody({ top: [{ id: 'heard' }, { own: 'Time outdoors' }, { id: 'touched' }], line: 'A long week' })
    expect(richTextProblem(body)).toBeNull()
    expect(richTextToPlain(body)).toBe('1. To be heard\n2. Time outdoors\n3. To be touched\nA line about it: A long week')
    expect(body.content![0]!.content![0]).toEqual({ type: 'text', text: '1.', marks: [{ type: 'bold' }] })
    expect(richTextToPlain(needsBody({ top: [{ id: 'forgiven' }] }))).toBe('1. To be forgiven')
  })

  it('is taken by the contract trimmed, and refused with the field that is wrong', () => {
    expect(save.parse({ top: [{ own: ' Tea ' }, { id: 'heard' }], line: ' x ' })).toEqual({ top: [{ own: 'Tea' }, { id: 'heard' }], line: 'x' })
    const field = (payload: unknown) => save.safeParse(payload).error?.issues[0]?.path.join('.')
    expect(field({ top: [] })).toBe('top')
    expect(field({ top: [{ id: 'heard' }, { own: 'To be heard' }] })).toBe('top')
    expect(field({ top: [{ id: 'heard' }, { own: 'x'.repeat(81) }] })).toBe('top.1.own')
    expect(field({ top: [{}] })).toBe('top.0')
    expect(field({ top: [{ id: 'heard' }], line: 'x'.repeat(281) })).toBe('line')
    expect(field({ top: [{ id: 'heard' }], mood: 'fine' })).toBe('')
  })

  it('says a need’s places in words', () => {
    expect(placesInWords([2, 0, 1])).toBe('first twice, third once')
    expect(placesInWords([0, 5, 0])).toBe('second 5 times')
  })
})
