// The schema inside a database file is the file's, and the file may be someone else's work (the
// other partner with the sqlite3 CLI, a crafted backup): a planted trigger runs inside the app on
// the next matching write. So no connection trusts the schema it reads.

import type Database from 'better-sqlite3'

/**
 * Sets `trusted_schema = OFF`: SQL stored in the file (triggers, views, CHECK, DEFAULT and
 * generated-column expressions) may then call only functions SQLite marks innocuous, and use no
 * virtual tables. Call it on every connection, first thing.
 */
export function distrustSchema<T extends Database.Database>(db: T): T {
  db.pragma('trusted_schema = OFF')
  return db
}
