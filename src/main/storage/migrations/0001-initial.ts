import type { Migration } from '../migrate.ts'

// Only random ids, owner ids, slot parameters and ciphertext are stored. The display
// name is plaintext because the lock screen must show it before anything is unlocked.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        position INTEGER NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE key_slots (
        id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('passphrase', 'recovery')),
        kdf TEXT NOT NULL,
        wrapped_key BLOB NOT NULL,
        UNIQUE (profile_id, kind)
      ) STRICT;

      CREATE TABLE reflections (
        id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        header BLOB NOT NULL
      ) STRICT;

      CREATE INDEX reflections_by_profile ON reflections (profile_id);

      -- Bodies apart from headers: unlocking reads every header, and small rows pack
      -- ten to a page instead of one body-sized row per page.
      CREATE TABLE reflection_bodies (
        id TEXT PRIMARY KEY REFERENCES reflections(id) ON DELETE CASCADE,
        body BLOB NOT NULL
      ) STRICT;
    `)
  }
}
