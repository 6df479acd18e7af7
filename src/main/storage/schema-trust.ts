// The schema inside a database file is the file's, and the file may be someone else's work (the
// other partner with the sqlite3 CLI, a crafted backup): a planted trigger runs inside the app on
// the next matching write. So a file is used only if its schema is exactly what the migrations
// make, and no connection trusts the schema it reads.

import Database from 'better-sqlite3'
import { migrate, schemaVersion, type Migration } from './migrate.ts'

/**
 * Sets `trusted_schema = OFF`: SQL stored in the file (triggers, views, CHECK, DEFAULT and
 * generated-column expressions) may then call only functions SQLite marks innocuous, and use no
 * virtual tables. Call it on every connection, first thing.
 */
export function distrustSchema<T extends Database.Database>(db: T): T {
  db.pragma('trusted_schema = OFF')
  return db
}

// Every row, SQLite's own tables and autoindexes (sql NULL) included; rootpage alone may differ.
const SCHEMA_ROWS = 'SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name'

function schemaOf(db: Database.Database): string {
  return JSON.stringify(db.prepare(SCHEMA_ROWS).raw().all())
}

const made = new WeakMap<readonly Migration[], Map<number, string | null>>()

/**
 * What `migrations` up to `version` leave in sqlite_schema, made on an empty in-memory database
 * (once per list and version). Null when no run of them ends at that version.
 */
export function expectedSchema(migrations: readonly Migration[], version: number): string | null {
  let versions = made.get(migrations)
  if (!versions) made.set(migrations, (versions = new Map()))
  if (!versions.has(version)) {
    const db = distrustSchema(new Database(':memory:'))
    try {
      migrate(
        db,
        migrations.filter((m) => m.version <= version)
      )
      versions.set(version, schemaVersion(db) === version ? schemaOf(db) : null)
    } finally {
      db.close()
    }
  }
  return versions.get(version)!
}

/** Whether `db` holds exactly the schema the migrations make at its user_version: no more, no less, the same SQL. */
export function schemaIsMigrations(db: Database.Database, migrations: readonly Migration[]): boolean {
  const version = schemaVersion(db)
  if (version > (migrations.at(-1)?.version ?? 0)) return false
  const expected = expectedSchema(migrations, version)
  return expected !== null && schemaOf(db) === expected
}
