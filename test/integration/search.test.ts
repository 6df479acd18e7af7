import { monitorEventLoopDelay } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { dispatch } from '../../src/main/app/dispatch.ts'
import type { SearchHit } from '../../src/shared/contract.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings, filesIn } from '../support/canary.ts'
import { refusal, twoJournals } from '../support/vault.ts'

const newBackend = useBackends()

async function anaWith(...reflections: Array<{ title: string; text: string; themeId?: 'trust' | 'appreciation' | 'small-talk'; date?: string }>) {
  const { backend, dataDir } = await newBackend()
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const ids: Record<string, string> = {}
  for (const r of reflections) {
    const { id } = await backend.reflections.create({ themeId: r.themeId ?? 'trust', title: r.title, body: paragraphDoc(r.text), date: r.date })
    ids[r.title] = id
  }
  return { backend, dataDir, ids }
}

async function titles(backend: SevenfoldBackend, text: string, more = {}): Promise<string[]> {
  return (await backend.search.query({ text, ...more })).hits.map((hit) => hit.title).sort()
}

const matched = (hit: SearchHit | undefined) => hit?.snippet.filter((s) => s.match).map((s) => s.text)

describe('search over the open journal', () => {
  it('finds words whatever their accents and case, with the match marked in a snippet', async () => {
    const { backend, ids } = await anaWith(
      { title: 'Morning', text: 'Coffee together at the little Café by the river' },
      { title: 'Evening', text: 'a CAFE with no name, and rain' },
      { title: 'Elsewhere', text: 'nothing to drink here' }
    )
    expect(await titles(backend, 'cafe')).toEqual(['Evening', 'Morning'])
    expect(await titles(backend, 'café')).toEqual(['Evening', 'Morning'])
    const { hits, total } = await backend.search.query({ text: 'CAFÉ RIVER' })
    expect(total).toBe(1)
    expect(hits[0]).toMatchObject({ kind: 'reflection', id: ids.Morning, themeId: 'trust', title: 'Morning' })
    expect(matched(hits[0])).toEqual(['Café', 'river'])
    expect(hits[0]!.snippet.map((s) => s.text).join('')).toBe('Coffee together at the little Café by the river')
  })

  it('shows the body beside a title that matched, not the title twice', async () => {
    const { backend } = await anaWith({ title: 'Lanterns by the lake', text: 'We walked slowly and said very little.' })
    const [hit] = (await backend.search.query({ text: 'lanterns' })).hits
    expect(hit!.title).toBe('Lanterns by the lake')
    expect(hit!.snippet.map((s) => s.text).join('')).toMatch(/^We walked slowly/)
    expect(matched(hit)).toEqual([])
  })

  it('matches the last word as a prefix and quoted words as a phrase', async () => {
    const { backend } = await anaWith(
      { title: 'Garden', text: 'we planted tulips in the garden' },
      { title: 'Walk', text: 'a long walk home after dinner' },
      { title: 'Home', text: 'home for a long time, then a walk' }
    )
    expect(await titles(backend, 'gard')).toEqual(['Garden'])
    expect(await titles(backend, 'tulips gar')).toEqual(['Garden'])
    expect(await titles(backend, 'long walk')).toEqual(['Home', 'Walk'])
    expect(await titles(backend, '"long walk"')).toEqual(['Walk'])
    // A finished word is not a prefix: "plan" is still being typed, "plan " in quotes is not.
    expect(await titles(backend, 'plan')).toEqual(['Garden'])
    expect(await titles(backend, '"plan"')).toEqual([])
  })

  it('filters by theme and by date range', async () => {
    const { backend } = await anaWith(
      { title: 'old trust', text: 'rain', themeId: 'trust', date: '2024-03-01' },
      { title: 'new trust', text: 'rain', themeId: 'trust', date: '2026-03-01' },
      { title: 'thanks', text: 'rain', themeId: 'appreciation', date: '2025-06-15' },
      { title: 'chat', text: 'rain', themeId: 'small-talk', date: '2025-12-31' }
    )
    expect(await titles(backend, 'rain', { themeIds: ['trust'] })).toEqual(['new trust', 'old trust'])
    expect(await titles(backend, 'rain', { themeIds: ['appreciation', 'small-talk'] })).toEqual(['chat', 'thanks'])
    expect(await titles(backend, 'rain', { from: '2025-06-15', to: '2025-12-31' })).toEqual(['chat', 'thanks'])
    expect(await titles(backend, 'rain', { from: '2025-01-01' })).toEqual(['chat', 'new trust', 'thanks'])
    expect(await titles(backend, 'rain', { to: '2024-12-31', themeIds: ['trust'] })).toEqual(['old trust'])
    expect((await backend.search.query({ text: 'rain', limit: 2 })).total).toBe(4)
  })

  it('finds an edited reflection by its new words only, and a deleted one no more, at once', async () => {
    const { backend, ids } = await anaWith({ title: 'Plans', text: 'apples in the basket' })
    const id = ids.Plans!
    await backend.reflections.update({ id, body: paragraphDoc('pears in the basket') })
    expect(await titles(backend, 'apples')).toEqual([])
    expect(await titles(backend, 'pears')).toEqual(['Plans'])
    await backend.reflections.update({ id, title: 'Harvest', themeId: 'appreciation', date: '2026-10-01' })
    expect((await backend.search.query({ text: 'harvest', themeIds: ['appreciation'], from: '2026-10-01' })).hits.map((h) => h.id)).toEqual([id])
    expect(await titles(backend, 'plans')).toEqual([])
    await backend.reflections.delete({ id })
    expect(await backend.search.query({ text: 'pears' })).toEqual({ hits: [], total: 0 })
  })

  it('builds the index after unlock from what the journal holds, without long stalls', async () => {
    const { backend, ids } = await anaWith()
    const { profileId } = await backend.app.status().then((s) => ({ profileId: s.unlockedProfileId! }))
    for (let i = 0; i < 600; i++) {
      const { id } = await backend.reflections.create({ themeId: 'trust', title: `day ${i}`, body: paragraphDoc(`ordinary words number${i} and a lantern`) })
      ids[i] = id
    }
    await backend.reflections.delete({ id: ids[7]! })
    await backend.session.lock()
    const stalls = monitorEventLoopDelay({ resolution: 5 })
    stalls.enable()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    const { total } = await backend.search.query({ text: 'lantern' })
    stalls.disable()
    expect(total).toBe(599)
    expect(await titles(backend, '"number42"')).toEqual(['day 42'])
    expect(await titles(backend, 'number42')).toHaveLength(11)
    expect(await titles(backend, '"number7"')).toEqual([])
    // Generous for slow machines; a build in one piece would block for the whole of it.
    expect(stalls.max / 1e6).toBeLessThan(150)
  })

  it('says LOCKED after lock, and does not find the old words after unlocking another journal', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await twoJournals(backend)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: 'Ana only', body: paragraphDoc('marmalade secret') })
    expect(await titles(backend, 'marmalade')).toEqual(['Ana only'])
    await backend.session.lock()
    const refused = await refusal(backend.search.query({ text: 'marmalade' }))
    expect(refused).toMatchObject({ code: 'LOCKED', message: 'Unlock your journal to search it.' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await backend.search.query({ text: 'marmalade' })).toEqual({ hits: [], total: 0 })
    await backend.reflections.create({ themeId: 'trust', title: 'Ben only', body: paragraphDoc('marmalade too') })
    expect(await titles(backend, 'marmalade')).toEqual(['Ben only'])
  })

  it('says LOCKED to a search that was waiting for the build when the journal locked', async () => {
    const { backend, ids } = await anaWith()
    const { unlockedProfileId } = await backend.app.status()
    for (let i = 0; i < 300; i++) ids[i] = (await backend.reflections.create({ themeId: 'trust', title: `t${i}`, body: paragraphDoc('lantern') })).id
    await backend.session.lock()
    await backend.session.unlock({ profileId: unlockedProfileId!, passphrase: PASS_A })
    const waiting = backend.search.query({ text: 'lantern' })
    await backend.session.lock()
    expect(await refusal(waiting)).toMatchObject({ code: 'LOCKED' })
  })

  it('reads FTS5 syntax in what is typed as words, never as commands', async () => {
    const { backend } = await anaWith({ title: 'Logic', text: 'tea AND cake, or NEAR the window; title: plain' }, { title: 'Other', text: 'quiet' })
    const tries = [
      'AND',
      'OR',
      'NOT',
      'NEAR(',
      'NEAR(tea cake, 1)',
      '*',
      'tea*',
      '"',
      '"tea',
      'tea"',
      '""',
      'title:',
      'title:quiet',
      'body:tea',
      '^tea',
      '-tea',
      '+tea',
      '{title body}: tea',
      '(tea',
      'tea)',
      '...',
      '!!!',
      "'",
      '\\'
    ]
    for (const text of tries) {
      const answer = await dispatch(backend, 'search.query', { text })
      expect(answer.ok, text).toBe(true)
    }
    expect(await titles(backend, 'AND')).toEqual(['Logic'])
    expect(await titles(backend, 'title:quiet')).toEqual([])
    expect(await titles(backend, 'title: plain')).toEqual(['Logic'])
    expect(await titles(backend, 'NEAR(tea cake')).toEqual(['Logic'])
    expect(await titles(backend, 'NEAR(tea cake, 1)')).toEqual([])
    expect(await titles(backend, '"tea')).toEqual(['Logic'])
    expect(await backend.search.query({ text: '*!?"()' })).toEqual({ hits: [], total: 0 })
  })

  it('refuses requests outside the contract with INVALID_INPUT', async () => {
    const { backend } = await anaWith({ title: 'x', text: 'y' })
    const bad = [
      { text: '   ' },
      { text: 'x'.repeat(201) },
      { text: 'y', themeIds: [] },
      { text: 'y', themeIds: ['nope'] },
      { text: 'y', from: '2026-02-30' },
      { text: 'y', limit: 0 },
      { text: 'y', limit: 101 },
      { text: 'y', extra: 1 }
    ]
    for (const payload of bad) {
      const answer = await dispatch(backend, 'search.query', payload)
      expect(answer, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(await dispatch(backend, 'search.query', { text: '  y  ', includeVault: true, limit: 100 })).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('indexes and finds a reflection of 1 MB quickly, with a short snippet', async () => {
    const { backend } = await anaWith()
    const words = ['quiet', 'morning', 'window', 'river', 'light', 'coffee', 'together', 'slowly']
    let text = ''
    for (let i = 0; text.length < 990_000; i++) text += `${words[i % words.length]} `
    text += 'needleword at the very end'
    const started = performance.now()
    await backend.reflections.create({ themeId: 'trust', title: 'Long', body: paragraphDoc(text) })
    const saved = performance.now() - started
    const queryStarted = performance.now()
    const { hits } = await backend.search.query({ text: 'needlewo' })
    const queried = performance.now() - queryStarted
    expect(hits.map((h) => h.title)).toEqual(['Long'])
    expect(matched(hits[0])).toEqual(['needleword'])
    expect(hits[0]!.snippet.map((s) => s.text).join('').length).toBeLessThan(400)
    // Measured around 100 ms to save (encryption included) and a few ms to query; generous bounds for slow machines.
    expect(saved).toBeLessThan(1500)
    expect(queried).toBeLessThan(500)
  })

  it('keeps the index in memory only: its words reach no file of the data folder while unlocked', async () => {
    const canary = `searchcanary${Date.now().toString(36)}heron`
    const { backend, dataDir } = await anaWith(...Array.from({ length: 20 }, (_, i) => ({ title: `${canary} title ${i}`, text: `${canary} body ${i}` })))
    const { profileId } = await backend.app.status().then((s) => ({ profileId: s.unlockedProfileId! }))
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.search.query({ text: canary })).total).toBe(20)
    expect(filesIn(dataDir).some((f) => f.endsWith('-wal'))).toBe(true)
    expect(canarySightings(dataDir, canary)).toEqual([])
  })
})
