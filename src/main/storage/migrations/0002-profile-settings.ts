import type { Migration } from '../migrate.ts'

// Each partner's settings as one encrypted blob: what they chose is theirs to keep private.
export const profileSettings: Migration = {
  version: 2,
  name: 'profile-settings',
  up(db) {
    db.exec(`
      CREATE TABLE profile_settings (
        profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      ) STRICT;
    `)
  }
}
