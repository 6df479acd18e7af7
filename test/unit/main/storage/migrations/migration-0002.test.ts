import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../../src/main/storage/database.ts'
import { MIGRATIONS } from '../../../../../src/main/storage/migrations/index.ts'
import { PASS_A, paragraphDoc, useBackends } from '../../../../support/backend.ts'
import { useTempDirs } from '../../../../support/temp-dir.ts'

const tempDir = useTempDirs()
const newBackend = useBackends()
const V1 = MIGRATIONS.slice(0, 1)
const V2 = MIGRATIONS.slice(0, 2)
const V1_TABLES = ['profiles', 'key_slots', 'reflections', 'reflection_bodies']

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)

/** Turns a database written by this version back into what version 1 left on disk. */
function downgradeToV1(dataDir: string): void {
  const db = new Database(join(dataDir, 'sevenfold.db'))
  db.pragma('foreign_keys = OFF')
  for (const name of tables(db)) if (!V1_TABLES.includes(name)) db.exec(`DROP TABLE ${name}`)
  db.pragma('user_version = 1')
  db.close()
}

describe('migration 0002-profile-settings', () => {
  it('adds the settings table to a version 1 database and keeps what was there', () => {
    const dir = tempDir()
    const v1 = openDatabase(dir, { migrations: V1 })
    v1.prepare("INSERT INTO profiles VALUES ('p1', 'Ana', 0)").run()
    v1.prepare("INSERT INTO reflections VALUES ('r1', 'p1', x'0102')").run()
    v1.prepare("INSERT INTO reflection_bodies VALUES ('r1', x'0304')").run()
    v1.close()

    const db = openDatabase(dir, { migrations: V2 })
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(tables(db)).toContain('profile_settings')
    expect(db.prepare('SELECT * FROM profiles').all()).toEqual([{ id: 'p1', display_name: 'Ana', position: 0 }])
    expect(db.prepare('SELECT id, profile_id, hex(header) AS header FROM reflections').all()).toEqual([{ id: 'r1', profile_id: 'p1', header: '0102' }])
    const columns = (db.prepare('PRAGMA table_info(profile_settings)').all() as { name: string; type: string; pk: number }[]).map(
      (c) => `${c.name}:${c.type}${c.pk ? ':pk' : ''}`
    )
    expect(columns).toEqual(['profile_id:TEXT:pk', 'data:BLOB'])
    db.close()
  })

  it('ties each settings row to a profile, and removes it with the profile', () => {
    const db = openDatabase(tempDir())
    db.prepare("INSERT INTO profiles VALUES ('p1', 'Ana', 0)").run()
    db.prepare("INSERT INTO profile_settings VALUES ('p1', x'01')").run()
    expect(() => db.prepare("INSERT INTO profile_settings VALUES ('nobody', x'01')").run()).toThrow(/FOREIGN KEY/)
    expect(() => db.prepare("INSERT INTO profile_settings VALUES ('p1', 'text')").run()).toThrow()
    db.prepare("DELETE FROM profiles WHERE id = 'p1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM profile_settings').get()).toEqual({ n: 0 })
    db.close()
  })

  it('opens a real version 1 journal afterwards: reflections intact, default settings, choices stored encrypted', async () => {
    const first = await newBackend()
    const { profileId } = await first.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await first.backend.reflections.create({ themeId: 'trust', title: 'Before the upgrade', body: paragraphDoc('kept') })
    first.backend.close()
    downgradeToV1(first.dataDir)

    const { backend } = await newBackend(first.dataDir)
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.reflections.get({ id })).title).toBe('Before the upgrade')
    expect(await backend.settings.get()).toEqual({ appearance: 'system', textSize: 'medium', autoLockMinutes: 5 })
    await backend.settings.update({ appearance: 'dark', textSize: 'large', autoLockMinutes: 37 })
    await backend.session.lock()

    for (const name of readdirSync(first.dataDir)) {
      const bytes = readFileSync(join(first.dataDir, name))
      for (const chosen of ['"dark"', 'large', 'appearance', 'autoLockMinutes', '"autoLockMinutes":37']) {
        expect(bytes.includes(Buffer.from(chosen)), `${chosen} in ${name}`).toBe(false)
      }
    }
  })
})
