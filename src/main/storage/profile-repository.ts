import type { Database } from 'better-sqlite3'

export interface ProfileRow {
  id: string
  displayName: string
  position: number
}

export function createProfileRepository(db: Database) {
  const list = db.prepare<[], ProfileRow>('SELECT id, display_name AS displayName, position FROM profiles ORDER BY position')
  const insert = db.prepare<[string, string, number]>('INSERT INTO profiles (id, display_name, position) VALUES (?, ?, ?)')
  return {
    list: (): ProfileRow[] => list.all(),
    insert: (row: ProfileRow): void => void insert.run(row.id, row.displayName, row.position)
  }
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>
