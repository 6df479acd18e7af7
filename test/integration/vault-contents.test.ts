import { describe, expect, it } from 'vitest'
import { decryptBlob } from '../../src/main/crypto/aead.ts'
import { openingKey, openSealed, openSealedJson } from '../../src/main/crypto/seal.ts'
import { localDate } from '../../src/shared/dates.ts'
import { openWithPassphrase } from '../../src/main/journal/key-slots.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { openWithParts } from '../../src/main/vault/keys.ts'
import { createKeySlotRepository } from '../../src/main/storage/key-slot-repository.ts'
import { createVaultRepository } from '../../src/main/storage/vault-repository.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, manualClock, rawDb, refusal, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const NOBODY = 'AAAAAAAAAAAAAAAAAAAAAA'

function sealedRows(dataDir: string) {
  const db = rawDb(dataDir)
  try {
    return db.prepare('SELECT id, sealed FROM vault_sealed ORDER BY rowid').all() as { id: string; sealed: Buffer }[]
  } finally {
    db.close()
  }
}

describe('secrets inside the open vault', () => {
  it('writes, lists newest first, reads, edits and deletes secrets, each by one of the two partners', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    const older = await backend.vaultSecrets.create({ authorId: ana, title: 'The first', body: paragraphDoc('I kept the letter.'), date: '2025-06-01' })
    const newer = await backend.vaultSecrets.create({ authorId: ben, title: 'The second', body: paragraphDoc('Three small words'), date: '2025-07-01' })

    const list = await backend.vaultSecrets.list()
    expect(list.map((s) => s.id)).toEqual([newer.id, older.id])
    expect(list[0]).toEqual({
      id: newer.id,
      authorId: ben,
      title: 'The second',
      date: '2025-07-01',
      excerpt: 'Three small words',
      wordCount: 3,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      isNew: false,
      wasSealed: false
    })
    expect(await backend.vaultSecrets.get({ id: older.id })).toMatchObject({ authorId: ana, title: 'The first', body: paragraphDoc('I kept the letter.') })

    const edited = await backend.vaultSecrets.update({ id: older.id, authorId: ben, title: 'The first, retold', body: paragraphDoc('I kept both letters.') })
    expect(edited).toMatchObject({ id: older.id, authorId: ben, title: 'The first, retold', date: '2025-06-01', excerpt: 'I kept both letters.', wordCount: 4 })
    expect((await backend.vaultSecrets.get({ id: older.id })).body).toEqual(paragraphDoc('I kept both letters.'))
    expect((await backend.vaultSecrets.update({ id: older.id, date: '2025-08-01' })).title).toBe('The first, retold')
    expect((await backend.vaultSecrets.list()).map((s) => s.id)).toEqual([older.id, newer.id])

    expect(await backend.vaultSecrets.delete({ id: newer.id })).toBeNull()
    await expect(backend.vaultSecrets.get({ id: newer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(backend.vaultSecrets.delete({ id: newer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(backend.vaultSecrets.update({ id: newer.id, title: 'gone' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await backend.vaultSecrets.list()).map((s) => s.id)).toEqual([older.id])
  })

  it('keeps its secrets across locking and a restart', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    const { id } = await backend.vaultSecrets.create({ authorId: ana, title: 'Kept', body: paragraphDoc('through a restart') })
    await backend.session.lock()

    const { backend: restarted } = await newBackend(dataDir)
    await giveBoth(restarted)
    expect(await restarted.vaultSecrets.get({ id })).toMatchObject({ title: 'Kept', authorId: ana, body: paragraphDoc('through a restart') })
  })

  it('refuses an author who is not one of the two partners', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await expect(backend.vaultSecrets.create({ authorId: NOBODY, title: 't', body: paragraphDoc('x') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'authorId'
    })
    const { id } = await backend.vaultSecrets.create({ authorId: ana, title: 't', body: paragraphDoc('x') })
    await expect(backend.vaultSecrets.update({ id, authorId: NOBODY })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'authorId' })
    expect((await backend.vaultSecrets.get({ id })).authorId).toBe(ana)
  })

  it('answers LOCKED to every secret call while the vault is locked', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    const { id } = await backend.vaultSecrets.create({ authorId: ana, title: 't', body: paragraphDoc('x') })
    await backend.vault.lock()
    for (const call of [
      backend.vaultSecrets.list(),
      backend.vaultSecrets.get({ id }),
      backend.vaultSecrets.create({ authorId: ana, title: 'u', body: paragraphDoc('y') }),
      backend.vaultSecrets.update({ id, title: 'v' }),
      backend.vaultSecrets.delete({ id })
    ]) {
      expect((await refusal(call)).code).toBe('LOCKED')
    }
    await giveBoth(backend)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['t'])
  })
})

describe('sealed drop-ins', () => {
  it('can be dropped while the vault is locked, with no journal open, and move in as new once it is opened together', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.session.lock()
    expect((await backend.app.status()).unlockedProfileId).toBeNull()

    const sealedAt = new Date(clock.now())
    expect(await backend.vault.seal({ authorId: ben, title: 'Dropped in', body: paragraphDoc('You cannot read this alone.'), passphrase: PASS_B })).toBeNull()
    await backend.vault.seal({ authorId: ana, title: 'Another', body: paragraphDoc('Nor this.'), passphrase: PASS_A })
    expect(sealedRows(dataDir)).toHaveLength(2)
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })

    clock.advance(5 * 60_000)
    expect(await giveBoth(backend)).toMatchObject({ open: true, damagedItems: 0 })
    expect(sealedRows(dataDir)).toEqual([])
    const list = await backend.vaultSecrets.list()
    expect(list.map((s) => s.title).sort()).toEqual(['Another', 'Dropped in'])
    const dropped = list.find((s) => s.title === 'Dropped in')!
    expect(dropped).toMatchObject({
      authorId: ben,
      isNew: true,
      wasSealed: true,
      excerpt: 'You cannot read this alone.',
      createdAt: sealedAt.toISOString(),
      date: localDate(sealedAt)
    })

    // Reading it marks it as read, for good.
    expect(await backend.vaultSecrets.get({ id: dropped.id })).toMatchObject({
      isNew: false,
      wasSealed: true,
      body: paragraphDoc('You cannot read this alone.')
    })
    expect((await backend.vaultSecrets.list()).find((s) => s.id === dropped.id)).toMatchObject({ isNew: false, wasSealed: true })
    expect((await backend.vaultSecrets.list()).find((s) => s.title === 'Another')?.isNew).toBe(true)
    await backend.vault.lock()
    await giveBoth(backend)
    expect((await backend.vaultSecrets.list()).find((s) => s.id === dropped.id)?.isNew).toBe(false)
  })

  it('goes straight in while the vault is open', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.seal({ authorId: ana, title: 'While open', body: paragraphDoc('x'), passphrase: PASS_A })
    expect(sealedRows(dataDir)).toEqual([])
    expect(await backend.vaultSecrets.list()).toEqual([expect.objectContaining({ title: 'While open', isNew: true, wasSealed: true })])
  })

  it('moves each in once when a drop-in and an answer arrive together while a damaged item waits', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    const question = await backend.vaultReveals.ask({ prompt: 'What are you proud of?', answer: 'from Ben' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const db = rawDb(dataDir)
    const { id: vaultId } = db.prepare('SELECT id FROM vault').get() as { id: string }
    db.prepare('INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)').run('garbage', vaultId, Buffer.alloc(80, 7))
    db.close()
    expect((await giveBoth(backend)).damagedItems).toBe(1)

    await Promise.all([
      backend.vaultReveals.answer({ id: question.id, answer: 'from Ana' }),
      backend.vault.seal({ authorId: ben, title: 'At the same moment', body: paragraphDoc('x'), passphrase: PASS_B })
    ])
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['At the same moment'])
    expect((await backend.vaultReveals.list()).map((r) => r.revealed)).toEqual([true])
    expect((await backend.vault.status()).damagedItems).toBe(1)
  })

  it('needs a vault, and an author who is one of its two partners', async () => {
    const { backend, dataDir } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await expect(backend.vault.seal({ authorId: NOBODY, title: 't', body: paragraphDoc('x') })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await backend.session.lock()

    const { backend: both } = await newBackend(dataDir)
    await both.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await both.vault.create({ partA: PART_A, partB: PART_B })
    await both.vault.lock()
    await expect(both.vault.seal({ authorId: NOBODY, title: 't', body: paragraphDoc('x') })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'authorId' })
    expect(sealedRows(dataDir)).toEqual([])
  })

  it('opens only with the vault’s private key: not a partner’s own key pair, a journal key, or the vault key itself', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ana, title: 'Only together', body: paragraphDoc('x'), passphrase: PASS_A })
    const [row] = sealedRows(dataDir)

    const db = rawDb(dataDir)
    const journalKey = (await openWithPassphrase(createKeySlotRepository(db), ana, PASS_A))!.key
    const profile = db.prepare('SELECT public_key AS publicKey, private_key AS privateKey FROM profile_keys WHERE profile_id = ?').get(ana) as {
      publicKey: Buffer
      privateKey: Buffer
    }
    const vaults = createVaultRepository(db)
    const vault = vaults.get()!
    const vaultKey = (await openWithParts(vaults.getSlot(vault.id, 'joint')!, PART_A, PART_B))!
    db.close()
    const place = vaultPlace.sealed(vault.id, row!.id)

    const profilePrivate = openingKey(decryptBlob(journalKey, profile.privateKey, { table: 'profile_keys', rowId: ana, ownerId: ana, field: 'private_key' }))
    const tampered = expect.objectContaining({ code: 'TAMPERED' })
    expect(() => openSealed(profilePrivate, profile.publicKey, row!.sealed, place)).toThrow(tampered)
    expect(() => openSealed(profilePrivate, vault.publicKey, row!.sealed, place)).toThrow(tampered)
    // The AEAD part of the item, tried under each symmetric key there is.
    expect(() => decryptBlob(journalKey, row!.sealed.subarray(33), place)).toThrow(tampered)
    expect(() => decryptBlob(vaultKey, row!.sealed.subarray(33), place)).toThrow(tampered)

    // What does open it: the vault's private key, which only the vault key unwraps.
    const vaultPrivate = openingKey(decryptBlob(vaultKey, vault.privateKey, vaultPlace.privateKey(vault.id, [vault.partnerA, vault.partnerB])))
    expect(openSealedJson(vaultPrivate, vault.publicKey, row!.sealed, place)).toMatchObject({ authorId: ana, title: 'Only together' })
  })
})
