import { describe, expect, it } from 'vitest'
import { newSealingKeyPair, sealJson } from '../../src/main/crypto/seal.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { editBlob, flipped, giveBoth, NEW_PART_A, NEW_PART_B, rawDb, refusal, runSql, withVault } from '../support/vault.ts'

const newBackend = useBackends()

function rows<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = rawDb(dataDir)
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

const sealedIds = (dataDir: string) => rows<{ id: string }>(dataDir, 'SELECT id FROM vault_sealed ORDER BY rowid').map((r) => r.id)

/** The vault with four secrets by Ana, locked so the file can be edited under it. */
async function vaultWithSecrets() {
  const { backend, dataDir } = await newBackend()
  const partners = await withVault(backend)
  const ids: Record<string, string> = {}
  for (const title of ['one', 'two', 'three', 'four']) {
    ids[title] = (await backend.vaultSecrets.create({ authorId: partners.ana, title, body: paragraphDoc(`body of ${title}`) })).id
  }
  await backend.vault.lock()
  return { backend, dataDir, ids, ...partners }
}

const titles = async (backend: Awaited<ReturnType<typeof newBackend>>['backend']) => (await backend.vaultSecrets.list()).map((s) => s.title).sort()

describe('a damaged secret', () => {
  it('is TAMPERED on its own, header or body, while the rest of the vault opens', async () => {
    const { backend, dataDir, ids } = await vaultWithSecrets()
    editBlob(dataDir, 'vault_secrets', 'header', 'id = ?', [ids.one], (b) => flipped(b, -5))
    editBlob(dataDir, 'vault_secrets', 'body', 'id = ?', [ids.two], (b) => flipped(b, 20))

    expect(await giveBoth(backend)).toMatchObject({ open: true, damagedItems: 1 })
    expect(await titles(backend)).toEqual(['four', 'three', 'two'])
    for (const id of [ids.one!, ids.two!]) {
      const error = await refusal(backend.vaultSecrets.get({ id }))
      expect(error.code).toBe('TAMPERED')
      expect(error.message).toMatch(/rest of the vault/)
    }
    await expect(backend.vaultSecrets.update({ id: ids.one!, title: 'x' })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect(await backend.vaultSecrets.get({ id: ids.three! })).toMatchObject({ title: 'three', body: paragraphDoc('body of three') })

    // A damaged secret can still be deleted, and then nothing is counted.
    await backend.vaultSecrets.delete({ id: ids.one! })
    expect((await backend.vault.status()).damagedItems).toBe(0)
  })

  it('is damaged, both of them, when a header is moved to another secret’s row', async () => {
    const { backend, dataDir, ids } = await vaultWithSecrets()
    const [one, two] = [ids.one!, ids.two!].map(
      (id) => rows<{ header: Buffer; body: Buffer }>(dataDir, 'SELECT header, body FROM vault_secrets WHERE id = ?', id)[0]!
    )
    runSql(dataDir, 'UPDATE vault_secrets SET header = ? WHERE id = ?', two!.header, ids.one)
    runSql(dataDir, 'UPDATE vault_secrets SET header = ? WHERE id = ?', one!.header, ids.two)
    // And a body copied over another's.
    runSql(dataDir, 'UPDATE vault_secrets SET body = ? WHERE id = ?', one!.body, ids.three)

    expect((await giveBoth(backend)).damagedItems).toBe(2)
    expect(await titles(backend)).toEqual(['four', 'three'])
    for (const id of [ids.one!, ids.two!, ids.three!]) await expect(backend.vaultSecrets.get({ id })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect((await backend.vaultSecrets.get({ id: ids.four! })).body).toEqual(paragraphDoc('body of four'))
  })
})

describe('a damaged sealed drop-in', () => {
  it('stays sealed and counted, untouched, while the others move in', async () => {
    const { backend, dataDir, ana, ben } = await vaultWithSecrets()
    for (const title of ['first drop', 'flipped drop', 'last drop'])
      await backend.vault.seal({ authorId: ben, title, body: paragraphDoc(title), passphrase: PASS_B })
    const [first, bad] = sealedIds(dataDir)
    editBlob(dataDir, 'vault_sealed', 'sealed', 'id = ?', [bad], (b) => flipped(b, 40))
    const vault = rows<{ id: string; public_key: Buffer }>(dataDir, 'SELECT id, public_key FROM vault')[0]!
    // The first drop's bytes under another row id, and an authentic one whose author is not a partner.
    const copy = rows<{ sealed: Buffer }>(dataDir, 'SELECT sealed FROM vault_sealed WHERE id = ?', first)[0]!.sealed
    runSql(dataDir, 'INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)', 'copied', vault.id, copy)
    const stranger = { authorId: 'stranger', title: 'forged', body: paragraphDoc('x'), sealedAt: new Date().toISOString() }
    runSql(
      dataDir,
      'INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)',
      'forged',
      vault.id,
      sealJson(vault.public_key, stranger, vaultPlace.sealed(vault.id, 'forged'))
    )
    const waiting = rows<{ id: string; hex: string }>(
      dataDir,
      "SELECT id, hex(sealed) AS hex FROM vault_sealed WHERE id IN (?, 'copied', 'forged') ORDER BY id",
      bad
    )

    expect((await giveBoth(backend)).damagedItems).toBe(3)
    expect(await titles(backend)).toEqual(['first drop', 'four', 'last drop', 'one', 'three', 'two'])
    expect(rows(dataDir, 'SELECT id, hex(sealed) AS hex FROM vault_sealed ORDER BY id')).toEqual(waiting)

    // A later drop-in still moves straight in; the damaged ones stay as they are.
    await backend.vault.seal({ authorId: ana, title: 'while open', body: paragraphDoc('x'), passphrase: PASS_A })
    expect((await titles(backend)).includes('while open')).toBe(true)
    expect((await backend.vault.status()).damagedItems).toBe(3)
    expect(sealedIds(dataDir).sort()).toEqual(waiting.map((w) => w.id))
  })

  it('waits, with the secrets still open, when the vault’s private key is damaged', async () => {
    const { backend, dataDir, ana, ids } = await vaultWithSecrets()
    await backend.vault.seal({ authorId: ana, title: 'sealed', body: paragraphDoc('x'), passphrase: PASS_A })
    editBlob(dataDir, 'vault', 'private_key', '1 = 1', [], (b) => flipped(b, 30))

    // The private key itself, and the drop-in that waits for it.
    expect(await giveBoth(backend)).toMatchObject({ open: true, damagedItems: 2 })
    expect(await titles(backend)).toEqual(['four', 'one', 'three', 'two'])
    expect((await backend.vaultSecrets.get({ id: ids.two! })).body).toEqual(paragraphDoc('body of two'))
    expect(sealedIds(dataDir)).toHaveLength(1)
  })
})

describe('a damaged answer or question', () => {
  it('keeps its own question from being revealed, or from showing, while the others are', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    // Ben's journal is open: he asks two questions and answers them.
    const kept = await backend.vaultReveals.ask({ prompt: 'What made you laugh this week?', answer: 'kept answer from Ben' })
    const spoilt = await backend.vaultReveals.ask({ prompt: 'What do you miss?', answer: 'spoilt answer from Ben' })
    const hidden = await backend.vaultReveals.ask({ prompt: 'What would you change?', answer: 'unanswered by Ana' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.answer({ id: kept.id, answer: 'kept answer from Ana' })
    await backend.vaultReveals.answer({ id: spoilt.id, answer: 'spoilt answer from Ana' })

    editBlob(dataDir, 'reveal_answers', 'sealed', 'reveal_id = ? AND profile_id = ?', [spoilt.id, ana], (b) => flipped(b, -3))
    editBlob(dataDir, 'reveal_prompts', 'sealed', 'reveal_id = ? AND profile_id = ?', [hidden.id, ana], (b) => flipped(b, 50))
    // Ana's copy of the third question is damaged: her list leaves it out and shows the rest.
    expect((await backend.vaultReveals.waiting()).map((q) => q.id).sort()).toEqual([kept.id, spoilt.id].sort())

    expect(await giveBoth(backend)).toMatchObject({ open: true, damagedItems: 1 })
    const reveals = await backend.vaultReveals.list()
    const revealed = reveals.find((r) => r.id === kept.id)!
    expect(revealed.revealed).toBe(true)
    expect(revealed.answers).toHaveLength(2)
    expect(revealed.answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ profileId: ana, text: 'kept answer from Ana' }),
        expect.objectContaining({ profileId: ben, text: 'kept answer from Ben' })
      ])
    )
    for (const reveal of reveals.filter((r) => r.id !== kept.id)) expect(reveal).toMatchObject({ revealed: false, answers: [] })
    expect(JSON.stringify(reveals)).not.toMatch(/spoilt answer/)
    expect(rows(dataDir, 'SELECT profile_id FROM reveal_answers WHERE reveal_id = ?', spoilt.id)).toHaveLength(2)
  })
})

