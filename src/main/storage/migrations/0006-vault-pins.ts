import type { Migration } from '../migrate.ts'

// Sealing only to keys a journal has proven (docs/security.md, "Pinned keys"). Each journal
// pins, under its own key, the vault's public key and the vault's key for vouchers, at a joint
// open with that journal open; each partner's journal vouches for its own sealing key with it.
export const vaultPins: Migration = {
  version: 6,
  name: 'vault-pins',
  up(db) {
    db.exec(`
      CREATE TABLE journal_pins (
        profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      ) STRICT;

      -- An HMAC by the partner's own journal over their public key; plaintext, like the key.
      ALTER TABLE profile_keys ADD COLUMN voucher BLOB;

      -- The key those vouchers are made with, under the vault key; made at the first joint open if missing.
      ALTER TABLE vault ADD COLUMN roster_key BLOB;
    `)
  }
}
