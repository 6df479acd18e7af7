import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, openDatabase } from '../../../../../src/main/storage/database.ts'
import { MIGRATIONS } from '../../../../../src/main/storage/migrations/index.ts'
import { createUnlockWaitRepository } from '../../../../../src/main/storage/unlock-wait-repository.ts'
import { useTempDirs } from '../../../../support/temp-dir.ts'

const tempDir = useTempDirs()
const V3 = MIGRATIONS.slice(0, 3)
const V4 = MIGRATIONS.slice(0, 4)

describe('migration 0004-unlock-waits', () => {
  it('adds the table of wrong tries to a version 3 database and keeps what was there', () => {
    const dir = tempDir()
    const v3 = openDatabase(dir, { migrations: V3 })
    v3.prepare("INSERT INTO profiles VALUES ('p1', 'Ana', 0)").run()
    v3.close()

    const db = openDatabase(dir, { migrations: V4 })
    expect(db.pragma('user_version', { simple: true })).toBe(4)
    expect(db.prepare('SELECT * FROM profiles').all()).toEqual([{ id: 'p1', display_name: 'Ana', position: 0 }])
    const waits = createUnlockWaitRepository(db)
    waits.put('p1', { failures: 4, until: 1_000 })
    waits.put('vault', { failures: 1, until: 0 })
    waits.put('p1', { failures: 5, until: 3_000 })
    waits.remove('vault')
    db.close()

    const again = new Database(join(dir, DATABASE_FILE), { readonly: true })
    expect(createUnlockWaitRepository(again).all()).toEqual(new Map([['p1', { failures: 5, until: 3_000 }]]))
    again.close()
  })
})