describe('a damaged key record or setting', () => {
  it('cannot be opened by any parts when the joint slot is damaged, and the recovery halves still open it', async () => {
    const { backend, dataDir, halves } = await vaultWithSecrets()
    editBlob(dataDir, 'vault_slots', 'wrapped_key', "kind = 'joint'", [], (b) => flipped(b, 20))
    // GCM cannot tell a damaged wrap from wrong parts: the same words as a wrong pair, and no hint of a part.
    const error = await refusal(giveBoth(backend))
    expect(error.code).toBe('WRONG_PASSPHRASE')
    expect((await backend.vault.status()).open).toBe(false)

    await backend.vault.recover({
      halfA: halves.a,
      halfB: halves.b,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    })
    expect(await titles(backend)).toEqual(['four', 'one', 'three', 'two'])
    await backend.vault.lock()
    expect((await giveBoth(backend, NEW_PART_A, NEW_PART_B)).open).toBe(true)
  })

  it('still counts a spoilt key that the recovery’s re-key put right', async () => {
    for (const column of ['roster_key', 'private_key']) {
      const { backend, dataDir, halves } = await vaultWithSecrets()
      editBlob(dataDir, 'vault_slots', 'wrapped_key', "kind = 'joint'", [], (b) => flipped(b, 20))
      editBlob(dataDir, 'vault', column, '1 = 1', [], (b) => flipped(b, 29))
      const { status } = await backend.vault.recover({
        halfA: halves.a,
        halfB: halves.b,
        newPartA: NEW_PART_A,
        newPartB: NEW_PART_B,
        journalPassphraseA: PASS_A,
        journalPassphraseB: PASS_B
      })
      expect(status, column).toMatchObject({ open: true, damagedItems: 1 })
      expect(await titles(backend)).toEqual(['four', 'one', 'three', 'two'])
      // The new keys are whole: the next opening finds nothing.
      await backend.vault.lock()
      expect(await giveBoth(backend, NEW_PART_A, NEW_PART_B), column).toMatchObject({ open: true, damagedItems: 0 })
    }
  })

  it('is TAMPERED when the joint slot’s parameters are damaged, and WRONG_PASSPHRASE when the recovery slot is', async () => {
    const { backend, dataDir, halves } = await vaultWithSecrets()
    const kdf = rows<{ kdf: string }>(dataDir, "SELECT kdf FROM vault_slots WHERE kind = 'joint'")[0]!.kdf
    const params = JSON.parse(kdf) as { a: { memoryKiB: number } }
    runSql(dataDir, "UPDATE vault_slots SET kdf = ? WHERE kind = 'joint'", JSON.stringify({ ...params, a: { ...params.a, memoryKiB: 8 } }))
    expect((await refusal(giveBoth(backend))).code).toBe('TAMPERED')
    runSql(dataDir, "UPDATE vault_slots SET kdf = ? WHERE kind = 'joint'", '{"a":')
    expect((await refusal(backend.vault.givePart({ part: 'a', passphrase: PART_A }))).code).toBe('TAMPERED')
    runSql(dataDir, "UPDATE vault_slots SET kdf = ? WHERE kind = 'joint'", kdf)

    editBlob(dataDir, 'vault_slots', 'wrapped_key', "kind = 'recovery'", [], (b) => flipped(b, 20))
    await expect(
      backend.vault.recover({
        halfA: halves.a,
        halfB: halves.b,
        newPartA: NEW_PART_A,
        newPartB: NEW_PART_B,
        journalPassphraseA: PASS_A,
        journalPassphraseB: PASS_B
      })
    ).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE'
    })
    expect((await giveBoth(backend, PART_A, PART_B)).open).toBe(true)
  })

  it('falls back to the default idle minutes when the settings are damaged, and counts them damaged until written again', async () => {
    const { backend, dataDir } = await vaultWithSecrets()
    await giveBoth(backend)
    await backend.vault.setAutoLock({ minutes: 9 })
    await backend.vault.lock()
    editBlob(dataDir, 'vault', 'settings', '1 = 1', [], (b) => flipped(b, 16))

    expect(await giveBoth(backend)).toMatchObject({ open: true, autoLockMinutes: 10, damagedItems: 1 })
    expect(await titles(backend)).toEqual(['four', 'one', 'three', 'two'])
    await backend.vault.setAutoLock({ minutes: 4 })
    await backend.vault.lock()
    expect(await giveBoth(backend)).toMatchObject({ autoLockMinutes: 4, damagedItems: 0 })
  })
})

