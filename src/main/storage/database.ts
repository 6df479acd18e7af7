import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { ownHeader, tidySidecarsAfterLook, walFromElsewhere } from './database-file.ts'
import { migrate, newerVersionError, schemaVersion, type Migration } from './migrate.ts'
import { MIGRATIONS } from './migrations/index.ts'
import { distrustSchema, schemaIsMigrations } from './schema-trust.ts'

export type { Database } from 'better-sqlite3'

export const DATABASE_FILE = 'sevenfold.db'
const PRIVATE_DIR = 0o700
const PRIVATE_FILE = 0o600

export function corruptError(): AppError {
  return new AppError('DATABASE_CORRUPT', 'The journal file is damaged or is not a Sevenfold journal. Nothing has been changed; restore it from a backup.')
}

/** Whether SQLite's error says the file is damaged (not a mistake of ours): answered as DATABASE_CORRUPT. */
export function isSqliteDamage(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  if (typeof code !== 'string') return false
  // A schema format number SQLite has never written (header bytes 44-47) is damage too, said as SQLITE_ERROR.
  if (code === 'SQLITE_ERROR') return /unsupported file format/.test((error as Error).message)
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR')
}

/**
 * Looks at an existing file read-only first, so a damaged file, one from a newer app or one
 * whose schema the migrations did not make is reported without SQLite writing to it (no WAL
 * checkpoint, no header change, no -wal or -shm left beside it).
 */
function inspectExisting(file: string, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0
  let db: Database.Database | undefined
  const tidy = tidySidecarsAfterLook(file)
  try {
    // Read from the file's own bytes before any connection opens (see ownHeader).
    const own = ownHeader(file)
    db = distrustSchema(new Database(file, { readonly: true, fileMustExist: true }))
    const version = schemaVersion(db)
    // The schema first: a file the migrations did not make gets no further look.
    if (version <= latest && !schemaIsMigrations(db, migrations)) throw corruptError()
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok' || walFromElsewhere(db, own)) throw corruptError()
    if (version > latest) throw newerVersionError()
  } catch (error) {
    if (error instanceof AppError) throw error
    if (isSqliteDamage(error)) throw corruptError()
    throw error
  } finally {
    db?.close()
    tidy()
  }
}

function makePrivate(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, PRIVATE_FILE)
}

export interface OpenOptions {
  /** Only for tests of the migration runner. */
  migrations?: readonly Migration[]
}

/** Opens (creating if needed) the journal database in `dataDir`, migrated to the latest schema. */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR })
  chmodSync(dataDir, PRIVATE_DIR)
  const file = join(dataDir, DATABASE_FILE)
  if (existsSync(file)) inspectExisting(file, migrations)
  else closeSync(openSync(file, 'wx', PRIVATE_FILE))

  const db = distrustSchema(new Database(file))
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // Deleted rows are overwritten, not left in free pages.
    db.pragma('secure_delete = ON')
    migrate(db, migrations)
    makePrivate(file)
    return db
  } catch (error) {
    db.close()
    if (isSqliteDamage(error)) throw corruptError()
    throw error
  }
}
