import type { Database } from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'

export interface Migration {
  version: number
  name: string
  up(db: Database): void
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function newerVersionError(): AppError {
  return new AppError('DATABASE_NEWER', 'This journal was written by a newer version of Sevenfold. Update the app to open it; nothing has been changed.')
}

/**
 * Brings the database up to the last migration, one transaction per version, so a
 * failure leaves it at the last version that fully applied. A database from a newer
 * app is refused before anything is written.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const from = schemaVersion(db)
  const latest = migrations.at(-1)?.version ?? 0
  if (from > latest) throw newerVersionError()
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db)) continue
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${Math.trunc(migration.version)}`)
    })()
  }
  return { from, to: schemaVersion(db) }
}
