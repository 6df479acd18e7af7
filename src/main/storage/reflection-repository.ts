import type { Database } from 'better-sqlite3'

/** A reflection as stored: everything but the ids is ciphertext. */
export interface ReflectionRow {
  id: string
  profileId: string
  header: Buffer
  body: Buffer
}

export interface HeaderPageRow {
  position: number
  id: string
  header: Buffer
}

export interface BodyPageRow {
  position: number
  id: string
  body: Buffer
}

export function createReflectionRepository(db: Database) {
  const insertHeader = db.prepare<[string, string, Buffer]>('INSERT INTO reflections (id, profile_id, header) VALUES (?, ?, ?)')
  const insertBody = db.prepare<[string, Buffer]>('INSERT INTO reflection_bodies (id, body) VALUES (?, ?)')
  const updateHeader = db.prepare<[Buffer, string, string]>('UPDATE reflections SET header = ? WHERE id = ? AND profile_id = ?')
  const updateBody = db.prepare<[Buffer, string]>('UPDATE reflection_bodies SET body = ? WHERE id = ?')
  const getBody = db.prepare<[string, string], { body: Buffer }>(
    'SELECT b.body FROM reflection_bodies b JOIN reflections r ON r.id = b.id WHERE b.id = ? AND r.profile_id = ?'
  )
  const remove = db.prepare<[string, string]>('DELETE FROM reflections WHERE id = ? AND profile_id = ?')
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM reflections WHERE profile_id = ?')
  const headerPage = db.prepare<[string, number, number], HeaderPageRow>(
    'SELECT rowid AS position, id, header FROM reflections WHERE profile_id = ? AND rowid > ? ORDER BY rowid LIMIT ?'
  )
  const bodyPage = db.prepare<[string, number, number], BodyPageRow>(
    'SELECT r.rowid AS position, r.id, b.body FROM reflections r JOIN reflection_bodies b ON b.id = r.id WHERE r.profile_id = ? AND r.rowid > ? ORDER BY r.rowid LIMIT ?'
  )

  // Not transactions of their own: the journal writes each with its record, in one (journal-store.ts).
  const insert = (row: ReflectionRow) => {
    insertHeader.run(row.id, row.profileId, row.header)
    insertBody.run(row.id, row.body)
  }
  const update = (row: ReflectionRow): boolean => {
    if (updateHeader.run(row.header, row.id, row.profileId).changes !== 1) return false
    return updateBody.run(row.body, row.id).changes === 1
  }

  return {
    insert: (row: ReflectionRow): void => insert(row),
    /** Returns false when no row of that owner has the id. */
    update: (row: ReflectionRow): boolean => update(row),
    updateHeader: (id: string, profileId: string, header: Buffer): boolean => updateHeader.run(header, id, profileId).changes === 1,
    getBody: (id: string, profileId: string): Buffer | undefined => getBody.get(id, profileId)?.body,
    count: (profileId: string): number => count.get(profileId)?.n ?? 0,
    /** Deletes the reflection and, through the foreign key, its body. */
    delete: (id: string, profileId: string): boolean => remove.run(id, profileId).changes === 1,
    /** One page of an owner's headers after `afterPosition` (start at 0), so a big journal is read in slices. */
    headerPage: (profileId: string, afterPosition: number, limit: number) => headerPage.all(profileId, afterPosition, limit),
    /** The same for bodies: one query per page instead of one per reflection. */
    bodyPage: (profileId: string, afterPosition: number, limit: number) => bodyPage.all(profileId, afterPosition, limit)
  }
}

export type ReflectionRepository = ReturnType<typeof createReflectionRepository>
