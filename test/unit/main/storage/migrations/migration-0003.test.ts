import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decryptBlob, encryptBlob } from '../../../../../src/main/crypto/aead.ts'
import { wipe } from '../../../../../src/main/crypto/secret-buffer.ts'
import { openWithPassphrase } from '../../../../../src/main/journal/key-slots.ts'
import { settingsPlace } from '../../../../../src/main/journal/settings.ts'
import { DATABASE_FILE, openDatabase } from '../../../../../src/main/storage/database.ts'
import { createKeySlotRepository } from '../../../../../src/main/storage/key-slot-repository.ts'
import { MIGRATIONS } from '../../../../../src/main/storage/migrations/index.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../../../../support/backend.ts'
import { useTempDirs } from '../../../../support/temp-dir.ts'
import { giveBoth } from '../../../../support/vault.ts'

const tempDir = useTempDirs()
const newBackend = useBackends()
const V2 = MIGRATIONS.slice(0, 2)
const V3 = MIGRATIONS.slice(0, 3)
const V2_TABLES = ['key_slots', 'profile_settings', 'profiles', 'reflection_bodies', 'reflections']
const V3_TABLES = ['profile_keys', 'reveal_answers', 'reveal_prompts', 'reveals', 'vault', 'vault_reveals', 'vault_sealed', 'vault_secrets', 'vault_slots']

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)

const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[]).map((c) => `${c.name}:${c.type}${c.pk ? ':pk' : ''}`)

/** Turns a database written by this version back into what version 2 left on disk. */
function downgradeToV2(dataDir: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE))
  db.pragma('foreign_keys = OFF')
  for (const name of tables(db)) if (!V2_TABLES.includes(name)) db.exec(`DROP TABLE ${name}`)
  db.pragma('user_version = 2')
  db.close()
}

/**
 * Version 2 kept settings bound to no save (this version binds them to one in the journal's
 * record, which the downgrade dropped): the blob as version 2 wrote it, under the same key.
 */
async function settingsAsVersion2Wrote(dataDir: string, profileId: string, passphrase: string): Promise<void> {
  const db = new Database(join(dataDir, DATABASE_FILE))
  try {
    const { key } = (await openWithPassphrase(createKeySlotRepository(db), profileId, passphrase))!
    const row = db.prepare('SELECT data FROM profile_settings WHERE profile_id = ?').get(profileId) as { data: Buffer }
    const plain = decryptBlob(key, row.data, settingsPlace(profileId, 1))
    db.prepare('UPDATE profile_settings SET data = ? WHERE profile_id = ?').run(encryptBlob(key, plain, settingsPlace(profileId, undefined)), profileId)
    wipe(key, plain)
  } finally {
    db.close()
  }
}

