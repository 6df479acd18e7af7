import type { Database } from 'better-sqlite3'

/** A reflection as stored: everything but the ids is ciphertext. */
export interface ReflectionRow {
  id: string
  profileId: string
  header: Buffer
  body: Buffer
}

export function createReflectionRepository(db: Database) {
  const insert = db.prepare<[string, string, Buffer, Buffer]>('INSERT INTO reflections (id, profile_id, header, body) VALUES (?, ?, ?, ?)')
  const update = db.prepare<[Buffer, Buffer, string, string]>('UPDATE reflections SET header = ?, body = ? WHERE id = ? AND profile_id = ?')
  const updateHeader = db.prepare<[Buffer, string, string]>('UPDATE reflections SET header = ? WHERE id = ? AND profile_id = ?')
  const get = db.prepare<[string, string], Pick<ReflectionRow, 'header' | 'body'>>(
    'SELECT header, body FROM reflections WHERE id = ? AND profile_id = ?'
  )
  const remove = db.prepare<[string, string]>('DELETE FROM reflections WHERE id = ? AND profile_id = ?')
  const headers = db.prepare<[string], Pick<ReflectionRow, 'id' | 'header'>>('SELECT id, header FROM reflections WHERE profile_id = ?')
  return {
    insert: (row: ReflectionRow): void => void insert.run(row.id, row.profileId, row.header, row.body),
    /** Returns false when no row of that owner has the id. */
    update: (row: ReflectionRow): boolean => update.run(row.header, row.body, row.id, row.profileId).changes === 1,
    updateHeader: (id: string, profileId: string, header: Buffer): boolean => updateHeader.run(header, id, profileId).changes === 1,
    get: (id: string, profileId: string) => get.get(id, profileId),
    delete: (id: string, profileId: string): boolean => remove.run(id, profileId).changes === 1,
    headers: (profileId: string) => headers.all(profileId)
  }
}

export type ReflectionRepository = ReturnType<typeof createReflectionRepository>
