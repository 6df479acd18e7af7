import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, openDatabase } from '../../../../src/main/storage/database.ts'
import { LATEST_SCHEMA_VERSION } from '../../../../src/main/storage/migrations/index.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('opening the journal database', () => {
  it('creates a private folder and file in WAL mode with full sync and foreign keys', () => {
    const dir = join(tempDir(), 'data')
    const db = openDatabase(dir)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    db.close()
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dir, DATABASE_FILE)).mode & 0o777).toBe(0o600)
  })

  it('opens an existing journal again without losing its rows', () => {
    const dir = tempDir()
    const first = openDatabase(dir)
    first.prepare('INSERT INTO profiles (id, display_name, position) VALUES (?, ?, ?)').run('p'.repeat(22), 'Ana', 0)
    first.close()
    const again = openDatabase(dir)
    expect(again.prepare('SELECT display_name AS n FROM profiles').all()).toEqual([{ n: 'Ana' }])
    again.close()
  })

  it('refuses a database from a newer app with DATABASE_NEWER and changes nothing', () => {
    const dir = tempDir()
    const file = join(dir, DATABASE_FILE)
    const newer = new Database(file)
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    newer.close()
    const before = sha(file)
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_NEWER' }))
    expect(sha(file)).toBe(before)
  })

  it('refuses a file that is not a database with DATABASE_CORRUPT and never overwrites it', () => {
    const dir = tempDir()
    const file = join(dir, DATABASE_FILE)
    writeFileSync(file, Buffer.alloc(8192, 0x5a))
    const before = sha(file)
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }))
    expect(sha(file)).toBe(before)
  })

  it('refuses a database whose pages were damaged with DATABASE_CORRUPT and leaves the file as it was', () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    const insert = db.prepare('INSERT INTO profiles (id, display_name, position) VALUES (?, ?, ?)')
    for (let i = 0; i < 400; i++) insert.run(`id-${String(i).padStart(20, '0')}`, 'x'.repeat(50), i)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const file = join(dir, DATABASE_FILE)
    const bytes = readFileSync(file)
    for (const page of [2, 3, 4]) bytes.fill(0xff, 4096 * page, 4096 * page + 64) // b-tree page headers
    writeFileSync(file, bytes)
    const before = sha(file)
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }))
    expect(sha(file)).toBe(before)
  })

  it('refuses a file whose header names a schema format SQLite does not know with DATABASE_CORRUPT, as it was', () => {
    const dir = tempDir()
    openDatabase(dir).close()
    const file = join(dir, DATABASE_FILE)
    const bytes = readFileSync(file)
    // Bytes 44-47: the schema format number, 1 to 4 (SQLite answers anything else with SQLITE_ERROR).
    bytes[47] = 9
    writeFileSync(file, bytes)
    const before = sha(file)
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }))
    expect(sha(file)).toBe(before)
  })

  it("refuses a journal with another database's -wal beside it, leaving both files as they were (SQLite would fold it in)", () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    const insert = db.prepare('INSERT INTO profiles (id, display_name, position) VALUES (?, ?, ?)')
    for (let i = 0; i < 2; i++) insert.run(`id-${String(i).padStart(20, '0')}`, 'Ana', i)
    db.close()
    // Another, smaller database's -wal, copied while its writer still held it open.
    const other = new Database(join(tempDir(), 'other.db'))
    other.pragma('journal_mode = WAL')
    other.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('not ours')")
    const file = join(dir, DATABASE_FILE)
    writeFileSync(`${file}-wal`, readFileSync(`${other.name}-wal`))
    other.close()
    const before = [sha(file), sha(`${file}-wal`)]
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }))
    expect([sha(file), sha(`${file}-wal`)]).toEqual(before)
  })

  it("refuses another app's database (its own tables, version 0) with DATABASE_CORRUPT: the migrations would build on top of them", () => {
    const dir = tempDir()
    const file = join(dir, DATABASE_FILE)
    const other = new Database(file)
    other.pragma('journal_mode = WAL')
    other.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('not ours')")
    other.close()
    const before = sha(file)
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }))
    expect(sha(file)).toBe(before)
    // The read-only look leaves no -wal or -shm of its own beside it.
    expect([existsSync(`${file}-wal`), existsSync(`${file}-shm`)]).toEqual([false, false])
  })
})
