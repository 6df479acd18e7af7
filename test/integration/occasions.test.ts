// Issue 17, item 7: being there for a moment in the partner's life. An occasion is noted, listed,
// followed up, put aside and changed over a real backend (real SQLite, real crypto); it comes
// back from its encrypted header after a lock, search and the calendar find it, an ordinary edit
// cannot change it, it never goes into the vault, and bad input is refused with a sentence.

import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { localDate } from '../../src/shared/dates.ts'
import { richTextToPlain } from '../../src/shared/rich-text.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { manualClock, refusal, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)

async function ana() {
  const { backend, dataDir } = await newBackend()
  const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  return { backend, dataDir, profileId }
}

describe('occasions: moments to be there for', () => {
  it('are noted on their day, come back from the header after a lock, and search and the calendar find them', async () => {
    const { backend, profileId } = await ana()
    const noted = await backend.occasions.note({ what: '  Ben’s job interview ', on: '2026-03-05', tone: 'hopeful', line: 'A good breakfast first' })
    expect(noted).toMatchObject({
      what: 'Ben’s job interview',
      on: '2026-03-05',
      tone: 'hopeful',
      line: 'A good breakfast first',
      asideAt: null,
      followUps: []
    })
    const plain = await backend.occasions.note({ what: 'Dentist', on: '2026-02-27' })
    expect(plain).toMatchObject({ tone: null, line: '' })

    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    // By day, the earlier first.
    expect((await backend.occasions.list()).map((o) => o.what)).toEqual(['Dentist', 'Ben’s job interview'])
    const reflection = await backend.reflections.get({ id: noted.id })
    expect(reflection).toMatchObject({ themeId: 'being-there', date: '2026-03-05', title: 'Ben’s job interview', titled: true })
    expect(reflection.occasion).toEqual({ what: 'Ben’s job interview', line: 'A good breakfast first', tone: 'hopeful' })
    const words = richTextToPlain(reflection.body)
    expect(words).toContain('A moment to be there for: Ben’s job interview')
    expect(words).toContain('What kind of moment: Something hopeful')
    expect(words).toContain('How I could be there: A good breakfast first')
    expect(richTextToPlain((await backend.reflections.get({ id: plain.id })).body)).toBe('A moment to be there for: Dentist')

    const found = await backend.search.query({ text: 'breakfast' })
    expect(found.hits.map((hit) => ('id' in hit ? hit.id : null))).toEqual([noted.id])
    // The theme was last written in on the day they were noted, not on the interview's day ahead.
    const summary = (await backend.themes.summary()).find((t) => t.themeId === 'being-there')!
    expect(summary).toMatchObject({ count: 2, lastWrittenDate: localDate(new Date(clock.now())) })
    const march = await backend.calendar.month({ month: '2026-03' })
    expect(march.days.find((day) => day.date === '2026-03-05')!.reflections.map((r) => r.id)).toEqual([noted.id])
  })

  it('is followed up by a reflection that names it, or put aside, and a change of day brings one put aside back', async () => {
    const { backend } = await ana()
    const { id } = await backend.occasions.note({ what: 'Ben’s scan results', on: '2026-03-01', tone: 'hard' })
    const other = await backend.occasions.note({ what: 'Ben’s concert', on: '2026-03-08', tone: 'celebration' })

    const after = await backend.reflections.create({
      themeId: 'being-there',
      title: 'After Ben’s scan results',
      body: paragraphDoc('We walked by the river and he talked.'),
      date: '2026-03-01',
      prompt: 'After “Ben’s scan results”: How did you listen to Ben? What seemed to help, and what did not?',
      followsUp: id
    })
    const [scan, concert] = await backend.occasions.list()
    expect(scan!.followUps).toEqual([{ id: after.id, date: '2026-03-01', title: 'After Ben’s scan results' }])
    expect(concert!.followUps).toEqual([])
    // The follow-up is an ordinary reflection: it can be edited, and it stays linked.
    await backend.reflections.update({ id: after.id, body: paragraphDoc('We walked by the river.') })
    expect((await backend.reflections.get({ id: after.id })).followsUp).toBe(id)
    expect((await backend.occasions.list())[0]!.followUps).toHaveLength(1)

    clock.advance(60_000)
    const aside = await backend.occasions.setAside({ id: other.id, aside: true })
    expect(aside.asideAt).toBe(new Date(clock.now()).toISOString())
    // Asked again, it keeps the first time; a change of its words keeps it aside, a change of day does not.
    clock.advance(60_000)
    expect((await backend.occasions.setAside({ id: other.id, aside: true })).asideAt).toBe(aside.asideAt)
    const reworded = await backend.occasions.change({ id: other.id, what: 'Ben’s first concert', on: '2026-03-08', tone: 'celebration', line: '' })
    expect(reworded).toMatchObject({ what: 'Ben’s first concert', asideAt: aside.asideAt })
    expect((await backend.reflections.get({ id: other.id })).title).toBe('Ben’s first concert')
    const moved = await backend.occasions.change({ id: other.id, what: 'Ben’s first concert', on: '2026-03-15', tone: null, line: 'Flowers' })
    expect(moved).toMatchObject({ on: '2026-03-15', tone: null, line: 'Flowers', asideAt: null })
    expect(richTextToPlain((await backend.reflections.get({ id: other.id })).body)).toBe(
      'A moment to be there for: Ben’s first concert\nHow I could be there: Flowers'
    )
    await backend.occasions.setAside({ id: other.id, aside: true })
    expect((await backend.occasions.setAside({ id: other.id, aside: false })).asideAt).toBeNull()

    // Deleting the follow-up leaves the occasion waiting again; deleting the occasion leaves the follow-up as it was.
    await backend.reflections.delete({ id: after.id })
    expect((await backend.occasions.list())[0]!.followUps).toEqual([])
    const again = await backend.reflections.create({ themeId: 'being-there', title: '', body: paragraphDoc('He is fine.'), followsUp: id })
    await backend.reflections.delete({ id })
    expect((await backend.occasions.list()).map((o) => o.id)).toEqual([other.id])
    expect((await backend.reflections.get({ id: again.id })).followsUp).toBe(id)
  })

  it('lists many follow-ups of each occasion once, by day, each with its own occasion', async () => {
    const { backend } = await ana()
    const first = await backend.occasions.note({ what: 'Ben’s new job', on: '2026-03-02' })
    const second = await backend.occasions.note({ what: 'Ben’s move', on: '2026-03-03' })
    const written: Record<string, string[]> = { [first.id]: [], [second.id]: [] }
    // Written out of day order, the two occasions' follow-ups mixed.
    for (let i = 0; i < 150; i++) {
      const followsUp = i % 3 === 0 ? second.id : first.id
      const date = `2026-04-${String(28 - (i % 28)).padStart(2, '0')}`
      const { id } = await backend.reflections.create({ themeId: 'being-there', title: `After ${i}`, body: paragraphDoc('Later.'), date, followsUp })
      written[followsUp]!.push(id)
    }
    const [job, move] = await backend.occasions.list()
    for (const [occasion, id] of [[job!, first.id] as const, [move!, second.id] as const]) {
      expect(occasion.id).toBe(id)
      expect(occasion.followUps.map((f) => f.id).sort()).toEqual([...written[id]!].sort())
      const days = occasion.followUps.map((f) => f.date)
      expect(days).toEqual([...days].sort())
    }
  })

  it('is changed only as an occasion, follows up only an occasion of this journal, and never goes into the vault', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const bens = await backend.occasions.note({ what: 'Ana’s exam', on: '2026-03-02' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })

    const { id } = await backend.occasions.note({ what: 'Ben’s interview', on: '2026-03-03' })
    for (const edit of [{ body: paragraphDoc('other') }, { title: 'Other' }, { date: '2026-04-01' }, { themeId: 'trust' as const }, { prompt: 'A prompt' }]) {
      expect((await refusal(backend.reflections.update({ id, ...edit }))).code, JSON.stringify(edit)).toBe('INVALID_INPUT')
    }
    expect((await backend.reflections.get({ id })).title).toBe('Ben’s interview')

    // Ben's occasion is in his journal, not Ana's; an ordinary reflection is no occasion.
    const plain = await backend.reflections.create({ themeId: 'being-there', title: 'x', body: paragraphDoc('y') })
    for (const followsUp of [bens.id, plain.id, 'A'.repeat(22)]) {
      const refused = await refusal(backend.reflections.create({ themeId: 'being-there', title: 'After', body: paragraphDoc('z'), followsUp }))
      expect(refused.code).toBe('NOT_FOUND')
    }
    for (const call of [
      backend.occasions.change({ id: plain.id, what: 'x', on: '2026-03-03', tone: null, line: '' }),
      backend.occasions.setAside({ id: bens.id, aside: true })
    ]) {
      expect((await refusal(call)).code).toBe('NOT_FOUND')
    }
    expect((await backend.reflections.list()).filter((r) => r.followsUp)).toEqual([])

    const refused = await refusal(backend.vaultShared.share({ id }))
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('stays in your journal') })
    expect((await backend.reflections.get({ id })).sharedAt).toBeUndefined()
  })

  it('refuses bad input with the field and a sentence', async () => {
    const { backend } = await ana()
    const cases: Array<[string, unknown, string]> = [
      ['occasions.note', { what: '   ', on: '2026-03-03' }, 'what'],
      ['occasions.note', { what: 'x'.repeat(121), on: '2026-03-03' }, 'what'],
      ['occasions.note', { what: 'Interview', on: '2026-02-30' }, 'on'],
      ['occasions.note', { what: 'Interview', on: 'Thursday' }, 'on'],
      ['occasions.note', { what: 'Interview', on: '2026-03-03', tone: 'sad' }, 'tone'],
      ['occasions.note', { what: 'Interview', on: '2026-03-03', line: 'x'.repeat(281) }, 'line'],
      ['occasions.note', { what: 'Interview', on: '2026-03-03', extra: 1 }, ''],
      ['occasions.change', { id: 'A'.repeat(22), what: 'Interview', on: '2026-03-03', line: '' }, 'tone'],
      ['occasions.setAside', { id: 'A'.repeat(22), aside: 'yes' }, 'aside'],
      ['reflections.create', { themeId: 'being-there', title: '', body: paragraphDoc('z'), followsUp: 'not an id!' }, 'followsUp']
    ]
    for (const [name, input, field] of cases) {
      const answer = await dispatch(backend, name, input)
      expect(answer, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String) } })
      if (field) expect(answer.ok === false && answer.error.field, name).toBe(field)
    }
    expect(await backend.occasions.list()).toEqual([])
    await backend.session.lock()
    expect((await refusal(backend.occasions.list())).code).toBe('LOCKED')
  })
})
