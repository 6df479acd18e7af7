// Time together (issue 17, item 4) on a real backend: our dozen ideas are put in once, an idea is
// added, planned for this week, logged and removed, all only while the vault is open; an idea
// dropped in sealed while it is locked joins the list, marked new, when the two of them open it
// together; the vault's re-key keeps them all; and none of it is among the secrets.

import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { SEED_IDEAS, weekStartOf } from '../../src/shared/time-together.ts'
import { localDate } from '../../src/shared/dates.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, NEW_PART_A, NEW_PART_B, rawDb, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

function vaultRows(dataDir: string): number {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT count(*) AS n FROM vault_secrets').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('time together in the vault', () => {
  it('puts our dozen ideas in once, and one removed stays removed', async () => {
    const { backend, dataDir } = await newBackend()
    await withVault(backend)
    const first = await backend.vaultTime.list()
    expect(first.ideas.map((idea) => idea.text)).toEqual(SEED_IDEAS.map((seed) => seed.text))
    expect(first.ideas.every((idea) => idea.planned === null && !idea.isNew && idea.authorId === undefined)).toBe(true)
    expect(first.log).toEqual([])
    expect(vaultRows(dataDir)).toBe(12)

    const removed = first.ideas[3]!
    const after = await backend.vaultTime.removeIdea({ id: removed.id })
    expect(after.ideas.map((idea) => idea.id)).not.toContain(removed.id)
    // Asked again, and after the vault is locked and opened again: still eleven.
    expect((await backend.vaultTime.list()).ideas).toHaveLength(11)
    await backend.vault.lock()
    await giveBoth(backend)
    expect((await backend.vaultTime.list()).ideas.map((idea) => idea.seedId)).not.toContain(removed.seedId)
    expect(vaultRows(dataDir)).toBe(11)
    // None of it is a secret: the secrets stay as they were, and search finds an idea as one (search-time-together.test.ts).
    expect(await backend.vaultSecrets.list()).toEqual([])
    expect((await backend.search.query({ text: 'ice cream', includeVault: true })).hits.map((hit) => hit.kind)).toEqual(['time'])
  })

  it('adds, plans for this week, logs (which takes it out of the plan) and removes', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const week = weekStartOf(new Date())
    const today = localDate()
    const added = await backend.vaultTime.addIdea({ text: '  Breakfast on the balcony  ' })
    const idea = added.ideas[0]!
    expect(idea).toMatchObject({ text: 'Breakfast on the balcony', planned: null, isNew: false })
    expect(added.ideas).toHaveLength(13)

    const planned = await backend.vaultTime.plan({ id: idea.id, week })
    expect(planned.ideas.filter((i) => i.planned === week).map((i) => i.id)).toEqual([idea.id])
    const logged = await backend.vaultTime.log({ date: today, what: idea.text, ideaId: idea.id })
    expect(logged.log).toMatchObject([{ date: today, what: 'Breakfast on the balcony', ideaId: idea.id }])
    expect(logged.ideas.find((i) => i.id === idea.id)).toMatchObject({ planned: null })

    const earlier = await backend.vaultTime.log({ date: '2026-01-10', what: 'A film at the old cinema' })
    expect(earlier.log.map((t) => t.what)).toEqual(['Breakfast on the balcony', 'A film at the old cinema'])
    const unplanned = await backend.vaultTime.plan({ id: idea.id, week })
    expect((await backend.vaultTime.plan({ id: idea.id, week: null })).ideas.find((i) => i.id === idea.id)!.planned).toBeNull()
    expect(unplanned.ideas.find((i) => i.id === idea.id)!.planned).toBe(week)

    const afterRemoval = await backend.vaultTime.removeLog({ id: earlier.log[1]!.id })
    expect(afterRemoval.log).toHaveLength(1)
    expect((await refusal(backend.vaultTime.removeLog({ id: earlier.log[1]!.id }))).code).toBe('NOT_FOUND')
    // An idea id is not a log entry's, nor a secret's.
    expect((await refusal(backend.vaultTime.removeLog({ id: idea.id }))).code).toBe('NOT_FOUND')
    expect((await refusal(backend.vaultSecrets.delete({ id: idea.id }))).code).toBe('NOT_FOUND')
    expect((await refusal(backend.vaultSecrets.get({ id: idea.id }))).code).toBe('NOT_FOUND')
  })

  it('refuses a day still to come, a week gone by, a day that is no Monday, and an idea that is not there', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const [idea] = (await backend.vaultTime.list()).ideas
    const tomorrow = new Date()
    tomorrow.setDate(tomorrow.getDate() + 2)
    expect((await refusal(backend.vaultTime.log({ date: localDate(tomorrow), what: 'Not yet' }))).code).toBe('INVALID_INPUT')
    const lastWeek = new Date()
    lastWeek.setDate(lastWeek.getDate() - 7)
    expect((await refusal(backend.vaultTime.plan({ id: idea!.id, week: weekStartOf(lastWeek) }))).field).toBe('week')
    // The contract's own checks, as a request from the renderer meets them.
    const notMonday = new Date(`${weekStartOf(new Date())}T12:00:00`)
    notMonday.setDate(notMonday.getDate() + 1)
    expect(await dispatch(backend, 'vaultTime.plan', { id: idea!.id, week: localDate(notMonday) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'week', message: 'The week must be the Monday a week begins on.' }
    })
    expect(await dispatch(backend, 'vaultTime.addIdea', { text: 'two\nlines' })).toMatchObject({ ok: false, error: { field: 'text' } })
    expect(await dispatch(backend, 'vaultTime.addIdea', { text: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { field: 'text' } })
    expect(await dispatch(backend, 'vaultTime.log', { date: '2026-02-30', what: 'x' })).toMatchObject({ ok: false, error: { field: 'date' } })
    expect(await dispatch(backend, 'vaultTime.sealIdea', { authorId: idea!.id, text: '   ' })).toMatchObject({ ok: false, error: { field: 'text' } })
    expect((await refusal(backend.vaultTime.log({ date: localDate(), what: 'x', ideaId: 'no-such-idea-anywhere' }))).code).toBe('NOT_FOUND')
    expect((await backend.vaultTime.list()).log).toEqual([])
  })

  it('is only for the open vault: locked, every change is refused and nothing is written', async () => {
    const { backend, dataDir } = await newBackend()
    await withVault(backend)
    const [idea] = (await backend.vaultTime.list()).ideas
    await backend.vault.lock()
    const week = weekStartOf(new Date())
    for (const call of [
      backend.vaultTime.list(),
      backend.vaultTime.addIdea({ text: 'A picnic' }),
      backend.vaultTime.removeIdea({ id: idea!.id }),
      backend.vaultTime.plan({ id: idea!.id, week }),
      backend.vaultTime.log({ date: localDate(), what: 'A picnic' }),
      backend.vaultTime.removeLog({ id: idea!.id })
    ]) {
      expect((await refusal(call)).code).toBe('LOCKED')
    }
    expect(vaultRows(dataDir)).toBe(12)
  })

  it('takes an idea dropped in sealed while locked into the list when opened together, marked new for that opening', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vaultTime.list()
    await backend.vault.lock()
    // Ben's journal is open; Ana seals hers with her passphrase at the locked vault.
    await backend.vaultTime.sealIdea({ authorId: ben, text: 'Pancakes on Sunday' })
    await backend.vaultTime.sealIdea({ authorId: ana, text: 'The lake by bike', passphrase: PASS_A })
    expect((await refusal(backend.vaultTime.sealIdea({ authorId: ana, text: 'No passphrase' }))).field).toBe('passphrase')
    expect((await backend.vault.status()).waitingForBoth.sealed).toBe(true)
    expect(vaultRows(dataDir)).toBe(12)

    await giveBoth(backend)
    const seen = await backend.vaultTime.list()
    expect(seen.ideas.slice(0, 2)).toMatchObject([
      { isNew: true, planned: null },
      { isNew: true, planned: null }
    ])
    expect(
      seen.ideas
        .slice(0, 2)
        .map((i) => [i.text, i.authorId])
        .sort()
    ).toEqual([
      ['Pancakes on Sunday', ben],
      ['The lake by bike', ana]
    ])
    // New until this opening ends, not only the first time it is asked for.
    expect((await backend.vaultTime.list()).ideas.filter((i) => i.isNew)).toHaveLength(2)
    expect(await backend.vaultSecrets.list()).toEqual([])
    await backend.vault.lock()
    await giveBoth(backend)
    expect((await backend.vaultTime.list()).ideas.filter((i) => i.isNew)).toEqual([])
    expect((await backend.vault.status()).damagedItems).toBe(0)
  })

  it('goes straight into the list when sealed while the vault is open', async () => {
    const { backend } = await newBackend()
    const { ben } = await withVault(backend)
    await backend.vaultTime.sealIdea({ authorId: ben, text: 'Stargazing from the roof' })
    expect((await backend.vaultTime.list()).ideas[0]).toMatchObject({ text: 'Stargazing from the roof', authorId: ben, isNew: true })
  })

  it('keeps every idea, plan and time logged through a re-key of the joint passphrase, and stays seeded', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    const week = weekStartOf(new Date())
    const [first] = (await backend.vaultTime.list()).ideas
    await backend.vaultTime.plan({ id: first!.id, week })
    await backend.vaultTime.log({ date: '2026-02-14', what: 'Dinner by candlelight' })
    await backend.vault.setAutoLock({ minutes: 7 })
    await backend.vaultSecrets.create({ authorId: ben, title: 'A secret', body: paragraphDoc('still ours') })
    const before = await backend.vaultTime.list()

    await backend.vault.changePassphrase({
      currentPartA: PART_A,
      currentPartB: PART_B,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      rekey: true,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    })
    expect(await backend.vault.status()).toMatchObject({ open: true, autoLockMinutes: 7, damagedItems: 0 })
    expect(await backend.vaultTime.list()).toEqual(before)
    await backend.vault.lock()
    await giveBoth(backend, NEW_PART_A, NEW_PART_B)
    expect(await backend.vaultTime.list()).toEqual(before)
    expect(vaultRows(dataDir)).toBe(12 + 1 + 1)
  })

  it('keeps its seeding beside the idle minutes: changing one leaves the other', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const [first] = (await backend.vaultTime.list()).ideas
    await backend.vaultTime.removeIdea({ id: first!.id })
    await backend.vault.setAutoLock({ minutes: 4 })
    await backend.vault.lock()
    await giveBoth(backend)
    expect((await backend.vault.status()).autoLockMinutes).toBe(4)
    expect((await backend.vaultTime.list()).ideas).toHaveLength(11)
  })
})
