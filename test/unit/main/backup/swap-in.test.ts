import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { ASIDE_FILE, swapIn } from '../../../../src/main/backup/swap-in.ts'
import { DATABASE_FILE } from '../../../../src/main/storage/database.ts'
import { migrate } from '../../../../src/main/storage/migrate.ts'
import { MIGRATIONS } from '../../../../src/main/storage/migrations/index.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()

function rows(file: string, table = 't', column = 'v'): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare(`SELECT ${column} AS v FROM ${table} ORDER BY rowid`).all() as { v: string }[]).map((r) => r.v)
  } finally {
    db.close()
  }
}

/**
 * A journal whose last rows (profile names) are only in its -wal, as a crash could leave it
 * (copied while open); `foreign` makes it another app's database (a table t) instead.
 */
function liveWithWal(dataDir: string, values: string[], foreign = false): void {
  const scratch = tempDir()
  const db = new Database(join(scratch, 'x.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  if (foreign) db.exec('CREATE TABLE t (v TEXT)')
  else migrate(db, MIGRATIONS)
  for (const [i, v] of values.entries()) {
    if (foreign) db.prepare('INSERT INTO t VALUES (?)').run(v)
    else db.prepare('INSERT INTO profiles (id, display_name, position) VALUES (?, ?, ?)').run(`id-${i}`, v, i)
  }
  copyFileSync(join(scratch, 'x.db'), join(dataDir, DATABASE_FILE))
  copyFileSync(join(scratch, 'x.db-wal'), join(dataDir, `${DATABASE_FILE}-wal`))
  db.close()
}

function checked(dataDir: string, values: string[]): string {
  const file = join(dataDir, 'checked.tmp')
  const db = new Database(file)
  db.exec('CREATE TABLE t (v TEXT)')
  for (const v of values) db.prepare('INSERT INTO t VALUES (?)').run(v)
  db.close()
  return file
}

describe('putting a checked backup in place', () => {
  it('keeps the live database aside whole, rows still in its -wal included, and leaves no -wal beside the new one', async () => {
    const dataDir = tempDir()
    liveWithWal(dataDir, ['old 1', 'old 2'])
    await swapIn(dataDir, checked(dataDir, ['restored']))
    expect(readdirSync(dataDir).sort()).toEqual([ASIDE_FILE, DATABASE_FILE])
    expect(rows(join(dataDir, ASIDE_FILE), 'profiles', 'display_name')).toEqual(['old 1', 'old 2'])
    expect(rows(join(dataDir, DATABASE_FILE))).toEqual(['restored'])
  })

  it('does not settle a live file whose schema the migrations did not make: it moves aside as it was, its -wal with it', async () => {
    const dataDir = tempDir()
    liveWithWal(dataDir, ['old 1', 'old 2'], true)
    const live = readFileSync(join(dataDir, DATABASE_FILE))
    const wal = readFileSync(join(dataDir, `${DATABASE_FILE}-wal`))
    await swapIn(dataDir, checked(dataDir, ['restored']))
    expect(
      readdirSync(dataDir)
        .filter((name) => !name.endsWith('-shm'))
        .sort()
    ).toEqual([ASIDE_FILE, `${ASIDE_FILE}-wal`, DATABASE_FILE])
    expect(readFileSync(join(dataDir, ASIDE_FILE)).equals(live)).toBe(true)
    expect(readFileSync(join(dataDir, `${ASIDE_FILE}-wal`)).equals(wal)).toBe(true)
    expect(rows(join(dataDir, ASIDE_FILE))).toEqual(['old 1', 'old 2'])
    expect(rows(join(dataDir, DATABASE_FILE))).toEqual(['restored'])
  })

  it('replaces an older aside copy, and takes along the -wal of a live file too damaged to settle', async () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, ASIDE_FILE), 'an older aside copy')
    writeFileSync(join(dataDir, `${ASIDE_FILE}-wal`), 'its old wal')
    writeFileSync(join(dataDir, DATABASE_FILE), 'not a database at all, but someone’s journal file')
    writeFileSync(join(dataDir, `${DATABASE_FILE}-wal`), 'its wal')
    await swapIn(dataDir, checked(dataDir, ['restored']))
    // (A read-only look may add an -shm; it moves aside with the rest.)
    expect(
      readdirSync(dataDir)
        .filter((name) => !name.endsWith('-shm'))
        .sort()
    ).toEqual([ASIDE_FILE, `${ASIDE_FILE}-wal`, DATABASE_FILE])
    expect(readFileSync(join(dataDir, ASIDE_FILE), 'utf8')).toBe('not a database at all, but someone’s journal file')
    expect(readFileSync(join(dataDir, `${ASIDE_FILE}-wal`), 'utf8')).toBe('its wal')
    expect(rows(join(dataDir, DATABASE_FILE))).toEqual(['restored'])
  })

  it('puts the backup in place when there was no database yet', async () => {
    const dataDir = tempDir()
    await swapIn(dataDir, checked(dataDir, ['restored']))
    expect(existsSync(join(dataDir, ASIDE_FILE))).toBe(false)
    expect(rows(join(dataDir, DATABASE_FILE))).toEqual(['restored'])
  })
})
