// Review of issue 13, finding 4: who the vault's two partners are is plaintext in the file
// (vault.partner_a/partner_b). With partner_a set to Ben, the next joint open counted Ben's
// answer for both partners and revealed it although Ana had never answered; she then put the
// partner back and answered knowing his. Now the vault's private key is bound to its two
// partners: changed partners make it fail its check, so nothing sealed opens, no answer is
// revealed, and the damage is counted. A vault from before the binding opens once and is bound.

import { describe, expect, it } from 'vitest'
import { decryptBlob, encryptBlob } from '../../src/main/crypto/aead.ts'
import { openWithParts } from '../../src/main/domain/vault-keys.ts'
import { vaultPlace } from '../../src/main/domain/vault-codec.ts'
import { createVaultRepository } from '../../src/main/storage/vault-repository.ts'
import { PART_A, PART_B, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, runSql, withVault } from '../support/vault.ts'

describe('the vault’s partners changed in the file', () => {
  const backendIn = useBackends()

  it('reveals nothing from one partner’s answer alone, and says the vault was changed', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    const { id } = await backend.vaultReveals.ask({ prompt: 'Would you move abroad for me?', answer: 'honestly, no' })
    await backend.session.lock()

    runSql(dataDir, 'UPDATE vault SET partner_a = ?', ben)
    const status = await giveBoth(backend)
    const reveal = (await backend.vaultReveals.list()).find((r) => r.id === id)
    expect(reveal?.revealed ?? false).toBe(false)
    expect(JSON.stringify(await backend.vaultReveals.list())).not.toContain('honestly, no')
    expect(status.damagedItems).toBeGreaterThan(0)
    await backend.vault.lock()

    // Put back, the vault is whole again and the question still waits for Ana.
    runSql(dataDir, 'UPDATE vault SET partner_a = ?', ana)
    expect((await giveBoth(backend)).damagedItems).toBe(0)
    expect((await backend.vaultReveals.list()).find((r) => r.id === id)?.revealed).toBe(false)
  })

  it('opens a vault from before the binding and binds it, keeping what was sealed', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await withVault(backend)
    await backend.vault.seal({ authorId: ben, title: 'For both of us', body: paragraphDoc('what I never said') })
    await backend.vault.lock()
    await backend.session.lock()

    // The private key put back at the place it had before partners were bound to it.
    const db = rawDb(dataDir)
    const vaults = createVaultRepository(db)
    const row = vaults.get()!
    const key = (await openWithParts(vaults.getSlot(row.id, 'joint')!, PART_A, PART_B))!
    const bound = vaultPlace.privateKey(row.id, [row.partnerA, row.partnerB])
    const privateKey = decryptBlob(key, row.privateKey, bound)
    vaults.putPrivateKey(row.id, encryptBlob(key, privateKey, vaultPlace.privateKey(row.id)))
    db.close()

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(0)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toContain('For both of us')
    await backend.vault.lock()

    const after = rawDb(dataDir)
    const stored = createVaultRepository(after).get()!.privateKey
    after.close()
    expect(decryptBlob(key, stored, bound).equals(privateKey)).toBe(true)
  })
})