describe('a swapped public key', () => {
  // Someone with the file puts in a public key of their own, so that what is sealed next is theirs to read.
  it('of the vault is refused for sealing, counted and put back when the vault is opened together, and drop-ins work again', async () => {
    const { backend, dataDir, ana } = await vaultWithSecrets()
    const original = rows<{ public_key: Buffer }>(dataDir, 'SELECT public_key FROM vault')[0]!.public_key
    runSql(dataDir, 'UPDATE vault SET public_key = ?', newSealingKeyPair().publicKey)
    // Nothing is sealed to the stranger's key: Ana's journal pinned the real one (test/attacks/swapped-sealing-keys.test.ts).
    const refused = await refusal(
      backend.vault.seal({ authorId: ana, title: 'sealed to the swapped key', body: paragraphDoc('kept back'), passphrase: PASS_A })
    )
    expect(refused.code).toBe('TAMPERED')
    expect(sealedIds(dataDir)).toEqual([])

    expect(await giveBoth(backend)).toMatchObject({ open: true, damagedItems: 1 })
    expect(rows<{ public_key: Buffer }>(dataDir, 'SELECT public_key FROM vault')[0]!.public_key.equals(original)).toBe(true)
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ana, title: 'sealed after the repair', body: paragraphDoc('kept'), passphrase: PASS_A })
    expect(await giveBoth(backend)).toMatchObject({ open: true, damagedItems: 0 })
    expect(await titles(backend)).toEqual(['four', 'one', 'sealed after the repair', 'three', 'two'])
  })

  it('of a partner is put back when their journal opens, so questions sealed to them still open', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    const keyOf = () => rows<{ public_key: Buffer }>(dataDir, 'SELECT public_key FROM profile_keys WHERE profile_id = ?', ana)[0]!.public_key
    const original = keyOf()
    runSql(dataDir, 'UPDATE profile_keys SET public_key = ? WHERE profile_id = ?', newSealingKeyPair().publicKey, ana)

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect(keyOf().equals(original)).toBe(true)
    await backend.session.lock()
    // Ben asks; Ana's copy of the question is sealed to her own key again, and she can read it.
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const asked = await backend.vaultReveals.ask({ prompt: 'What do you hope for?', answer: 'a quiet winter' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.vaultReveals.waiting()).map((q) => q.id)).toEqual([asked.id])
  })

  it('of a partner whose private key is damaged gets a new pair when their journal opens', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    const original = rows<{ public_key: Buffer }>(dataDir, 'SELECT public_key FROM profile_keys WHERE profile_id = ?', ana)[0]!.public_key
    editBlob(dataDir, 'profile_keys', 'private_key', 'profile_id = ?', [ana], (b) => flipped(b, 30))

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const now = rows<{ public_key: Buffer }>(dataDir, 'SELECT public_key FROM profile_keys WHERE profile_id = ?', ana)[0]!.public_key
    expect(now.equals(original)).toBe(false)
    expect(await backend.vaultReveals.waiting()).toEqual([])
  })
})