function count(dataDir: string, table: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('migration 0003-vault', () => {
  it('adds the vault tables to a version 2 database and keeps what was there', () => {
    const dir = tempDir()
    const v2 = openDatabase(dir, { migrations: V2 })
    expect(tables(v2)).toEqual(V2_TABLES)
    v2.prepare("INSERT INTO profiles VALUES ('p1', 'Ana', 0)").run()
    v2.prepare("INSERT INTO reflections VALUES ('r1', 'p1', x'0102')").run()
    v2.prepare("INSERT INTO reflection_bodies VALUES ('r1', x'0304')").run()
    v2.prepare("INSERT INTO profile_settings VALUES ('p1', x'05')").run()
    v2.close()

    const db = openDatabase(dir, { migrations: V3 })
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(tables(db)).toEqual([...V2_TABLES, ...V3_TABLES].sort())
    expect(db.prepare('SELECT * FROM profiles').all()).toEqual([{ id: 'p1', display_name: 'Ana', position: 0 }])
    expect(db.prepare('SELECT hex(header) AS h FROM reflections').all()).toEqual([{ h: '0102' }])
    expect(db.prepare('SELECT hex(body) AS h FROM reflection_bodies').all()).toEqual([{ h: '0304' }])
    expect(db.prepare('SELECT hex(data) AS h FROM profile_settings').all()).toEqual([{ h: '05' }])

    expect(columns(db, 'profile_keys')).toEqual(['profile_id:TEXT:pk', 'public_key:BLOB', 'private_key:BLOB'])
    expect(columns(db, 'vault')).toEqual(['id:TEXT:pk', 'partner_a:TEXT', 'partner_b:TEXT', 'public_key:BLOB', 'private_key:BLOB', 'settings:BLOB'])
    expect(columns(db, 'vault_slots')).toEqual(['id:TEXT:pk', 'vault_id:TEXT', 'kind:TEXT', 'kdf:TEXT', 'wrapped_key:BLOB'])
    expect(columns(db, 'vault_secrets')).toEqual(['id:TEXT:pk', 'vault_id:TEXT', 'header:BLOB', 'body:BLOB'])
    expect(columns(db, 'vault_sealed')).toEqual(['id:TEXT:pk', 'vault_id:TEXT', 'sealed:BLOB'])
    expect(columns(db, 'vault_reveals')).toEqual(['id:TEXT:pk', 'vault_id:TEXT', 'data:BLOB'])
    db.close()
  })

  it('ties every row to its vault or profile, keeps one slot of each kind, and takes only bytes for ciphertext', () => {
    const db = openDatabase(tempDir(), { migrations: V3 })
    db.prepare("INSERT INTO profiles VALUES ('p1', 'Ana', 0), ('p2', 'Ben', 1)").run()
    db.prepare("INSERT INTO vault VALUES ('v1', 'p1', 'p2', x'01', x'02', x'03')").run()
    db.prepare("INSERT INTO vault_slots VALUES ('s1', 'v1', 'joint', '{}', x'04')").run()
    expect(() => db.prepare("INSERT INTO vault_slots VALUES ('s2', 'v1', 'joint', '{}', x'04')").run()).toThrow(/UNIQUE/)
    expect(() => db.prepare("INSERT INTO vault_slots VALUES ('s3', 'v1', 'spare', '{}', x'04')").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO vault_secrets VALUES ('x1', 'nope', x'01', x'02')").run()).toThrow(/FOREIGN KEY/)
    expect(() => db.prepare("INSERT INTO vault_secrets VALUES ('x1', 'v1', 'plain text', x'02')").run()).toThrow()
    expect(() => db.prepare("INSERT INTO profile_keys VALUES ('nobody', x'01', x'02')").run()).toThrow(/FOREIGN KEY/)
    db.prepare("INSERT INTO profile_keys VALUES ('p1', x'01', x'02')").run()
    db.prepare("INSERT INTO vault_secrets VALUES ('x1', 'v1', x'01', x'02')").run()
    db.prepare("INSERT INTO reveals VALUES ('q1', 'v1')").run()
    db.prepare("INSERT INTO reveal_answers VALUES ('q1', 'p1', x'01')").run()

    db.prepare("DELETE FROM reveals WHERE id = 'q1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM reveal_answers').get()).toEqual({ n: 0 })
    db.prepare("DELETE FROM profile_keys WHERE profile_id = 'p1'").run()
    db.prepare("DELETE FROM vault WHERE id = 'v1'").run()
    expect(db.prepare('SELECT (SELECT count(*) FROM vault_slots) + (SELECT count(*) FROM vault_secrets) AS n').get()).toEqual({ n: 0 })
    db.close()
  })

  it('opens real version 2 journals afterwards, each getting its key pair when next unlocked', async () => {
    const first = await newBackend()
    const ana = await first.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await first.backend.reflections.create({ themeId: 'trust', title: 'Before the vault', body: paragraphDoc('kept') })
    await first.backend.settings.update({ textSize: 'large' })
    const ben = await first.backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    first.backend.close()
    downgradeToV2(first.dataDir)
    await settingsAsVersion2Wrote(first.dataDir, ana.profileId, PASS_A)

    const { backend, dataDir } = await newBackend(first.dataDir)
    expect(count(dataDir, 'profile_keys')).toBe(0)
    expect((await backend.app.status()).vault).toEqual({ exists: false, open: false })

    await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
    expect(count(dataDir, 'profile_keys')).toBe(1)
    expect((await backend.reflections.get({ id })).title).toBe('Before the vault')
    expect((await backend.settings.get()).textSize).toBe('large')

    // A question needs both key pairs, each confirmed by its own journal: Ben has to open his
    // journal, and the vault together while it is open, once first.
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await expect(backend.vaultReveals.ask({ prompt: 'What now?', answer: 'something' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^Ben’s journal has not confirmed its key yet/)
    })
    await backend.session.unlock({ profileId: ben.profileId, passphrase: PASS_B })
    expect(count(dataDir, 'profile_keys')).toBe(2)
    await giveBoth(backend)
    await backend.session.lock()
    await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
    await backend.vaultReveals.ask({ prompt: 'What now?', answer: 'something' })
    expect((await backend.vaultReveals.waiting()).map((q) => q.prompt)).toEqual(['What now?'])
  })
})
