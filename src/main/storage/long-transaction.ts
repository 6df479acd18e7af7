// One transaction over many turns of the event loop, for work too big for one turn that must
// still be all or nothing (a re-key): a crash, a lock or a failure rolls it all back. Nothing
// else may use the connection meanwhile; the caller holds other requests back.

import { open } from 'node:fs/promises'
import type { Database } from 'better-sqlite3'

export class LongTransaction {
  readonly #db: Database
  #done = false

  constructor(db: Database) {
    this.#db = db
    db.exec('BEGIN IMMEDIATE')
  }

  /**
   * Commits, unless `stillWanted` says otherwise by then (false: rolled back). What the transaction wrote is mostly in the -wal already (SQLite spills its cache
   * there as it goes); that is synced from another thread first, so the commit's own sync on
   * this thread has little left to do and the event loop is not held for the whole journal.
   */
  async commit(stillWanted: () => boolean): Promise<boolean> {
    await this.#syncWal()
    // A lock that came during the sync still wins: nothing is committed once it is asked for.
    if (!stillWanted()) {
      this.rollback()
      return false
    }
    this.#finish('COMMIT')
    return true
  }

  rollback(): void {
    if (!this.#done && this.#db.open && this.#db.inTransaction) this.#finish('ROLLBACK')
    this.#done = true
  }

  #finish(statement: 'COMMIT' | 'ROLLBACK'): void {
    this.#done = true
    this.#db.exec(statement)
  }

  async #syncWal(): Promise<void> {
    const handle = await open(`${this.#db.name}-wal`, 'r').catch(() => null)
    try {
      await handle?.datasync()
    } catch {
      // The commit syncs it anyway; this only moves the wait off the event loop.
    } finally {
      await handle?.close()
    }
  }
}
