// A journal written before journals kept a record of their reflections (schema 4 and older:
// headers without save numbers, bodies bound to no save, key slots of the first format) opens
// as it always did, learns its record quietly at the first unlock, and is protected from then on.

import { describe, expect, it } from 'vitest'
import { encryptBlob, encryptJson } from '../../src/main/crypto/aead.ts'
import { KDF_FLOOR, deriveKey, newKdfParams } from '../../src/main/crypto/kdf.ts'
import { newJournalKey } from '../../src/main/crypto/key-slots.ts'
import { randomId, wipe } from '../../src/main/crypto/secret-buffer.ts'
import { openDatabase } from '../../src/main/storage/database.ts'
import { MIGRATIONS } from '../../src/main/storage/migrations/index.ts'
import { PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { rawDb } from '../support/vault.ts'

const BEFORE_RECORDS = MIGRATIONS.filter((m) => m.version <= 4)

/** Ben's journal as the app before records wrote it, with two reflections. */
async function journalFromBeforeRecords(dataDir: string) {
  const db = openDatabase(dataDir, { migrations: BEFORE_RECORDS })
  const ben = randomId()
  const slotId = randomId()
  const key = newJournalKey()
  const params = newKdfParams(KDF_FLOOR)
  const kek = await deriveKey(PASS_B, params)
  db.prepare('INSERT INTO profiles VALUES (?, ?, 0)').run(ben, 'Ben')
  db.prepare("INSERT INTO key_slots VALUES (?, ?, 'passphrase', ?, ?)").run(
    slotId,
    ben,
    JSON.stringify(params),
    encryptBlob(kek, key, { table: 'key_slots', rowId: slotId, ownerId: ben, field: 'journal_key' })
  )
  const ids = ['first', 'second'].map((title) => {
    const id = randomId()
    const stamp = '2026-01-02T03:04:05.000Z'
    const header = { themeId: 'trust', title, date: '2026-01-02', excerpt: title, wordCount: 1, createdAt: stamp, updatedAt: stamp }
    db.prepare('INSERT INTO reflections VALUES (?, ?, ?)').run(
      id,
      ben,
      encryptJson(key, header, { table: 'reflections', rowId: id, ownerId: ben, field: 'header' })
    )
    db.prepare('INSERT INTO reflection_bodies VALUES (?, ?)').run(
      id,
      encryptJson(key, paragraphDoc(title), { table: 'reflection_bodies', rowId: id, ownerId: ben, field: 'body' })
    )
    return id
  })
  wipe(kek, key)
  db.close()
  return { ben, ids }
}

describe('a journal from before the record', () => {
  const backendIn = useBackends()
  const tempDir = useTempDirs()

  it('opens as before, learns its record quietly, and from then on a deleted reflection is noticed', async () => {
    const dataDir = tempDir()
    const { ben, ids } = await journalFromBeforeRecords(dataDir)

    const { backend: upgraded } = await backendIn(dataDir)
    await upgraded.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await upgraded.reflections.list()).map((r) => r.title).sort()).toEqual(['first', 'second'])
    expect((await upgraded.reflections.get({ id: ids[0]! })).body).toEqual(paragraphDoc('first'))
    expect((await upgraded.app.status()).damagedItems).toBe(0)
    await upgraded.reflections.update({ id: ids[0]!, title: 'first, again' })
    expect((await upgraded.reflections.get({ id: ids[0]! })).body).toEqual(paragraphDoc('first'))
    await upgraded.session.lock()

    await upgraded.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await upgraded.app.status()).damagedItems).toBe(0)
    await upgraded.session.lock()
    const db = rawDb(dataDir)
    db.prepare('DELETE FROM reflections WHERE id = ?').run(ids[1]!)
    db.close()
    await upgraded.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await upgraded.reflections.list()).map((r) => r.title)).toEqual(['first, again'])
    expect((await upgraded.app.status()).damagedItems).toBe(1)
  })
})

describe('a journal from before the record, once it has one', () => {
  const backendIn = useBackends()
  const tempDir = useTempDirs()

  // Review of issue 13, finding 6: its first-format slot was never rewritten, so the journal
  // stayed one "from before the record" for good, and deleting the record with every reflection
  // written since the upgrade went unnoticed. Its slot is wrapped again at the first unlock.
  it('notices the record deleted with every reflection written since', async () => {
    const dataDir = tempDir()
    const { ben, ids } = await journalFromBeforeRecords(dataDir)
    const { backend } = await backendIn(dataDir)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    for (const title of ['march', 'april']) await backend.reflections.create({ themeId: 'trust', title, body: paragraphDoc(title) })
    await backend.session.lock()

    const db = rawDb(dataDir)
    db.prepare('DELETE FROM reflection_record WHERE profile_id = ?').run(ben)
    db.prepare('DELETE FROM reflections WHERE profile_id = ? AND id NOT IN (?, ?)').run(ben, ids[0]!, ids[1]!)
    db.close()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.reflections.list()).map((r) => r.title).sort()).toEqual(['first', 'second'])
    expect((await backend.app.status()).damagedItems).toBeGreaterThan(0)
  })
})
