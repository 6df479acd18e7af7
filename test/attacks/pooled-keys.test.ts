// Finding 6: private keys left in Node's shared buffer pool after lock. Small Buffers made with
// Buffer.from(bytes) or Buffer.concat share 8 KiB slabs with unrelated data and are never wiped,
// so a copy of a key there outlives the lock (a heap dump, a crash report, swap). This plays a
// day of vault use, locks everything, then reads every pool slab the process used for the
// keys' bytes: each partner's and the vault's private key, each journal key and the vault key.

import { describe, expect, it } from 'vitest'
import { decryptBlob } from '../../src/main/crypto/aead.ts'
import { wipe } from '../../src/main/crypto/secret-buffer.ts'
import { openWithPassphrase } from '../../src/main/journal/key-slots.ts'
import { openWithParts } from '../../src/main/vault/keys.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { createKeySlotRepository } from '../../src/main/storage/key-slot-repository.ts'
import { createVaultRepository } from '../../src/main/storage/vault-repository.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, withVault } from '../support/vault.ts'

/** The slab Node hands out small Buffers from just now: its ArrayBuffer, kept to be read later. */
function currentSlab(): ArrayBuffer {
  return Buffer.allocUnsafe(1).buffer as ArrayBuffer
}

/** The last 32 bytes: a symmetric key whole, or the private scalar at the end of an X25519 PKCS#8 DER. */
function secretBytesOf(key: Buffer): Buffer {
  return key.subarray(key.length - 32)
}

describe('keys in memory after lock', () => {
  const backendIn = useBackends()

  it('no copy of a private key or a journal or vault key is left in the shared buffer pool once everything is locked', async () => {
    const slabs = new Set<ArrayBuffer>()
    const seen = () => slabs.add(currentSlab())
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    seen()
    // Ben, in his journal, asks a question and reads what waits for him; Ana answers in hers;
    // they drop a secret in and open the vault together: every private key is used.
    await backend.vault.lock()
    await backend.vaultReveals.ask({ prompt: 'What made you laugh this week?', answer: 'The dog and the umbrella.' })
    seen()
    await backend.vaultReveals.waiting()
    seen()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    seen()
    const [question] = await backend.vaultReveals.waiting()
    seen()
    await backend.vaultReveals.answer({ id: question!.id, answer: 'Your face at the station.' })
    seen()
    await backend.vault.seal({ authorId: ana, title: 'For later', body: paragraphDoc('Read it together.') })
    seen()
    await giveBoth(backend)
    seen()
    expect((await backend.vaultReveals.list()).some((reveal) => reveal.revealed)).toBe(true)
    seen()
    await backend.session.lock()
    seen()

    // The keys, read back from the file the way the app reads them.
    const db = rawDb(dataDir)
    const secrets: Array<{ name: string; bytes: Buffer }> = []
    try {
      const slots = createKeySlotRepository(db)
      for (const [name, id, passphrase] of [
        ['Ana', ana, PASS_A],
        ['Ben', ben, PASS_B]
      ] as const) {
        const { key } = (await openWithPassphrase(slots, id, passphrase))!
        const row = db.prepare('SELECT private_key FROM profile_keys WHERE profile_id = ?').get(id) as { private_key: Buffer }
        secrets.push({
          name: `${name}'s private key`,
          bytes: decryptBlob(key, row.private_key, { table: 'profile_keys', rowId: id, ownerId: id, field: 'private_key' })
        })
        secrets.push({ name: `${name}'s journal key`, bytes: key })
      }
      const vaults = createVaultRepository(db)
      const vault = vaults.get()!
      const vaultKey = (await openWithParts(vaults.getSlot(vault.id, 'joint')!, PART_A, PART_B))!
      secrets.push({
        name: "the vault's private key",
        bytes: decryptBlob(vaultKey, vault.privateKey, vaultPlace.privateKey(vault.id, [vault.partnerA, vault.partnerB]))
      })
      secrets.push({ name: 'the vault key', bytes: vaultKey })
    } finally {
      db.close()
    }

    const found = secrets.flatMap(({ name, bytes }) => {
      const scalar = secretBytesOf(bytes)
      return [...slabs].filter((slab) => Buffer.from(slab).includes(scalar)).map(() => name)
    })
    for (const { bytes } of secrets) wipe(bytes)
    expect(slabs.size).toBeGreaterThan(0)
    expect(found, 'keys found in the shared buffer pool after lock').toEqual([])
  })
})
