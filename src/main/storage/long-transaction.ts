// One transaction over many turns of the event loop, for work too big for one turn that must
// still be all or nothing (a re-key): a crash, a lock or a failure rolls it all back. Nothing
// else may use the connection meanwhile; the caller holds other requests back.
//
// Its writes must not land on the event loop all at once at the end: a small page cache makes
// SQLite spill them to the -wal turn by turn, and the checkpoint that copies a -wal this large
// into the file (which SQLite would run inside the COMMIT) runs on a connection in a worker.

import { open } from 'node:fs/promises'
import type { Database } from 'better-sqlite3'
import { checkpointInWorker } from './database-file.ts'

/** Pages of cache while a long transaction runs (SQLite's default is about 500 of 4 KiB). */
const SPILL_CACHE_PAGES = 64

export class LongTransaction {
  readonly #db: Database
  readonly #settings: { cacheSize: number; autoCheckpoint: number }
  #done = false

  constructor(db: Database) {
    this.#db = db
    this.#settings = {
      cacheSize: db.pragma('cache_size', { simple: true }) as number,
      autoCheckpoint: db.pragma('wal_autocheckpoint', { simple: true }) as number
    }
    db.pragma(`cache_size = ${SPILL_CACHE_PAGES}`)
    db.pragma('wal_autocheckpoint = 0')
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
    this.#finish('COMMIT', false)
    // Copied into the file off this thread; then SQLite's own small checkpoints take over again.
    await checkpointInWorker(this.#db.name)
    this.#restore(true)
    return true
  }

  rollback(): void {
    if (!this.#done && this.#db.open && this.#db.inTransaction) this.#finish('ROLLBACK', true)
    this.#done = true
  }

  #finish(statement: 'COMMIT' | 'ROLLBACK', restoreCheckpoints: boolean): void {
    this.#done = true
    try {
      this.#db.exec(statement)
    } finally {
      this.#restore(restoreCheckpoints)
    }
  }

  #restore(checkpoints: boolean): void {
    if (!this.#db.open) return
    this.#db.pragma(`cache_size = ${this.#settings.cacheSize}`)
    if (checkpoints) this.#db.pragma(`wal_autocheckpoint = ${this.#settings.autoCheckpoint}`)
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
