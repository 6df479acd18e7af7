// A database file looked at apart from the open journal: a snapshot being written into a
// backup, a backup being checked before a restore, the live file before it is moved aside.

import Database from 'better-sqlite3'
import { schemaVersion } from './migrate.ts'

/**
 * Folds any -wal into the file and switches it to a rollback journal, so the file stands on
 * its own (nothing beside it is needed to read it, and no stale -wal can ever be paired with
 * it). Returns its schema version. Nothing else may have the file open.
 */
export function settleToOneFile(file: string): number {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
    return schemaVersion(db)
  } finally {
    db.close()
  }
}

/**
 * Settles a file (as above) only if a read-only look finds it sound first: SQLite must not
 * be let loose on a damaged file or its -wal. Returns whether it was settled.
 */
export function settleIfSound(file: string): boolean {
  try {
    const db = openReadOnly(file)
    try {
      if (db.pragma('quick_check(1)', { simple: true }) !== 'ok') return false
    } finally {
      db.close()
    }
    settleToOneFile(file)
    return true
  } catch {
    return false
  }
}

/** Opens a database file that must not be changed by looking at it. */
export function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true })
}

/** True when SQLite finds the whole file sound (every page, index and constraint). */
export function passesIntegrityCheck(db: Database.Database): boolean {
  return db.pragma('integrity_check(1)', { simple: true }) === 'ok'
}

export { schemaVersion }
