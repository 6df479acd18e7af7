// A database file looked at apart from the open journal: a snapshot being written into a
// backup, a backup being checked before a restore, the live file before it is moved aside.

import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { schemaVersion } from './migrate.ts'
import { MIGRATIONS } from './migrations/index.ts'
import { distrustSchema, schemaIsMigrations } from './schema-trust.ts'

/**
 * Folds any -wal into the file and switches it to a rollback journal, so the file stands on
 * its own (nothing beside it is needed to read it, and no stale -wal can ever be paired with
 * it). Returns its schema version. Nothing else may have the file open.
 */
export function settleToOneFile(file: string): number {
  const db = distrustSchema(new Database(file, { fileMustExist: true }))
  try {
    db.pragma('journal_mode = DELETE')
    return schemaVersion(db)
  } finally {
    db.close()
  }
}

export type OwnHeader = { userVersion: number; pages: number | null } | null

/**
 * The schema version and page count the file's own header holds, read from its bytes (SQLite's
 * view includes any -wal); the page count only where SQLite marks it valid. Null for a file too
 * short to have a header. Read it BEFORE opening a connection to the file: closing any other
 * descriptor of the file drops every POSIX lock this process holds on it, SQLite's included.
 */
export function ownHeader(file: string): OwnHeader {
  const header = Buffer.alloc(100)
  const fd = openSync(file, 'r')
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return null
  } finally {
    closeSync(fd)
  }
  const pagesValid = header.readUInt32BE(24) === header.readUInt32BE(92)
  return { userVersion: header.readUInt32BE(60), pages: pagesValid ? header.readUInt32BE(28) : null }
}

/**
 * Whether a -wal beside the file belongs to another database (or an older copy): the journal
 * only grows and its schema only moves forward (it is never vacuumed), so a -wal that takes
 * either back would, once SQLite checkpoints it, overwrite the journal with someone else's pages.
 */
export function walFromElsewhere(db: Database.Database, own: OwnHeader): boolean {
  if (!own) return false
  if (schemaVersion(db) < own.userVersion) return true
  return own.pages !== null && (db.pragma('page_count', { simple: true }) as number) < own.pages
}

/**
 * Settles a file (as above) only if a read-only look (in a worker) finds it sound first:
 * SQLite must not be let loose on a damaged file or its -wal, nor on one whose schema is not the
 * migrations' (it is kept as it was, for whoever looks into it). Returns whether it was settled.
 */
export async function settleIfSound(file: string): Promise<boolean> {
  if (!(await soundInWorker(file, 'quick'))) return false
  try {
    if (!ownAndAlone(file)) return false
    settleToOneFile(file)
    return true
  } catch {
    return false
  }
}

/** Whether `file` has the migrations' schema and no other database's -wal (see walFromElsewhere), looked at read-only. */
function ownAndAlone(file: string): boolean {
  const own = ownHeader(file)
  const db = openReadOnly(file)
  try {
    return schemaIsMigrations(db, MIGRATIONS) && !walFromElsewhere(db, own)
  } finally {
    db.close()
  }
}

/** Opens a database file that must not be changed by looking at it. */
export function openReadOnly(file: string): Database.Database {
  return distrustSchema(new Database(file, { readonly: true, fileMustExist: true }))
}

/**
 * A read-only look at a WAL-mode file makes an empty -wal and a -shm beside it where there were
 * none, and cannot remove them. Call this before the look; what it returns removes what the look
 * made once it is closed (the -wal only while empty), so a file is left as it was found.
 */
export function tidySidecarsAfterLook(file: string): () => void {
  const absent = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path))
  return () => {
    for (const path of absent) {
      const made = statSync(path, { throwIfNoEntry: false })
      if (made && (made.size === 0 || path.endsWith('-shm'))) rmSync(path, { force: true })
    }
  }
}

// Runs as CommonJS in a worker (eval), so the check needs no file of its own in the bundle.
const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
let verdict = false
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true })
  try {
    // As distrustSchema does on every other connection.
    db.pragma('trusted_schema = OFF')
    verdict = db.pragma(workerData.pragma, { simple: true }) === 'ok'
  } finally {
    db.close()
  }
} catch {
  verdict = false
}
parentPort.postMessage(verdict)
`

/**
 * SQLite's whole-file check (`integrity_check`, or the lighter `quick_check`) in a worker
 * thread: on a journal of thousands of reflections it is one call of tens of milliseconds,
 * which the main process's event loop cannot spare. True when the file is sound.
 */
export function soundInWorker(file: string, check: 'integrity' | 'quick' = 'integrity'): Promise<boolean> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(CHECK_SOURCE, { eval: true, workerData: { file, driver, pragma: `${check}_check(1)` } })
  return new Promise<boolean>((resolve) => {
    worker.once('message', (verdict: unknown) => resolve(verdict === true))
    worker.once('error', () => resolve(false))
    worker.once('exit', () => resolve(false))
  })
}

// Copies a large -wal into the file from a connection of its own (PASSIVE: it never waits for
// or blocks the app's connection); failing, SQLite's next checkpoint on that connection does it.
const CHECKPOINT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
try {
  const db = new Database(workerData.file, { fileMustExist: true })
  try {
    db.pragma('trusted_schema = OFF')
    db.pragma('wal_checkpoint(PASSIVE)')
  } finally {
    db.close()
  }
} catch {}
parentPort.postMessage(true)
`

/** Checkpoints `file`'s -wal in a worker thread; resolves when done, whether or not it could. */
export function checkpointInWorker(file: string): Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(CHECKPOINT_SOURCE, { eval: true, workerData: { file, driver } })
  return new Promise<void>((resolve) => {
    worker.once('message', () => resolve())
    worker.once('error', () => resolve())
    worker.once('exit', () => resolve())
  })
}

export { schemaVersion }
