// Finding 2: a changed passphrase or a used recovery code locked no one out. Changing a passphrase
// only wrapped the same journal key again, and a recovery kept the same recovery slot: if Ana
// once learnt Ben's passphrase (or saw his recovery code), the old key slot in any backup, or in
// the copy kept before a restore, plus that old secret, gave her the journal key, and with it
// everything Ben wrote after the change. The vault's joint passphrase and halves the same.
// Now "re-key" makes a new key and re-encrypts everything under it, a recovery always does, and
// each issues a new recovery code (or new halves) that replaces the old.

import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { decryptBlob } from '../../src/main/crypto/aead.ts'
import { parseRecoveryCode } from '../../src/main/crypto/recovery-code.ts'
import { openSealed, openingKey } from '../../src/main/crypto/seal.ts'
import { wipe } from '../../src/main/crypto/secret-buffer.ts'
import { openWithPassphrase, openWithRecovery } from '../../src/main/journal/key-slots.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { openWithHalves, openWithParts } from '../../src/main/vault/keys.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { createKeySlotRepository } from '../../src/main/storage/key-slot-repository.ts'
import { createVaultRepository } from '../../src/main/storage/vault-repository.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { NEW_PART_A, NEW_PART_B, rawDb, refusal, twoJournals, withVault } from '../support/vault.ts'

const NEW_PASS_B = 'harbour lights over a sleeping town'
const LATER_PASS_B = 'a kettle of rain on the windowsill'

/** What Ana keeps: a copy of the data folder's database as it is now (an automatic backup holds the same). */
function keepCopy(dataDir: string, into: string): string {
  const file = join(into, 'copy.db')
  const db = rawDb(dataDir)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  copyFileSync(join(dataDir, DATABASE_FILE), file)
  return file
}

/** Every header blob of Ben's in the live file that an old journal key still opens. */
function readableHeaders(dataDir: string, ben: string, key: Buffer): string[] {
  const db = rawDb(dataDir)
  try {
    const rows = db.prepare('SELECT id, header FROM reflections WHERE profile_id = ?').all(ben) as Array<{ id: string; header: Buffer }>
    return rows.flatMap(({ id, header }) => {
      try {
        return [JSON.parse(decryptBlob(key, header, { table: 'reflections', rowId: id, ownerId: ben, field: 'header' }).toString('utf8')).title as string]
      } catch {
        return []
      }
    })
  } finally {
    db.close()
  }
}

