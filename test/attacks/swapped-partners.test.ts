// Review of issue 13, finding 4: who the vault's two partners are is plaintext in the file
// (vault.partner_a/partner_b). With partner_a set to Ben, the next joint open counted Ben's
// answer for both partners and revealed it although Ana had never answered; she then put the
// partner back and answered knowing his. Now the vault's private key is bound to its two
// partners: changed partners make it fail its check, so nothing sealed opens, no answer is
// revealed, and the damage is counted. A vault from before the binding opens once and is bound.

import { describe, expect, it } from 'vitest'
import { decryptBlob, encryptBlob } from '../../src/main/crypto/aead.ts'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { openWithParts } from '../../src/main/vault/keys.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
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

  it('binds a vault from before the binding with a new key pair, so its old key can be put back to no avail', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await withVault(backend)
    await backend.vault.seal({ authorId: ben, title: 'For both of us', body: paragraphDoc('what I never said') })
    await backend.vault.lock()
    const { id } = await backend.vaultReveals.ask({ prompt: 'Would you move abroad for me?', answer: 'honestly, no' })
    await backend.session.lock()

    // As a vault from before the binding: its private key at the place it had then.
    const db = rawDb(dataDir)
    const vaults = createVaultRepository(db)
    const row = vaults.get()!
    const key = (await openWithParts(vaults.getSlot(row.id, 'joint')!, PART_A, PART_B))!
    const oldPrivate = decryptBlob(key, row.privateKey, vaultPlace.privateKey(row.id, [row.partnerA, row.partnerB]))
    const unbound = encryptBlob(key, oldPrivate, vaultPlace.privateKey(row.id))
    vaults.putPrivateKey(row.id, unbound)
    db.close()

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await giveBoth(backend)).damagedItems).toBe(0)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toContain('For both of us')
    const waiting = (await backend.vaultReveals.list()).find((r) => r.id === id)!
    expect(waiting).toMatchObject({ revealed: false, answeredBy: [ben] })
    await backend.vault.lock()
    await backend.session.lock()
    const after = rawDb(dataDir)
    expect(createVaultRepository(after).get()!.publicKey.equals(row.publicKey)).toBe(false)
    after.close()

    // Ana puts the old unbound key back with its public key, names a partner of her making, and
    // answers in its name to the old key, in the wording she read in her own copy.
    const fake = 'madeupmadeupmadeupmade'
    const answer = { prompt: waiting.prompt, askedBy: ben, askedAt: waiting.askedAt, text: 'whatever', answeredAt: new Date().toISOString() }
    const edit = rawDb(dataDir)
    edit.pragma('foreign_keys = OFF')
    edit.prepare('UPDATE vault SET private_key = ?, public_key = ?, partner_a = ?').run(unbound, row.publicKey, fake)
    edit
      .prepare('INSERT INTO reveal_answers (reveal_id, profile_id, sealed) VALUES (?, ?, ?)')
      .run(id, fake, sealJson(row.publicKey, answer, vaultPlace.answer(id, fake)))
    edit.close()
    const status = await giveBoth(backend)
    expect(JSON.stringify(await backend.vaultReveals.list())).not.toContain('honestly, no')
    expect(status.damagedItems).toBeGreaterThan(0)
  })

  it('binds a vault from before the binding only to two of the journals on this computer', async () => {
    const { backend, dataDir } = await backendIn()
    await withVault(backend)
    await backend.vault.lock()
    await backend.vaultReveals.ask({ prompt: 'Would you move abroad for me?', answer: 'honestly, no' })
    await backend.session.lock()
    const db = rawDb(dataDir)
    const vaults = createVaultRepository(db)
    const row = vaults.get()!
    const key = (await openWithParts(vaults.getSlot(row.id, 'joint')!, PART_A, PART_B))!
    const oldPrivate = decryptBlob(key, row.privateKey, vaultPlace.privateKey(row.id, [row.partnerA, row.partnerB]))
    const unbound = encryptBlob(key, oldPrivate, vaultPlace.privateKey(row.id))
    db.pragma('foreign_keys = OFF')
    db.prepare('UPDATE vault SET private_key = ?, partner_a = ?').run(unbound, 'madeupmadeupmadeupmade')
    db.close()

    expect((await giveBoth(backend)).damagedItems).toBeGreaterThan(0)
    expect(JSON.stringify(await backend.vaultReveals.list())).not.toContain('honestly, no')
    const after = rawDb(dataDir)
    // Left as it was: not bound to a partner of someone's making.
    expect(createVaultRepository(after).get()!.privateKey.equals(unbound)).toBe(true)
    after.close()
  })
})
