// Sharing a reflection and answering back (issue 16, item 2), played by the other partner at the
// disk. Ben wants to read what Ana shares before they open the vault together: he puts a key pair
// of his own in the file in place of the vault's, as in swapped-sealing-keys.test.ts, and waits
// for her to share. And he wants her words to answer something else: he carries her reply (and
// her mark) from one secret or revealed answer to another. The copy is sealed only to the key
// Ana's journal pinned, and replies live inside their item's own blob, bound to its place.

import { describe, expect, it } from 'vitest'
import { newSealingKeyPair, openingKey, openSealed } from '../../src/main/crypto/seal.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { editBlob, giveBoth, rawDb, refusal, runSql, withVault } from '../support/vault.ts'

const newBackend = useBackends()
const CANARY = 'mangosteenheron'

function one<T>(dataDir: string, sql: string, ...params: unknown[]): T {
  const db = rawDb(dataDir)
  try {
    return db.prepare(sql).get(...params) as T
  } finally {
    db.close()
  }
}

describe('a shared reflection', () => {
  it('cannot be read by Ben alone, even with a key of his own put in the vault’s place', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    const real = one<{ id: string; public_key: Buffer }>(dataDir, 'SELECT id, public_key FROM vault')
    const bens = newSealingKeyPair()
    runSql(dataDir, 'UPDATE vault SET public_key = ?', bens.publicKey)

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.reflections.create({ themeId: 'being-there', title: 'Hard week', body: paragraphDoc(`I was scared, ${CANARY}`) })
    const refused = await refusal(backend.vaultShared.share({ id }))
    expect(refused.code).toBe('TAMPERED')
    // Nothing was sealed to Ben's key, and the reflection is not marked as shared.
    const sealed = one<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM vault_sealed').n
    expect(sealed).toBe(0)
    expect((await backend.reflections.get({ id })).sharedAt).toBeUndefined()

    // With the real key back, the copy is sealed to it: Ben's key opens nothing, and the words are nowhere in the file.
    runSql(dataDir, 'UPDATE vault SET public_key = ?', real.public_key)
    await backend.vaultShared.share({ id })
    await backend.session.lock()
    const row = one<{ id: string; sealed: Buffer }>(dataDir, 'SELECT id, sealed FROM vault_sealed')
    expect(() => openSealed(openingKey(bens.privateKey), bens.publicKey, row.sealed, vaultPlace.sealed(real.id, row.id))).toThrow()
    expect(canarySightings(dataDir, CANARY)).toEqual([])
  })
})

describe('a reply or a reaction', () => {
  it('carried to another secret or another revealed answer is counted damaged there, never shown as its answer', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    const loved = await backend.vaultSecrets.create({ authorId: ben, title: 'What I love about you', body: paragraphDoc('many things') })
    const other = await backend.vaultSecrets.create({ authorId: ben, title: 'Something I did', body: paragraphDoc('a confession') })
    await backend.vaultShared.reply({ on: { kind: 'secret', id: loved.id }, authorId: ana, text: 'I forgive you' })
    await backend.vaultShared.react({ on: { kind: 'secret', id: loved.id }, authorId: ana, reaction: 'love' })
    // Two questions, both answered and revealed; Ana answers the first back.
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const first = await backend.vaultReveals.ask({ prompt: 'Best day this year?', answer: 'The lake' })
    const second = await backend.vaultReveals.ask({ prompt: 'What should we stop doing?', answer: 'Phones at dinner' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultReveals.answer({ id: first.id, answer: 'The lake too' })
    await backend.vaultReveals.answer({ id: second.id, answer: 'Arguing in the car' })
    await giveBoth(backend)
    await backend.vaultShared.react({ on: { kind: 'reveal', id: first.id }, authorId: ana, reaction: 'me-too' })
    await backend.vaultShared.reply({ on: { kind: 'reveal', id: first.id }, authorId: ana, text: 'Yes, exactly that' })
    await backend.vault.lock()

    // Ben carries Ana's reply and mark: the first secret's header onto the other, the first answer's blob onto the second.
    const header = one<{ header: Buffer }>(dataDir, 'SELECT header FROM vault_secrets WHERE id = ?', loved.id).header
    editBlob(dataDir, 'vault_secrets', 'header', 'id = ?', [other.id], () => header)
    const data = one<{ data: Buffer }>(dataDir, 'SELECT data FROM vault_reveals WHERE id = ?', first.id).data
    editBlob(dataDir, 'vault_reveals', 'data', 'id = ?', [second.id], () => data)

    expect(await giveBoth(backend)).toMatchObject({ damagedItems: 1 })
    expect((await refusal(backend.vaultSecrets.get({ id: other.id }))).code).toBe('TAMPERED')
    const reveals = await backend.vaultReveals.list()
    expect(reveals.map((r) => r.id)).toEqual([first.id])
    expect(reveals[0]!.responses.replies).toMatchObject([{ authorId: ana, text: 'Yes, exactly that' }])
    expect((await backend.vault.status()).damagedItems).toBe(2)
    // Where they were given, they are still there, Ana's.
    expect((await backend.vaultSecrets.get({ id: loved.id })).responses).toMatchObject({
      replies: [{ authorId: ana, text: 'I forgive you' }],
      reactions: [{ authorId: ana, reaction: 'love' }]
    })
  })
})
