// Needs check-ins in the vault (issue 17, item 2), played by the other partner at the disk. Ben
// wants the side by side to say something Ana did not: he swaps the sealed blob of her needs copy
// with his own, or with his thank-you note, so each would read as the other's kind or writer;
// and, with the vault's public key from the file, he seals copies of his own whose kind is
// swapped (needs on a thank-you note or a plain drop-in, a needs copy with no needs), whose
// needs are a shape the app never makes (four of them, one twice, a need that is not one of the
// eight, words too long, a field too many), or whose words say other needs than its needs (the
// side by side shows one, the reading view the other). Each is counted damaged and never shown.
// (Sealing a whole new needs copy in Ana's name is the known limit of every drop-in:
// docs/security.md, "Known limits".)

import { describe, expect, it } from 'vitest'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { randomId } from '../../src/main/crypto/secret-buffer.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { needsBody, NEEDS_SHARED_TITLE, type NeedsCheckIn } from '../../src/shared/needs.ts'
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

function swap(dataDir: string, first: { id: string; sealed: Buffer }, second: { id: string; sealed: Buffer }): void {
  runSql(dataDir, 'UPDATE vault_sealed SET sealed = ? WHERE id = ?', second.sealed, first.id)
  runSql(dataDir, 'UPDATE vault_sealed SET sealed = ? WHERE id = ?', first.sealed, second.id)
}

async function couple() {
  const { backend, dataDir } = await newBackend()
  const ids = await withVault(backend)
  await backend.vault.lock()
  await backend.session.lock()
  return { backend, dataDir, ...ids }
}

function wordsOf(needs: unknown) {
  try {
    return needsBody(needs as NeedsCheckIn)
  } catch {
    return paragraphDoc('1. To be heard')
  }
}

const NEEDS: NeedsCheckIn = { top: [{ id: 'heard' }, { own: 'A slow Saturday' }], line: 'Work has been loud' }

describe('a needs check-in in the vault', () => {
  it('swapped in the file with the other’s copy, or with a thank-you note, is counted damaged, never read as the other’s', async () => {
    const { backend, dataDir, ana, ben } = await couple()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultShared.shareNeeds({ id: (await backend.needs.save({ top: NEEDS.top, line: NEEDS.line })).id })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultShared.shareNeeds({ id: (await backend.needs.save({ top: [{ id: 'encouraged' }] })).id })
    await backend.vaultShared.thank({ text: 'For the soup' })
    const [anas, bens] = sealedRows(dataDir)
    swap(dataDir, anas!, bens!)
    const status = await giveBoth(backend)
    expect(await backend.vaultSecrets.list()).toMatchObject([{ kind: 'thanks' }])
    expect(status.damagedItems).toBe(2)

    const second = await couple()
    await second.backend.session.unlock({ profileId: second.ana, passphrase: PASS_A })
    await second.backend.vaultShared.shareNeeds({ id: (await second.backend.needs.save({ top: NEEDS.top })).id })
    await second.backend.vaultShared.thank({ text: 'For the soup' })
    const [needsRow, thanksRow] = sealedRows(second.dataDir)
    swap(second.dataDir, needsRow!, thanksRow!)
    expect((await giveBoth(second.backend)).damagedItems).toBe(2)
    expect(await second.backend.vaultSecrets.list()).toEqual([])
  })

  it('sealed by Ben with the key from the file, with its kind swapped, a forged shape, or words that are not its needs, is counted damaged', async () => {
    const { backend, dataDir, ana, ben } = await couple()
    const db = rawDb(dataDir)
    const vault = db.prepare('SELECT id, public_key FROM vault').get() as { id: string; public_key: Buffer }
    db.close()
    const copy = {
      authorId: ben,
      title: NEEDS_SHARED_TITLE,
      body: needsBody(NEEDS),
      sealedAt: new Date().toISOString(),
      shared: { themeId: 'emotional-needs', date: '2026-03-01' },
      kind: 'needs',
      needs: NEEDS
    }
    // Its words made from the forged needs where they can be, so only the needs' own check stands in the way.
    const withNeeds = (needs: unknown) => ({ ...copy, needs, body: wordsOf(needs) })
    const forged = [
      // The kind swapped: needs on a thank-you note, on a plain drop-in, or a needs copy with none.
      { ...copy, kind: 'thanks', forId: ana },
      { ...copy, kind: undefined },
      { title: 'A secret', body: paragraphDoc('hello'), sealedAt: copy.sealedAt, authorId: ben, needs: NEEDS },
      { ...copy, needs: undefined },
      { ...copy, kind: 'need' },
      // Not from the needs theme, from a check-in's line, from no journal at all, or for someone.
      { ...copy, shared: { themeId: 'trust', date: '2026-03-01' } },
      { ...copy, shared: { themeId: 'emotional-needs', date: '2026-03-01', kind: 'check-in' } },
      { ...copy, shared: undefined },
      { ...copy, forId: ana },
      // Shapes the app never makes.
      withNeeds({ top: [{ id: 'heard' }, { id: 'touched' }, { id: 'accepted' }, { id: 'forgiven' }] }),
      withNeeds({ top: [{ id: 'heard' }, { own: 'To be heard' }] }),
      withNeeds({ top: [] }),
      withNeeds({ top: [{ id: 'admired' }] }),
      withNeeds({ top: [{ own: 'x'.repeat(81) }] }),
      withNeeds({ top: [{ id: 'heard', own: 'both' }] }),
      withNeeds({ top: [{ id: 'heard' }], line: '' }),
      withNeeds({ top: [{ id: 'heard' }], shown: 'elsewhere' }),
      withNeeds({ top: { 0: { id: 'heard' } } }),
      // Words that say other needs than its needs, or another title.
      { ...copy, body: needsBody({ top: [{ id: 'forgiven' }] }) },
      { ...copy, body: paragraphDoc('Nothing about needs') },
      { ...copy, title: 'What Ana needs' }
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
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultShared.shareNeeds({ id: (await backend.needs.save({ top: [{ id: 'encouraged' }] })).id })

    const status = await giveBoth(backend)
    expect(await backend.vaultSecrets.list()).toMatchObject([{ kind: 'needs', authorId: ben, needs: { top: [{ id: 'encouraged' }] } }])
    expect(status.damagedItems).toBe(forged.length)
  })
})
