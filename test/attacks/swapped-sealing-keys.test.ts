// Finding 1: sealed answers and drop-ins could be read before the reveal. They were sealed to
// the vault's public key as stored in the file, which nothing authenticated: Ana puts in a key
// pair of her own, waits for Ben to answer or drop something in, opens it with her private key,
// seals it again to the real key and puts the real key back. Now each journal seals only to the
// keys it pinned when the vault was proven to it (opened together with that journal open), and a
// stored key that differs is refused with TAMPERED.

import type { KeyObject } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { newSealingKeyPair, openingKey, openSealed } from '../../src/main/crypto/seal.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, NEW_PART_A, NEW_PART_B, rawDb, refusal, runSql, twoJournals, withVault } from '../support/vault.ts'

/** Ana's own key pair, put in the file in place of the vault's (or a partner's) public key. */
function anasKeys() {
  const pair = newSealingKeyPair()
  return { publicKey: pair.publicKey, open: openingKey(pair.privateKey) }
}

/** Everything sealed in the file that Ana's private key opens: what she could read before the reveal. */
function readableBy(dataDir: string, key: KeyObject, publicKey: Buffer): string[] {
  const db = rawDb(dataDir)
  try {
    const vaultId = (db.prepare('SELECT id FROM vault').get() as { id: string }).id
    const items = [
      ...(db.prepare('SELECT id, sealed FROM vault_sealed').all() as Array<{ id: string; sealed: Buffer }>).map((r) => ({
        what: 'a drop-in',
        blob: r.sealed,
        place: vaultPlace.sealed(vaultId, r.id)
      })),
      ...(
        db.prepare('SELECT reveal_id AS id, profile_id AS owner, sealed FROM reveal_answers').all() as Array<{ id: string; owner: string; sealed: Buffer }>
      ).map((r) => ({ what: 'an answer', blob: r.sealed, place: vaultPlace.answer(r.id, r.owner) })),
      ...(
        db.prepare('SELECT reveal_id AS id, profile_id AS owner, sealed FROM reveal_prompts').all() as Array<{ id: string; owner: string; sealed: Buffer }>
      ).map((r) => ({ what: 'a question', blob: r.sealed, place: vaultPlace.prompt(r.id, r.owner) }))
    ]
    return items.flatMap(({ what, blob, place }) => {
      try {
        return [`${what}: ${openSealed(key, publicKey, blob, place).toString('utf8')}`]
      } catch {
        return []
      }
    })
  } finally {
    db.close()
  }
}

/** Ben, in his own journal, answers Ana's question and drops a secret in; each may be refused. */
async function benSealsThings(backend: SevenfoldBackend, ben: string) {
  await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
  const [question] = await backend.vaultReveals.waiting()
  const answered = await backend.vaultReveals.answer({ id: question!.id, answer: 'the night we got lost' }).then(
    () => null,
    (error: unknown) => error
  )
  const dropped = await backend.vault.seal({ authorId: ben, title: 'For both of us', body: paragraphDoc('what I never said') }).then(
    () => null,
    (error: unknown) => error
  )
  return { answered, dropped }
}

