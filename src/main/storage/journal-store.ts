import type { Database } from 'better-sqlite3'
import { createReflectionRecordRepository } from './reflection-record-repository.ts'
import { createReflectionRepository } from './reflection-repository.ts'

/** What an open journal reads and writes: its reflections and their record, written together. */
export function createJournalStore(db: Database) {
  return {
    reflections: createReflectionRepository(db),
    record: createReflectionRecordRepository(db),
    /** Runs `work` in one transaction (a savepoint inside another): a save and its record, all or nothing. */
    transaction: <T>(work: () => T): T => db.transaction(work)()
  }
}

export type JournalStore = ReturnType<typeof createJournalStore>
