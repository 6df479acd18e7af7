// Issue 17, item 2: the needs check-in in a real journal over real SQLite, and its picture over
// time from what the journal lists (needs-picture.ts, as the theme page draws it).

import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { localDate } from '../../src/shared/dates.ts'
import { NEEDS_TITLE, type NeedsCheckIn } from '../../src/shared/needs.ts'
import { needsPicture, windowStart } from '../../src/shared/needs-picture.ts'
import { richTextToPlain } from '../../src/shared/rich-text.ts'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'
import { manualClock, refusal } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const DAY = 86_400_000

const NEEDS: NeedsCheckIn = { top: [{ id: 'heard' }, { own: 'A quiet Sunday morning' }, { id: 'encouraged' }], line: 'The new job is a lot' }

async function ana() {
  const { backend, dataDir } = await newBackend()
  const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  return { backend, dataDir, profileId }
}

describe('the needs check-in', () => {
  it('is one a day: a second save the same day changes it, the next day makes another; its needs come back from the header', async () => {
    const { backend, profileId } = await ana()
    const first = await backend.needs.save({ top: NEEDS.top, line: `  ${NEEDS.line}  ` })
    expect(first).toMatchObject({ themeId: 'emotional-needs', date: localDate(new Date(clock.now())), title: NEEDS_TITLE, titled: true, needs: NEEDS })
    clock.advance(60_000)
    const changed: NeedsCheckIn = { top: [{ id: 'touched' }, { id: 'heard' }] }
    const second = await backend.needs.save({ top: changed.top, line: ' ' })
    expect(second.id).toBe(first.id)
    expect(second.needs).toEqual(changed)
    expect(await backend.reflections.list({ themeId: 'emotional-needs' })).toHaveLength(1)

    clock.advance(DAY)
    const tomorrow = await backend.needs.save({ top: [{ own: '  Sleep  ' }] })
    expect(tomorrow.id).not.toBe(first.id)
    expect(tomorrow.needs).toEqual({ top: [{ own: 'Sleep' }] })

    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    const listed = new Map((await backend.reflections.list()).map((r) => [r.id, r]))
    expect(listed.get(first.id)!.needs).toEqual(changed)
    expect(listed.get(tomorrow.id)!.needs).toEqual({ top: [{ own: 'Sleep' }] })
    // The body says them in order, labelled, so search, print and export read it as it is.
    await backend.needs.save({ top: NEEDS.top, line: NEEDS.line })
    const body = richTextToPlain((await backend.reflections.get({ id: tomorrow.id })).body)
    expect(body).toBe('1. To be heard\n2. A quiet Sunday morning\n3. To be encouraged\nA line about it: The new job is a lot')
    const found = await backend.search.query({ text: 'quiet sunday' })
    expect(found.hits.map((hit) => ('id' in hit ? hit.id : null))).toContain(tomorrow.id)
  })

  it('is refused with no need, more than three, the same need twice, or words that are not a few; an ordinary edit cannot change it', async () => {
    const { backend } = await ana()
    const refused = async (payload: unknown) => (await dispatch(backend, 'needs.save', payload)) as { ok: boolean; error?: { code: string; field: string } }
    expect(await refused({ top: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'top' } })
    expect(await refused({ top: [{ id: 'heard' }, { id: 'touched' }, { id: 'accepted' }, { id: 'forgiven' }] })).toMatchObject({
      error: { field: 'top' }
    })
    expect(await refused({ top: [{ id: 'heard' }, { id: 'heard' }] })).toMatchObject({ error: { field: 'top' } })
    // Own words that are one of the eight are that need.
    expect(await refused({ top: [{ id: 'heard' }, { own: ' to be  HEARD ' }] })).toMatchObject({ error: { field: 'top' } })
    expect(await refused({ top: [{ own: 'Tea' }, { own: 'tea' }] })).toMatchObject({ error: { field: 'top' } })
    expect(await refused({ top: [{ own: 'x'.repeat(81) }] })).toMatchObject({ error: { field: 'top.0.own' } })
    expect(await refused({ top: [{ own: '   ' }] })).toMatchObject({ error: { field: 'top.0.own' } })
    expect(await refused({ top: [{ id: 'admired' }] })).toMatchObject({ error: { field: 'top.0.id' } })
    expect(await refused({ top: [{ id: 'heard', own: 'both' }] })).toMatchObject({ error: { field: 'top.0' } })
    expect(await refused({ top: [{ id: 'heard', extra: 1 }] })).toMatchObject({ error: { field: 'top.0' } })
    expect(await refused({ top: [{ id: 'heard' }], line: 'x'.repeat(281) })).toMatchObject({ error: { field: 'line' } })
    expect(await backend.reflections.list()).toEqual([])

    const { id } = await backend.needs.save({ top: NEEDS.top, line: NEEDS.line })
    const changes = [
      { body: paragraphDoc('other words') },
      { title: 'Mine' },
      { date: '2020-01-01' },
      { themeId: 'trust' as const },
      { prompt: 'Planted' },
      { prompt: null }
    ]
    for (const change of changes) {
      expect((await refusal(backend.reflections.update({ id, ...change }))).code).toBe('INVALID_INPUT')
    }
    expect((await backend.reflections.get({ id })).needs).toEqual(NEEDS)
    expect((await backend.reflections.get({ id })).prompt).toBeNull()
    // An ordinary reflection of the same theme and day is no needs check-in and is left alone.
    const plain = await backend.reflections.create({ themeId: 'emotional-needs', title: 'Needs', body: paragraphDoc('Some thoughts.') })
    expect((await backend.needs.save({ top: [{ id: 'nurtured' }] })).id).toBe(id)
    expect((await backend.reflections.get({ id: plain.id })).needs).toBeUndefined()
    await backend.reflections.update({ id: plain.id, title: 'Still mine to change' })
  })

  it('makes a picture of which needs keep coming back, first places weighing most, over the window chosen', async () => {
    const { backend } = await ana()
    // Ten weeks ago, then the last three weeks.
    const days: Array<NeedsCheckIn['top']> = [
      [{ id: 'forgiven' }, { id: 'heard' }],
      [{ id: 'heard' }, { id: 'touched' }, { own: 'Time outdoors' }],
      [{ id: 'touched' }, { id: 'heard' }],
      [{ id: 'heard' }, { own: 'time  OUTDOORS' }]
    ]
    const steps = [0, 49, 7, 7]
    for (const [i, top] of days.entries()) {
      clock.advance(steps[i]! * DAY)
      await backend.needs.save({ top })
    }
    const today = new Date(clock.now())
    const listed = (await backend.reflections.list({ themeId: 'emotional-needs' })).flatMap((r) => (r.needs ? [{ date: r.date, needs: r.needs }] : []))
    expect(listed).toHaveLength(4)

    const recent = needsPicture(listed, windowStart('last4Weeks', today), localDate(today))
    expect(recent.map((t) => [t.label, t.places, t.weight])).toEqual([
      ['To be heard', [2, 1, 0], 8],
      ['To be touched', [1, 1, 0], 5],
      // Own words the same but for case and spacing count as one, read as last written.
      ['time  OUTDOORS', [0, 1, 1], 3]
    ])
    const all = needsPicture(listed, windowStart('allTime', today), localDate(today))
    expect(all.map((t) => [t.key, t.weight])).toEqual([
      ['heard', 10],
      ['touched', 5],
      ['forgiven', 3],
      ['own:time outdoors', 3]
    ])
    expect(needsPicture(listed, windowStart('last4Weeks', new Date(clock.now() + 60 * DAY)), localDate(new Date(clock.now() + 60 * DAY)))).toEqual([])
  })
})
