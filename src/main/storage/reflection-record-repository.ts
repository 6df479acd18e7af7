import type { Database } from 'better-sqlite3'

/** One bucket of a journal's reflection record, or its root (bucket ROOT_BUCKET); ciphertext. */
export interface RecordRow {
  bucket: number
  data: Buffer
}

export const ROOT_BUCKET = -1

export function createReflectionRecordRepository(db: Database) {
  const all = db.prepare<[string], RecordRow>('SELECT bucket, data FROM reflection_record WHERE profile_id = ?')
  const put = db.prepare<[string, number, Buffer]>(
    'INSERT INTO reflection_record (profile_id, bucket, data) VALUES (?, ?, ?) ON CONFLICT (profile_id, bucket) DO UPDATE SET data = excluded.data'
  )
  return {
    all: (profileId: string): RecordRow[] => all.all(profileId),
    put: (profileId: string, row: RecordRow): void => void put.run(profileId, row.bucket, row.data)
  }
}

export type ReflectionRecordRepository = ReturnType<typeof createReflectionRecordRepository>
