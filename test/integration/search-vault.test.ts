import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { giveBoth, withVault } from '../support/vault.ts'

const newBackend = useBackends()

async function found(backend: SevenfoldBackend, text: string, more = {}) {
  return (await backend.search.query({ text, ...more })).hits.map(({ kind, title }) => `${kind}: ${title}`).sort()
}

describe('search over the vault while it is open together', () => {
  it('finds secrets only when asked and only while the vault is open, without marking them read', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.reflections.create({ themeId: 'trust', title: 'Ben thinks', body: paragraphDoc('the lighthouse at dusk') })
    const { id } = await backend.vaultSecrets.create({ authorId: ana, title: 'For Ben', body: paragraphDoc('a lighthouse weekend, a surprise') })
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ben, title: 'Dropped in', body: paragraphDoc('lighthouse keeper'), passphrase: PASS_B })

    expect(await found(backend, 'lighthouse', { includeVault: true }), 'vault locked').toEqual(['reflection: Ben thinks'])
    await giveBoth(backend)
    expect(await found(backend, 'lighthouse')).toEqual(['reflection: Ben thinks'])
    const all = await backend.search.query({ text: 'lighthouse', includeVault: true })
    expect(all.total).toBe(3)
    expect(all.hits.map(({ kind, title }) => `${kind}: ${title}`).sort()).toEqual(['reflection: Ben thinks', 'secret: Dropped in', 'secret: For Ben'])
    const secret = all.hits.find((h) => h.id === id)!
    expect(secret).not.toHaveProperty('themeId')
    expect(secret.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['lighthouse'])
    // A theme narrows to reflections; finding a sealed drop-in is not reading it.
    expect(await found(backend, 'lighthouse', { includeVault: true, themeIds: ['trust'] })).toEqual(['reflection: Ben thinks'])
    expect((await backend.vaultSecrets.list()).find((s) => s.title === 'Dropped in')?.isNew).toBe(true)

    await backend.vault.lock()
    expect(await found(backend, 'surprise', { includeVault: true })).toEqual([])
    await giveBoth(backend)
    expect(await found(backend, 'surprise', { includeVault: true })).toEqual(['secret: For Ben'])
  })

  it('finds an edited secret by its new words at once, and a deleted one no more', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    const { id } = await backend.vaultSecrets.create({ authorId: ana, title: 'Plan', body: paragraphDoc('violins') })
    expect(await found(backend, 'violins', { includeVault: true })).toEqual(['secret: Plan'])
    await backend.vaultSecrets.update({ id, body: paragraphDoc('cellos') })
    expect(await found(backend, 'violins', { includeVault: true })).toEqual([])
    expect(await found(backend, 'cellos', { includeVault: true })).toEqual(['secret: Plan'])
    await backend.vaultSecrets.create({ authorId: ana, title: 'Another', body: paragraphDoc('cellos again') })
    await backend.vaultSecrets.delete({ id })
    expect(await found(backend, 'cellos', { includeVault: true })).toEqual(['secret: Another'])
  })

  it('says LOCKED once the journal locks, vault and all', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ana, title: 'x', body: paragraphDoc('y') })
    expect(await found(backend, 'y', { includeVault: true })).toEqual(['secret: x'])
    await backend.session.lock()
    await expect(backend.search.query({ text: 'y', includeVault: true })).rejects.toMatchObject({ code: 'LOCKED' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect(await found(backend, 'y', { includeVault: true }), 'the vault stays locked').toEqual([])
  })

  it('keeps the secrets index in memory only', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    const canary = `vaultsearch${Date.now().toString(36)}egret`
    for (let i = 0; i < 5; i++) await backend.vaultSecrets.create({ authorId: ana, title: `${canary} ${i}`, body: paragraphDoc(`${canary} body`) })
    expect((await backend.search.query({ text: canary, includeVault: true })).total).toBe(5)
    expect(canarySightings(dataDir, canary)).toEqual([])
  })
})
