// Found in review: what cannot be undone asks for the open journal's passphrase again (a new
// passphrase, deleting the journal, ending the vault alone), or both vault parts again (ending
// the vault together). While Ana's journal is open, Ben
// rewrites her passphrase slot in the file so that HIS passphrase opens it, to some key of his
// own making. At her unattended keyboard, his passphrase must prove nothing: it opens a key that
// is not her journal's. Before the fix it deleted her journal, and re-keyed it under a passphrase
// he chose.

import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { KDF_FLOOR } from '../../src/main/crypto/kdf.ts'
import { passphraseSlot } from '../../src/main/journal/key-slots.ts'
import { jointSlot } from '../../src/main/vault/keys.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { rawDb, refusal, twoJournals, withVault } from '../support/vault.ts'

const newBackend = useBackends()
const HIS_NEW = 'walnut harbour under quiet snow'
const HIS_OTHER = 'seven lanterns over a frozen pond'

/** Ana's passphrase slot replaced by one that Ben's passphrase opens, to a key of his. */
async function plantSlot(dataDir: string, anaId: string): Promise<void> {
  const db = rawDb(dataDir)
  try {
    const { id } = db.prepare("SELECT id FROM key_slots WHERE profile_id = ? AND kind = 'passphrase'").get(anaId) as { id: string }
    const slot = await passphraseSlot(anaId, id, randomBytes(32), PASS_B, KDF_FLOOR)
    db.prepare('UPDATE key_slots SET kdf = ?, wrapped_key = ? WHERE id = ?').run(slot.kdf, slot.wrappedKey, id)
  } finally {
    db.close()
  }
}

async function anaOpenWithPlantedSlot() {
  const made = await newBackend()
  const ids = await twoJournals(made.backend)
  await made.backend.session.unlock({ profileId: ids.ana, passphrase: PASS_A })
  await made.backend.reflections.create({ themeId: 'trust', title: 'Only mine', body: paragraphDoc('kept') })
  await plantSlot(made.dataDir, ids.ana)
  return { ...made, ...ids }
}

describe('a passphrase slot planted in the open journal’s name', () => {
  it('does not let his passphrase delete her journal', async () => {
    const { backend, ana } = await anaOpenWithPlantedSlot()
    const refused = await refusal(backend.endings.deleteJournal({ passphrase: PASS_B, confirmName: 'Ana' }))
    expect(refused.code).toBe('WRONG_PASSPHRASE')
    expect((await backend.app.status()).profiles.map((p) => p.id)).toContain(ana)
    expect((await backend.reflections.list()).map((r) => r.title)).toEqual(['Only mine'])
  })

  it('does not let his passphrase give her journal a new passphrase of his choosing', async () => {
    const { backend } = await anaOpenWithPlantedSlot()
    for (const rekey of [true, false]) {
      const refused = await refusal(backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: HIS_NEW, rekey }))
      expect(refused.code).toBe('WRONG_PASSPHRASE')
    }
    // Her journal is still open as it was, and his new passphrase opens nothing.
    expect((await backend.reflections.list()).map((r) => r.title)).toEqual(['Only mine'])
    const { ana } = { ana: (await backend.app.status()).unlockedProfileId! }
    await backend.session.lock()
    expect((await refusal(backend.session.unlock({ profileId: ana, passphrase: HIS_NEW }))).code).toBe('WRONG_PASSPHRASE')
  })
})

describe('a joint slot planted while the vault is open together', () => {
  it('does not let parts only Ben knows end the vault', async () => {
    const { backend, dataDir } = await newBackend()
    // Made and left open together.
    await withVault(backend)
    // Ben, alone at the open vault, makes two parts of his own open "the vault" to a key of his.
    const db = rawDb(dataDir)
    const { id, vault_id: vaultId } = db.prepare("SELECT id, vault_id FROM vault_slots WHERE kind = 'joint'").get() as { id: string; vault_id: string }
    const slot = await jointSlot(vaultId, id, randomBytes(32), HIS_NEW, HIS_OTHER, KDF_FLOOR)
    db.prepare('UPDATE vault_slots SET kdf = ?, wrapped_key = ? WHERE id = ?').run(slot.kdf, slot.wrappedKey, id)
    const secrets = (db.prepare('SELECT count(*) AS n FROM vault_secrets').get() as { n: number }).n
    db.close()
    const refused = await refusal(backend.endings.endTogether({ confirm: 'end our vault', partA: HIS_NEW, partB: HIS_OTHER }))
    expect(refused.code).toBe('WRONG_PASSPHRASE')
    expect((await backend.vault.status()).exists).toBe(true)
    const after = rawDb(dataDir)
    expect((after.prepare('SELECT count(*) AS n FROM vault_secrets').get() as { n: number }).n).toBe(secrets)
    after.close()
  })
})
