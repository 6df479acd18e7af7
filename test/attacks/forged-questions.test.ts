// Review of issue 13, finding 5: questions are sealed to each partner's public key, which anyone
// with the file can do. Ana could change the wording of Ben's copy of her question ("What did you
// hate…" for "What did you love…"), and the reveal showed her wording beside his answer; or seal
// a question into Ben's journal "asked by Ben" that he never asked. Now a question is revealed
// only when both answered the same wording (else it stays back, counted damaged), and a
// partner's own copy is under their journal key, so a sealed one claiming to be theirs is refused.

import { describe, expect, it } from 'vitest'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { deriveKey } from '../../src/main/crypto/kdf.ts'
import { wrapKey } from '../../src/main/crypto/key-slots.ts'
import { openWithPassphrase } from '../../src/main/journal/key-slots.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { createKeySlotRepository } from '../../src/main/storage/key-slot-repository.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, withVault } from '../support/vault.ts'

/** Seals `prompt` into `profileId`'s copy of question `revealId`, as anyone with the file can; a new question if `plant`. */
function sealCopy(dataDir: string, profileId: string, revealId: string, prompt: { prompt: string; askedBy: string; askedAt: string }, plant = false): void {
  const db = rawDb(dataDir)
  try {
    const { public_key: publicKey } = db.prepare('SELECT public_key FROM profile_keys WHERE profile_id = ?').get(profileId) as { public_key: Buffer }
    const sealed = sealJson(publicKey, prompt, vaultPlace.prompt(revealId, profileId))
    if (plant) {
      const { id: vaultId } = db.prepare('SELECT id FROM vault').get() as { id: string }
      db.prepare('INSERT INTO reveals (id, vault_id) VALUES (?, ?)').run(revealId, vaultId)
      db.prepare('INSERT INTO reveal_prompts (reveal_id, profile_id, sealed) VALUES (?, ?, ?)').run(revealId, profileId, sealed)
    } else {
      db.prepare('UPDATE reveal_prompts SET sealed = ? WHERE reveal_id = ? AND profile_id = ?').run(sealed, revealId, profileId)
    }
  } finally {
    db.close()
  }
}

describe('a question forged in the file', () => {
  const backendIn = useBackends()

  it('with another wording in one partner’s copy is not revealed, and is counted damaged', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.vaultReveals.ask({ prompt: 'What did you love about our trip?', answer: 'the sea' })
    await backend.session.lock()

    sealCopy(dataDir, ben, id, { prompt: 'What did you hate about our trip?', askedBy: ana, askedAt: new Date().toISOString() })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultReveals.answer({ id, answer: 'the long drive home' })
    const status = await giveBoth(backend)
    const reveal = (await backend.vaultReveals.list()).find((r) => r.id === id)
    expect(reveal?.revealed ?? false).toBe(false)
    expect(JSON.stringify(await backend.vaultReveals.list())).not.toContain('the long drive home')
    expect(status.damagedItems).toBe(1)
  })

  it('"asked by you" in your own journal is refused, and counted damaged', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await withVault(backend)
    await backend.vaultReveals.ask({ prompt: 'What do I owe you?', answer: 'a dinner' })
    await backend.session.lock()

    sealCopy(dataDir, ben, 'plantedplantedplanted1', { prompt: 'Should we split up?', askedBy: ben, askedAt: new Date().toISOString() }, true)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.vaultReveals.waiting()).map((q) => q.prompt)).toEqual(['What do I owe you?'])
    expect((await backend.app.status()).damagedItems).toBe(1)
  })

  it('"asked by you" stays refused with the journal’s record spoilt too', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await withVault(backend)
    await backend.session.lock()
    sealCopy(dataDir, ben, 'plantedplantedplanted1', { prompt: 'Should we split up?', askedBy: ben, askedAt: new Date().toISOString() }, true)
    const db = rawDb(dataDir)
    db.prepare('DELETE FROM reflection_record WHERE profile_id = ?').run(ben)
    db.close()

    for (let unlock = 0; unlock < 2; unlock++) {
      await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
      expect(await backend.vaultReveals.waiting()).toEqual([])
      expect((await backend.app.status()).damagedItems).toBeGreaterThan(0)
      await backend.session.lock()
    }
  })

  it('is taken in once from a journal from before own copies, and refused after', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await withVault(backend)
    const asked = new Date().toISOString()
    await backend.session.lock()
    // As before: Ben's own question sealed to his own key, and his slot of format 2, from before own copies.
    sealCopy(dataDir, ben, 'oldquestionoldquestio1', { prompt: 'Where shall we live?', askedBy: ben, askedAt: asked }, true)
    const db = rawDb(dataDir)
    const slots = createKeySlotRepository(db)
    const slot = slots.get(ben, 'passphrase')!
    const { key } = (await openWithPassphrase(slots, ben, PASS_B))!
    const kek = await deriveKey(PASS_B, JSON.parse(slot.kdf))
    slots.replace(slot.id, slot.kdf, wrapKey(kek, key, { table: 'key_slots', rowId: slot.id, ownerId: ben, field: 'journal_key', version: 2 }))
    db.close()

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.vaultReveals.waiting()).map((q) => q.prompt)).toEqual(['Where shall we live?'])
    expect((await backend.app.status()).damagedItems).toBe(0)
    await backend.session.lock()

    sealCopy(dataDir, ben, 'plantedplantedplanted1', { prompt: 'Should we split up?', askedBy: ben, askedAt: asked }, true)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.vaultReveals.waiting()).map((q) => q.prompt)).toEqual(['Where shall we live?'])
    expect((await backend.app.status()).damagedItems).toBe(1)
  })
})
