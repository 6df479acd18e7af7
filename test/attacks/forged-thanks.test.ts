// Thank-you notes (issue 17, item 6), played by the other partner at the disk. Ben wants a note
// to say something it did not: he swaps the sealed blobs of Ana's note for him and his own note
// for her, so each would read as the other's; and, with the vault's public key from the file, he
// seals a note of his own that is "for" the one who wrote it, or names someone who is not one of
// the two, or is a shared reflection as well. Who wrote a note and who it is for are inside its
// seal, bound to its row, and checked when it is taken in: each of these is counted damaged and
// never shown. (Sealing a whole new note in Ana's name is the known limit of every drop-in:
// docs/security.md, "Known limits".)

import { describe, expect, it } from 'vitest'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { randomId } from '../../src/main/crypto/secret-buffer.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, runSql, withVault } from '../support/vault.ts'

const newBackend = useBackends()

function sealedRows(dataDir: string): Array<{ id: string; sealed: Buffer }> {
  const db = rawDb(dataDir)
  try {
    return db.prepare('SELECT id, sealed FROM vault_sealed ORDER BY rowid').all() as Array<{ id: string; sealed: Buffer }>
  } finally {
    db.close()
  }
}

describe('a thank-you note', () => {
  it('swapped with another in the file is counted damaged, never read as for or from the other', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultShared.thank({ text: 'From Ana, for Ben' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultShared.thank({ text: 'From Ben, for Ana' })
    const [first, second] = sealedRows(dataDir)
    runSql(dataDir, 'UPDATE vault_sealed SET sealed = ? WHERE id = ?', second!.sealed, first!.id)
    runSql(dataDir, 'UPDATE vault_sealed SET sealed = ? WHERE id = ?', first!.sealed, second!.id)

    const status = await giveBoth(backend)
    expect(await backend.vaultSecrets.list()).toEqual([])
    expect(status.damagedItems).toBe(2)
  })

  it('sealed by Ben with the key from the file, but for its own writer, for a stranger, or as a shared reflection too, is counted damaged', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    const db = rawDb(dataDir)
    const vault = db.prepare('SELECT id, public_key FROM vault').get() as { id: string; public_key: Buffer }
    db.close()
    const note = { title: 'Thank you', body: paragraphDoc('Forged'), sealedAt: new Date().toISOString(), kind: 'thanks' }
    const forged = [
      { ...note, authorId: ben, forId: ben },
      { ...note, authorId: ana, forId: ana },
      { ...note, authorId: ben, forId: 'someone-else' },
      { ...note, authorId: ben, forId: ana, shared: { themeId: 'trust', date: '2026-03-01' } },
      { ...note, authorId: ben, kind: 'thanks' },
      { title: 'A secret', body: paragraphDoc('not a note'), sealedAt: note.sealedAt, authorId: ben, forId: ana },
      { ...note, authorId: ben, forId: ana, kind: 'admiration' }
    ]
    for (const secret of forged) {
      const id = randomId()
      runSql(
        dataDir,
        'INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)',
        id,
        vault.id,
        sealJson(vault.public_key, secret, vaultPlace.sealed(vault.id, id))
      )
    }
    // One made as the app makes it still comes through.
    await backend.vaultShared.thank({ text: 'The real one' })

    const status = await giveBoth(backend)
    expect(await backend.vaultSecrets.list()).toMatchObject([{ kind: 'thanks', authorId: ben, forId: ana }])
    expect(status.damagedItems).toBe(forged.length)
  })
})
