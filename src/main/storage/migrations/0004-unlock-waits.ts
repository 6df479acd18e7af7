import type { Migration } from '../migrate.ts'

// Wrong tries per door (a journal's id, 'vault', 'restore'), so the growing wait outlives a
// restart. Plaintext: counts and times, nothing anyone wrote (docs/security.md, "Guessing").
export const unlockWaits: Migration = {
  version: 4,
  name: 'unlock-waits',
  up(db) {
    db.exec(`
      CREATE TABLE unlock_waits (
        door TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        until INTEGER NOT NULL
      ) STRICT;
    `)
  }
}
