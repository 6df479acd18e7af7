import type { Database } from 'better-sqlite3'

/** What a journal has pinned about its vault: one blob under the journal key. */
export function createJournalPinRepository(db: Database) {
  const get = db.prepare<[string], { data: Buffer }>('SELECT data FROM journal_pins WHERE profile_id = ?')
  const put = db.prepare<[string, Buffer]>(
    'INSERT INTO journal_pins (profile_id, data) VALUES (?, ?) ON CONFLICT (profile_id) DO UPDATE SET data = excluded.data'
  )
  return {
    get: (profileId: string): Buffer | undefined => get.get(profileId)?.data,
    put: (profileId: string, data: Buffer): void => void put.run(profileId, data)
  }
}

export type JournalPinRepository = ReturnType<typeof createJournalPinRepository>
