// A practice shared whole, played through a request the app never makes: the plain "Share with
// Ben…" (`vaultShared.share`) asked for a daily check-in, which would seal all three of its lines
// though only the third is ever meant for the partner, and for a needs check-in, which would
// arrive as an ordinary copy with no needs, unchecked. Each is refused with a sentence pointing
// to the way it is shared, nothing is sealed and the reflection is not marked as shared.

import { describe, expect, it } from 'vitest'
import { PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

function sealedCount(dataDir: string): number {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM vault_sealed').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('the plain share of a practice', () => {
  it('refuses a daily check-in and a needs check-in, pointing to their own way; a reflection still goes', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const checkIn = await backend.checkIns.save({ lines: { forward: 'private forward line', heard: 'private heard line', tell: 'tell line' } })
    const needs = await backend.needs.save({ top: [{ id: 'heard' }] })

    const whole = await refusal(backend.vaultShared.share({ id: checkIn.id }))
    expect(whole).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/“Tell Ana in the vault…” on the small talk page/) })
    const needsRefused = await refusal(backend.vaultShared.share({ id: needs.id }))
    expect(needsRefused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/“Share with Ana…” on the “Know each other’s needs” page/) })
    expect(sealedCount(dataDir)).toBe(0)
    expect((await backend.reflections.get({ id: checkIn.id })).sharedAt).toBeUndefined()
    expect((await backend.reflections.get({ id: needs.id })).sharedAt).toBeUndefined()

    // Their own ways, and an ordinary reflection, still share.
    await backend.vaultShared.shareCheckIn({ id: checkIn.id })
    await backend.vaultShared.shareNeeds({ id: needs.id })
    const plain = await backend.reflections.create({ themeId: 'small-talk', title: 'Breakfast', body: paragraphDoc('We talked about the news.') })
    await backend.vaultShared.share({ id: plain.id })
    await giveBoth(backend)
    const list = await backend.vaultSecrets.list()
    expect(list).toHaveLength(3)
    expect(list.map((s) => s.excerpt).join(' ')).not.toContain('private')
    expect(list.find((s) => s.kind === 'needs')).toMatchObject({ needs: { top: [{ id: 'heard' }] } })
  })
})