describe('what an old secret opens after a change', () => {
  const backendIn = useBackends()
  const tempDir = useTempDirs()

  it('an old passphrase and an old backup open nothing written after a re-key', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await twoJournals(backend)
    await backend.reflections.create({ themeId: 'trust', title: 'Before', body: paragraphDoc('written before the change') })
    const copy = keepCopy(dataDir, tempDir())

    const changed = await backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: NEW_PASS_B, rekey: true })
    expect(changed?.recoveryCode).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
    await backend.reflections.create({ themeId: 'trust', title: 'After', body: paragraphDoc('written after the change') })

    // Ana: Ben's old passphrase, and the old key slot from her copy.
    const old = new Database(copy, { readonly: true })
    const opened = (await openWithPassphrase(createKeySlotRepository(old), ben, PASS_B))!
    old.close()
    expect(readableHeaders(dataDir, ben, opened.key)).toEqual([])
    wipe(opened.key)

    // Ben's journal reads as before, with the new passphrase only.
    await backend.session.lock()
    expect((await refusal(backend.session.unlock({ profileId: ben, passphrase: PASS_B }))).code).toBe('WRONG_PASSPHRASE')
    await backend.session.unlock({ profileId: ben, passphrase: NEW_PASS_B })
    expect((await backend.reflections.list()).map((r) => r.title).sort()).toEqual(['After', 'Before'])
    expect((await backend.app.status()).damagedItems).toBe(0)
  })

  it('a used recovery code stops working, a new one is given, and the old code with an old backup opens nothing new', async () => {
    const { backend, dataDir } = await backendIn()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const created = await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.reflections.create({ themeId: 'trust', title: 'Before', body: paragraphDoc('x') })
    await backend.session.lock()
    const copy = keepCopy(dataDir, tempDir())

    const recovered = await backend.session.recover({ profileId: created.profileId, recoveryCode: created.recoveryCode, newPassphrase: NEW_PASS_B })
    expect(recovered.recoveryCode).not.toBe(created.recoveryCode)
    await backend.reflections.create({ themeId: 'trust', title: 'After', body: paragraphDoc('y') })
    await backend.session.lock()

    expect(
      (await refusal(backend.session.recover({ profileId: created.profileId, recoveryCode: created.recoveryCode, newPassphrase: LATER_PASS_B }))).code
    ).toBe('WRONG_PASSPHRASE')
    const old = new Database(copy, { readonly: true })
    const secret = parseRecoveryCode(created.recoveryCode)
    const opened = openWithRecovery(createKeySlotRepository(old), created.profileId, secret)!
    old.close()
    expect(readableHeaders(dataDir, created.profileId, opened.key)).toEqual([])
    wipe(opened.key, secret)

    await backend.session.recover({ profileId: created.profileId, recoveryCode: recovered.recoveryCode, newPassphrase: LATER_PASS_B })
    expect((await backend.reflections.list()).map((r) => r.title).sort()).toEqual(['After', 'Before'])
  })

  it('old joint parts and old halves with an old backup open nothing sealed or written after the vault is re-keyed', async () => {
    const { backend, dataDir } = await backendIn()
    const { halves } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: (await backend.app.status()).unlockedProfileId!, title: 'Older secret', body: paragraphDoc('x') })
    const copy = keepCopy(dataDir, tempDir())

    const changed = await backend.vault.changePassphrase({
      currentPartA: PART_A,
      currentPartB: PART_B,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      rekey: true,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    })
    expect(changed?.recoveryHalves.a).not.toBe(halves.a)
    await backend.vault.lock()
    await backend.vault.seal({ authorId: (await backend.app.status()).unlockedProfileId!, title: 'Sealed after', body: paragraphDoc('only for the two of us') })

    // Ana knew both old parts (or both old halves): the old vault key, and its old private key, from her copy.
    const old = new Database(copy, { readonly: true })
    const oldVaults = createVaultRepository(old)
    const oldRow = oldVaults.get()!
    const fromParts = (await openWithParts(oldVaults.getSlot(oldRow.id, 'joint')!, PART_A, PART_B))!
    const fromHalves = openWithHalves(oldVaults.getSlot(oldRow.id, 'recovery')!, parseRecoveryCode(halves.a), parseRecoveryCode(halves.b))!
    old.close()
    expect(fromHalves.equals(fromParts)).toBe(true)
    const oldPrivate = openingKey(decryptBlob(fromParts, oldRow.privateKey, vaultPlace.privateKey(oldRow.id, [oldRow.partnerA, oldRow.partnerB])))

    const db = rawDb(dataDir)
    const sealed = db.prepare('SELECT id, sealed FROM vault_sealed').all() as Array<{ id: string; sealed: Buffer }>
    const secrets = db.prepare('SELECT id, header FROM vault_secrets').all() as Array<{ id: string; header: Buffer }>
    db.close()
    expect(sealed).toHaveLength(1)
    for (const row of sealed) expect(() => openSealed(oldPrivate, oldRow.publicKey, row.sealed, vaultPlace.sealed(oldRow.id, row.id))).toThrow()
    for (const row of secrets) expect(() => decryptBlob(fromParts, row.header, vaultPlace.secret(oldRow.id, row.id, 'header'))).toThrow()
    wipe(fromParts, fromHalves)

    // Together, with the new parts: everything there, the drop-in moved in.
    await backend.vault.givePart({ part: 'a', passphrase: NEW_PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: NEW_PART_B })
    expect((await backend.vaultSecrets.list()).map((s) => s.title).sort()).toEqual(['Older secret', 'Sealed after'])
  })

  it('a vault recovery gives new halves, and the old halves stop working', async () => {
    const { backend } = await backendIn()
    const { halves } = await withVault(backend)
    await backend.vault.lock()
    const recovered = await backend.vault.recover({
      halfA: halves.a,
      halfB: halves.b,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    })
    expect(recovered.recoveryHalves.a).not.toBe(halves.a)
    expect(recovered.recoveryHalves.b).not.toBe(halves.b)
    await backend.vault.lock()
    expect(
      (
        await refusal(
          backend.vault.recover({
            halfA: halves.a,
            halfB: halves.b,
            newPartA: PART_A,
            newPartB: PART_B,
            journalPassphraseA: PASS_A,
            journalPassphraseB: PASS_B
          })
        )
      ).code
    ).toBe('WRONG_PASSPHRASE')
    expect(
      (
        await backend.vault.recover({
          halfA: recovered.recoveryHalves.a,
          halfB: recovered.recoveryHalves.b,
          newPartA: PART_A,
          newPartB: PART_B,
          journalPassphraseA: PASS_A,
          journalPassphraseB: PASS_B
        })
      ).status.open
    ).toBe(true)
  })
})
