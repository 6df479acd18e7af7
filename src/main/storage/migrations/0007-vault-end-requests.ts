import type { Migration } from '../migrate.ts'

// One partner's request to end the vault on their own, after a wait (docs/security.md, "Endings").
// `requested_at` is plaintext so the lock screen can say it before anything is unlocked; `proof`
// is the same request under the requester's journal key, and only it decides when the wait is over.
export const vaultEndRequests: Migration = {
  version: 7,
  name: 'vault-end-requests',
  up(db) {
    db.exec(`
      CREATE TABLE vault_end_requests (
        vault_id TEXT PRIMARY KEY REFERENCES vault(id) ON DELETE CASCADE,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        requested_at INTEGER NOT NULL,
        proof BLOB NOT NULL
      ) STRICT;
    `)
  }
}