describe('a public key swapped in the file', () => {
  const backendIn = useBackends()

  it('the vault’s: nothing Ben seals reaches Ana’s key, and he is told the stored key is not the one his journal knows', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.ask({ prompt: 'When did you feel closest to me?', answer: 'on the train' })
    await backend.session.lock()

    const attacker = anasKeys()
    runSql(dataDir, 'UPDATE vault SET public_key = ?', attacker.publicKey)
    const { answered, dropped } = await benSealsThings(backend, ben)
    expect(answered).toMatchObject({ code: 'TAMPERED', message: expect.stringMatching(/not the one your journal knows/) })
    expect(dropped).toMatchObject({ code: 'TAMPERED' })
    // From the lock screen, with his passphrase, the same.
    await backend.session.lock()
    expect((await refusal(backend.vault.seal({ authorId: ben, title: 'Again', body: paragraphDoc('x'), passphrase: PASS_B }))).code).toBe('TAMPERED')
    expect(readableBy(dataDir, attacker.open, attacker.publicKey)).toEqual([])
  })

  it('the vault’s, swapped back after: the attack leaves nothing she could have read', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.ask({ prompt: 'What do you hope for?', answer: 'more mornings like this' })
    await backend.session.lock()
    const real = (() => {
      const db = rawDb(dataDir)
      const row = db.prepare('SELECT public_key FROM vault').get() as { public_key: Buffer }
      db.close()
      return row.public_key
    })()

    const attacker = anasKeys()
    runSql(dataDir, 'UPDATE vault SET public_key = ?', attacker.publicKey)
    await benSealsThings(backend, ben)
    const stolen = readableBy(dataDir, attacker.open, attacker.publicKey)
    runSql(dataDir, 'UPDATE vault SET public_key = ?', real)
    expect(stolen).toEqual([])
  })

  it('is never pinned on sight: a journal that has not seen the vault opened together seals nothing until it has', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await twoJournals(backend)
    // Made from the lock screen: neither journal was open to pin anything.
    await backend.session.lock()
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.vault.lock()
    const attacker = anasKeys()
    runSql(dataDir, 'UPDATE vault SET public_key = ?', attacker.publicKey)

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const first = await refusal(backend.vault.seal({ authorId: ben, title: 'Too soon', body: paragraphDoc('x') }))
    expect(first).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Open the vault together once while your journal is open/) })
    // Opened together with his journal open: the vault's own key is proven, put back and pinned.
    expect((await giveBoth(backend)).damagedItems).toBe(1)
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ben, title: 'Now', body: paragraphDoc('sealed to the real key') })
    expect(readableBy(dataDir, attacker.open, attacker.publicKey)).toEqual([])
  })

  for (const openDuringRekey of ['Ana', 'Ben'] as const) {
    it(`the vault’s old one, put back after the vault was re-keyed (from ${openDuringRekey}’s journal) with older pins: Ben seals nothing to it`, async () => {
      const { backend, dataDir } = await backendIn()
      const { ana, ben } = await withVault(backend)
      await backend.session.lock()
      // Ana keeps a copy of the file, and knows both old parts.
      const db = rawDb(dataDir)
      const old = db.prepare('SELECT v.public_key AS vaultKey, p.data AS pins FROM vault v, journal_pins p WHERE p.profile_id = ?').get(ben) as {
        vaultKey: Buffer
        pins: Buffer
      }
      db.close()

      await backend.session.unlock({ profileId: openDuringRekey === 'Ana' ? ana : ben, passphrase: openDuringRekey === 'Ana' ? PASS_A : PASS_B })
      await giveBoth(backend)
      await backend.vault.changePassphrase({
        currentPartA: PART_A,
        currentPartB: PART_B,
        newPartA: NEW_PART_A,
        newPartB: NEW_PART_B,
        rekey: true,
        journalPassphraseA: PASS_A,
        journalPassphraseB: PASS_B
      })
      await backend.session.lock()

      // The old public key back in the file, and Ben's pins as they were before the re-key.
      runSql(dataDir, 'UPDATE vault SET public_key = ?', old.vaultKey)
      runSql(dataDir, 'UPDATE journal_pins SET data = ? WHERE profile_id = ?', old.pins, ben)
      await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
      expect((await backend.app.status()).damagedItems).toBeGreaterThan(0)
      expect((await refusal(backend.vault.seal({ authorId: ben, title: 'For later', body: paragraphDoc('what I never said') }))).code).toMatch(
        /^(FORBIDDEN|TAMPERED)$/
      )
      const db2 = rawDb(dataDir)
      expect(db2.prepare('SELECT count(*) AS n FROM vault_sealed').get()).toEqual({ n: 0 })
      db2.close()
    })
  }

  it('a drop-in from the lock screen needs the writer’s own passphrase, counted like an unlock', async () => {
    const { backend } = await backendIn()
    const { ben } = await withVault(backend)
    await backend.session.lock()
    expect(await refusal(backend.vault.seal({ authorId: ben, title: 't', body: paragraphDoc('x') }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'passphrase'
    })
    expect((await refusal(backend.vault.seal({ authorId: ben, title: 't', body: paragraphDoc('x'), passphrase: PASS_A }))).code).toBe('WRONG_PASSPHRASE')
    expect(await backend.vault.seal({ authorId: ben, title: 't', body: paragraphDoc('x'), passphrase: PASS_B })).toBeNull()
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
  })

  it('a partner’s: a question is not sealed to a key their own journal did not vouch for', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.session.lock()
    const attacker = anasKeys()
    runSql(dataDir, 'UPDATE profile_keys SET public_key = ? WHERE profile_id = ?', attacker.publicKey, ben)

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const asked = await refusal(backend.vaultReveals.ask({ prompt: 'What scares you?', answer: 'losing this' }))
    expect(asked).toMatchObject({ code: 'TAMPERED', message: expect.stringMatching(/^Ben’s key in the file is not the one Ben’s journal confirmed/) })
    expect(readableBy(dataDir, attacker.open, attacker.publicKey)).toEqual([])
  })
})
