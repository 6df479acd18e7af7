import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openReadOnly } from '../../../../src/main/storage/database-file.ts'
import { DATABASE_FILE, openDatabase } from '../../../../src/main/storage/database.ts'
import type { Migration } from '../../../../src/main/storage/migrate.ts'
import { MIGRATIONS } from '../../../../src/main/storage/migrations/index.ts'
import { expectedSchema, schemaIsMigrations } from '../../../../src/main/storage/schema-trust.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()

describe('trusted_schema', () => {
  it('is OFF on the journal connection and on read-only looks, so the file’s SQL may call only innocuous functions', () => {
    const dir = tempDir()
    const journal = openDatabase(dir)
    const look = openReadOnly(join(dir, DATABASE_FILE))
    try {
      for (const db of [journal, look]) expect(db.pragma('trusted_schema', { simple: true })).toBe(0)
      // median() is not innocuous: a view (schema SQL) may not call it, a statement of ours may.
      journal.exec('CREATE VIEW probe AS SELECT median(1) AS m')
      expect(() => journal.prepare('SELECT * FROM probe').all()).toThrow(/unsafe use of median/)
      expect(journal.prepare('SELECT median(1) AS m').get()).toEqual({ m: 1 })
    } finally {
      look.close()
      journal.close()
    }
  })
})

describe('the schema the migrations make', () => {
  it('is what a file migrated to each version holds, autoindexes included, rootpages aside', () => {
    for (let version = 0; version <= MIGRATIONS.length; version++) {
      const dir = tempDir()
      const db = openDatabase(dir, { migrations: MIGRATIONS.slice(0, version) })
      try {
        expect(schemaIsMigrations(db, MIGRATIONS), `version ${version}`).toBe(true)
        // VACUUM moves tables to other pages; the schema is the same.
        db.exec('VACUUM')
        expect(schemaIsMigrations(db, MIGRATIONS), `version ${version} vacuumed`).toBe(true)
      } finally {
        db.close()
      }
    }
    expect(expectedSchema(MIGRATIONS, 0)).toBe('[]')
    expect(JSON.parse(expectedSchema(MIGRATIONS, 1)!)).toContainEqual(['index', 'sqlite_autoindex_profiles_1', 'profiles', null])
  })

  it('is made once per list and version', () => {
    let runs = 0
    const counted: Migration[] = [
      {
        version: 1,
        name: 'counted',
        up(db) {
          runs++
          db.exec('CREATE TABLE t (x INTEGER)')
        }
      }
    ]
    expect(expectedSchema(counted, 1)).toBe(expectedSchema(counted, 1))
    expect(runs).toBe(1)
  })

  it('is not matched by a version the migrations never end at, a negative one or a newer one', () => {
    const skipping = [MIGRATIONS[0]!, MIGRATIONS[2]!]
    const db = new Database(':memory:')
    try {
      MIGRATIONS[0]!.up(db)
      for (const version of [2, -1, 4]) {
        db.pragma(`user_version = ${version}`)
        expect(schemaIsMigrations(db, skipping), `version ${version}`).toBe(false)
      }
    } finally {
      db.close()
    }
  })
})
