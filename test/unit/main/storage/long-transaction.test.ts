import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LongTransaction } from '../../../../src/main/storage/long-transaction.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()
const ROWS = 4000

/** A WAL database like the journal's, with a table to fill over many turns. */
function walDatabase() {
  const file = join(tempDir(), 'long.db')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT')
  return { db, file }
}

async function fill(db: Database.Database): Promise<void> {
  const insert = db.prepare('INSERT INTO t (id, data) VALUES (?, ?)')
  for (let i = 0; i < ROWS; i++) {
    if (i % 500 === 0) await nextTurn()
    insert.run(i, Buffer.alloc(2048, i % 251))
  }
}

const settingsOf = (db: Database.Database) => ({
  cache: db.pragma('cache_size', { simple: true }),
  checkpoints: db.pragma('wal_autocheckpoint', { simple: true })
})

/** The rows the main file holds on its own, without its -wal: what a checkpoint has copied in. */
function rowsInMainFile(file: string): number {
  const alone = join(tempDir(), 'alone.db')
  copyFileSync(file, alone)
  const db = new Database(alone, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('a transaction over many turns', () => {
  it('commits everything, copies its -wal into the file before it answers, and puts the connection back as it was', async () => {
    const { db, file } = walDatabase()
    const before = settingsOf(db)
    const transaction = new LongTransaction(db)
    await fill(db)
    expect(await transaction.commit(() => true)).toBe(true)
    expect(db.inTransaction).toBe(false)
    expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(ROWS)
    expect(rowsInMainFile(file)).toBe(ROWS)
    expect(settingsOf(db)).toEqual(before)
    db.close()
  })

  it('rolls everything back when no longer wanted at the commit, or on rollback, and puts the connection back as it was', async () => {
    const { db } = walDatabase()
    const before = settingsOf(db)
    for (const end of ['unwanted', 'rollback'] as const) {
      const transaction = new LongTransaction(db)
      await fill(db)
      if (end === 'unwanted') expect(await transaction.commit(() => false)).toBe(false)
      else transaction.rollback()
      expect(db.inTransaction).toBe(false)
      expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(0)
      expect(settingsOf(db), end).toEqual(before)
    }
    db.close()
  })
})
