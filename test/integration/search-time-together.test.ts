// Search over time together (issue 17, item 4) on a real backend: the vault's ideas and times
// logged are found like its secrets, only while it is open together and only when asked; as
// hits of their own kind, dated by their day; accents, case and typed syntax are only words; a
// removed one is found no more, a sealed idea once taken in is, and finding it is not seeing it.

import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { giveBoth, withVault } from '../support/vault.ts'

// A Thursday, noon on this computer's calendar: the day every idea here is added.
const TODAY = '2026-12-03'
const newBackend = useBackends(() => new Date(2026, 11, 3, 12).getTime())

const IDEA = 'Crêpes at the Café Lumière, then a slow walk home'
const TIME = 'Danced in the kitchen to the crêpe-shop song'

async function found(backend: SevenfoldBackend, text: string, more = {}) {
  const { hits } = await backend.search.query({ text, includeVault: true, ...more })
  return hits.map((hit) => (hit.kind === 'time' ? `${hit.which}: ${hit.title}` : `${hit.kind}: ${hit.title}`)).sort()
}

describe('search over time together while the vault is open together', () => {
  it('finds ideas and times logged by their words and days, only while open and only when asked', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.reflections.create({ themeId: 'quality-time', title: 'Sunday', body: paragraphDoc('crepes for breakfast'), date: '2026-11-29' })
    await backend.vaultSecrets.create({ authorId: ana, title: 'For Ben', body: paragraphDoc('a crêpe pan, wrapped'), date: '2026-12-02' })
    await backend.vaultTime.addIdea({ text: IDEA })
    await backend.vaultTime.log({ date: '2026-12-01', what: TIME })

    // Without the vault asked for, only the reflection.
    expect((await backend.search.query({ text: 'crepe' })).hits.map((h) => h.kind)).toEqual(['reflection'])
    expect(await found(backend, 'CREPE')).toEqual([`idea: ${IDEA}`, `logged: ${TIME}`, 'reflection: Sunday', 'secret: For Ben'])
    const { hits, total } = await backend.search.query({ text: 'lumiere', includeVault: true })
    expect(total).toBe(1)
    expect(hits[0]).toMatchObject({ kind: 'time', which: 'idea', title: IDEA, date: TODAY })
    expect(hits[0]).not.toHaveProperty('themeId')
    expect(hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Lumière'])
    const [logged] = (await backend.search.query({ text: 'KITCHEN', includeVault: true })).hits
    expect(logged).toMatchObject({ kind: 'time', which: 'logged', title: TIME, date: '2026-12-01' })

    // Quotes make a phrase, the last word is a prefix; FTS5's syntax typed in is only words.
    expect(await found(backend, '"cafe lumi')).toEqual([`idea: ${IDEA}`])
    expect(await found(backend, '"slow home"')).toEqual([])
    expect(await found(backend, 'kitchen OR lumiere')).toEqual([])
    expect(await found(backend, 'title:crêpes NEAR( * "')).toEqual([])

    // A theme finds none of them; a range finds a time by its day and an idea by the day it was added.
    expect(await found(backend, 'crepe', { themeIds: ['quality-time'] })).toEqual(['reflection: Sunday'])
    expect(await found(backend, 'crepe', { from: '2026-12-02' })).toEqual([`idea: ${IDEA}`, 'secret: For Ben'])
    expect(await found(backend, 'crepe', { from: '2026-11-30', to: '2026-12-01' })).toEqual([`logged: ${TIME}`])

    // Locked, nothing of the vault is found; opened together again, all of it is.
    await backend.vault.lock()
    expect(await found(backend, 'crepe')).toEqual(['reflection: Sunday'])
    expect(await found(backend, 'lumiere')).toEqual([])
    await giveBoth(backend)
    expect(await found(backend, 'lumiere kitchen')).toEqual([])
    expect(await found(backend, 'lumiere')).toEqual([`idea: ${IDEA}`])
    expect(await found(backend, 'kitchen')).toEqual([`logged: ${TIME}`])
  })

  it('finds our ideas once they are in the list, and a removed idea or time no more', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    // Our dozen go in the first time time together is opened.
    expect(await found(backend, 'ice cream')).toEqual([])
    const { ideas } = await backend.vaultTime.list()
    const iceCream = ideas.find((idea) => idea.seedId === 'ice-cream')!
    expect(await found(backend, 'ice cream')).toEqual([`idea: ${iceCream.text}`])

    // Planned, it is the same idea, found once.
    await backend.vaultTime.plan({ id: iceCream.id, week: '2026-11-30' })
    expect(await found(backend, 'bench')).toEqual([`idea: ${iceCream.text}`])
    await backend.vaultTime.removeIdea({ id: iceCream.id })
    expect(await found(backend, 'bench')).toEqual([])

    const { log } = await backend.vaultTime.log({ date: TODAY, what: 'Ice skating, badly, holding hands' })
    expect(await found(backend, 'skating')).toEqual(['logged: Ice skating, badly, holding hands'])
    await backend.vaultTime.removeLog({ id: log[0]!.id })
    expect(await found(backend, 'skating')).toEqual([])
  })

  it('finds an idea sealed while locked once it is taken in, and finding it is not seeing it', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vaultTime.list()
    await backend.vault.lock()
    await backend.vaultTime.sealIdea({ authorId: ana, text: 'Rowing on the lake at dawn', passphrase: PASS_A })
    // Sealed, it is nobody's to find until both open the vault.
    expect(await found(backend, 'rowing')).toEqual([])

    await giveBoth(backend)
    expect(await found(backend, 'rowing')).toEqual(['idea: Rowing on the lake at dawn'])
    // Sealed while open, it goes straight in, and is found at once.
    await backend.vaultTime.sealIdea({ authorId: ben, text: 'Rowing a boat shaped like a swan' })
    expect(await found(backend, 'rowing')).toEqual(['idea: Rowing a boat shaped like a swan', 'idea: Rowing on the lake at dawn'])
    // Not yet seen in the list: new still in the next opening (a list would keep them new only for this one).
    await backend.vault.lock()
    await giveBoth(backend)
    const after = await backend.vaultTime.list()
    expect(
      after.ideas
        .filter((idea) => idea.isNew)
        .map((idea) => idea.text)
        .sort()
    ).toEqual(['Rowing a boat shaped like a swan', 'Rowing on the lake at dawn'])
  })

  it('keeps the index of time together in memory only', async () => {
    const { backend, dataDir } = await newBackend()
    await withVault(backend)
    const canary = `timesearch${Date.now().toString(36)}heron`
    await backend.vaultTime.addIdea({ text: `${canary} on the pier` })
    await backend.vaultTime.log({ date: TODAY, what: `${canary} by the river` })
    expect((await backend.search.query({ text: canary, includeVault: true })).total).toBe(2)
    expect(canarySightings(dataDir, canary)).toEqual([])
  })
})
