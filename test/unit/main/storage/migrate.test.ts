import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, type Migration } from '../../../../src/main/storage/migrate.ts'
import { MIGRATIONS } from '../../../../src/main/storage/migrations/index.ts'

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)

describe('the migration runner', () => {
  it('applies each version once, in order, and records it', () => {
    const db = new Database(':memory:')
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length })
    expect(migrate(db, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length })
  })

  it('rolls back a migration that fails, leaving the last complete version', () => {
    const db = new Database(':memory:')
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'fails-halfway',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)')
        throw new Error('boom')
      }
    }
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('boom')
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(tables(db)).not.toContain('half_done')
  })

  it('refuses a database from a newer version with DATABASE_NEWER', () => {
    const db = new Database(':memory:')
    db.pragma('user_version = 99')
    expect(() => migrate(db, MIGRATIONS)).toThrow(expect.objectContaining({ code: 'DATABASE_NEWER' }))
  })
})

describe('migration 0001-initial', () => {
  it('creates the profile, key slot and reflection tables with only ids and ciphertext columns', () => {
    const db = new Database(':memory:')
    migrate(db, MIGRATIONS.slice(0, 1))
    expect(tables(db)).toEqual(['key_slots', 'profiles', 'reflection_bodies', 'reflections'])
    const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).map((c) => `${c.name}:${c.type}`)
    expect(columns('reflections')).toEqual(['id:TEXT', 'profile_id:TEXT', 'header:BLOB'])
    expect(columns('reflection_bodies')).toEqual(['id:TEXT', 'body:BLOB'])
  })

  it('deletes a profile’s reflections and their bodies with it (foreign keys)', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 1))
    db.prepare("INSERT INTO profiles VALUES ('p1', 'A', 0)").run()
    db.prepare("INSERT INTO reflections VALUES ('r1', 'p1', x'01')").run()
    db.prepare("INSERT INTO reflection_bodies VALUES ('r1', x'02')").run()
    expect(() => db.prepare("INSERT INTO reflections VALUES ('r2', 'nobody', x'01')").run()).toThrow(/FOREIGN KEY/)
    expect(() => db.prepare("INSERT INTO reflection_bodies VALUES ('r3', x'01')").run()).toThrow(/FOREIGN KEY/)
    db.prepare("DELETE FROM profiles WHERE id = 'p1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM reflections').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM reflection_bodies').get()).toEqual({ n: 0 })
  })
})
