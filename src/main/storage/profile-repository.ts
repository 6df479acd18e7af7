import type { Database } from 'better-sqlite3'

export interface ProfileRow {
  id: string
  displayName: string
  position: number
}

export function createProfileRepository(db: Database) {
  const list = db.prepare<[], ProfileRow>('SELECT id, display_name AS displayName, position FROM profiles ORDER BY position')
  const insert = db.prepare<[string, string, number]>('INSERT INTO profiles (id, display_name, position) VALUES (?, ?, ?)')
  const rename = db.prepare<[string, string]>('UPDATE profiles SET display_name = ? WHERE id = ?')
  return {
    /** A partner's new display name (plaintext, like the first: the lock screen shows it). */
    rename: (profileId: string, displayName: string): boolean => rename.run(displayName, profileId).changes === 1,
    list: (): ProfileRow[] => list.all(),
    insert: (row: ProfileRow): void => void insert.run(row.id, row.displayName, row.position)
  }
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>
