import type { Database } from 'better-sqlite3'

/** A picture as stored: the ids, its file's random name and its keyed tag are plaintext; `meta` is ciphertext. */
export interface PictureRow {
  id: string
  profileId: string
  tag: Buffer
  file: string
  meta: Buffer
}

export function createPictureRepository(db: Database) {
  const insert = db.prepare<[string, string, Buffer, string, Buffer]>('INSERT INTO pictures (id, profile_id, tag, file, meta) VALUES (?, ?, ?, ?, ?)')
  const replace = db.prepare<[Buffer, string, Buffer, string, string]>('UPDATE pictures SET tag = ?, file = ?, meta = ? WHERE id = ? AND profile_id = ?')
  const get = db.prepare<[string, string], PictureRow>('SELECT id, profile_id AS profileId, tag, file, meta FROM pictures WHERE id = ? AND profile_id = ?')
  const byTag = db.prepare<[string, Buffer], PictureRow>('SELECT id, profile_id AS profileId, tag, file, meta FROM pictures WHERE profile_id = ? AND tag = ?')
  const list = db.prepare<[string], PictureRow>('SELECT id, profile_id AS profileId, tag, file, meta FROM pictures WHERE profile_id = ? ORDER BY rowid')
  const remove = db.prepare<[string, string]>('DELETE FROM pictures WHERE id = ? AND profile_id = ?')
  const files = db.prepare<[], { file: string }>('SELECT file FROM pictures')

  return {
    insert: (row: PictureRow): void => void insert.run(row.id, row.profileId, row.tag, row.file, row.meta),
    /** A picture's tag, file and meta written anew (a re-key, a damaged file replaced); false if it is not there. */
    replace: (row: PictureRow): boolean => replace.run(row.tag, row.file, row.meta, row.id, row.profileId).changes === 1,
    get: (id: string, profileId: string): PictureRow | undefined => get.get(id, profileId),
    byTag: (profileId: string, tag: Buffer): PictureRow | undefined => byTag.get(profileId, tag),
    /** Every picture of one journal (a few thousand small rows at most). */
    list: (profileId: string): PictureRow[] => list.all(profileId),
    remove: (id: string, profileId: string): boolean => remove.run(id, profileId).changes === 1,
    /** The file names every journal's pictures use: any other file in the folder belongs to no one. */
    allFiles: (): Set<string> => new Set(files.all().map((row) => row.file))
  }
}

export type PictureRepository = ReturnType<typeof createPictureRepository>
