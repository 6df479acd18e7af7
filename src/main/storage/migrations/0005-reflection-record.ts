import type { Migration } from '../migrate.ts'

// Each journal's record of which reflections exist and at which save (docs/security.md,
// "Rollback"): ciphertext under the journal key, in buckets so a save rewrites one small bucket
// and the root (bucket -1) that holds every bucket's counter, not the whole list.
export const reflectionRecord: Migration = {
  version: 5,
  name: 'reflection-record',
  up(db) {
    db.exec(`
      CREATE TABLE reflection_record (
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        bucket INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (profile_id, bucket)
      ) STRICT;
    `)
  }
}
