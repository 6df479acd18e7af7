// Finding 9: a partner's key pair replaced in the file was put right silently when their journal
// opened, and the questions sealed to the old pair simply vanished from their journal. Now the
// repair and each question that can no longer be read count as damaged items, like a damaged
// reflection, so the owner is told something was changed and can restore a backup.

import { describe, expect, it } from 'vitest'
import { newSealingKeyPair } from '../../src/main/crypto/seal.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { editBlob, flipped, rawDb, withVault } from '../support/vault.ts'

describe('a partner’s key pair replaced in the file', () => {
  const backendIn = useBackends()

  it('is reported when their journal opens, with each question that could no longer be read', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.ask({ prompt: 'What did I do this week that helped?', answer: 'the soup' })
    await backend.vaultReveals.ask({ prompt: 'Where shall we go in spring?', answer: 'the coast' })
    await backend.session.lock()

    // Another pair put in for Ben: its private key is not under his journal key, so it fails its check.
    const other = newSealingKeyPair()
    const db = rawDb(dataDir)
    db.prepare('UPDATE profile_keys SET public_key = ?, private_key = ? WHERE profile_id = ?').run(other.publicKey, Buffer.alloc(80, 3), ben)
    db.close()

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await backend.vaultReveals.waiting()).toEqual([])
    // The key pair put right, and the two questions sealed to the old one.
    expect((await backend.app.status()).damagedItems).toBe(3)
  })

  it('is reported when only its public key was swapped, though the questions still open', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await withVault(backend)
    await backend.session.lock()
    editBlob(dataDir, 'profile_keys', 'public_key', 'profile_id = ?', [ben], (key) => flipped(key, 5))

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.app.status()).damagedItems).toBe(1)
    // Put right: the next unlock finds nothing wrong.
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.app.status()).damagedItems).toBe(0)
  })
})
