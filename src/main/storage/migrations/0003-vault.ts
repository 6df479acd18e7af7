import type { Migration } from '../migrate.ts'

// The joint vault and what reaches it. Plaintext here is only ids, owner ids, slot
// parameters and public keys (docs/security.md, "What is plaintext, and why"); every other column is ciphertext.
export const vault: Migration = {
  version: 3,
  name: 'vault',
  up(db) {
    db.exec(`
      -- Each partner's X25519 key pair, so a "both answer" question can be sealed to them.
      CREATE TABLE profile_keys (
        profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        public_key BLOB NOT NULL,
        private_key BLOB NOT NULL
      ) STRICT;

      -- At most one vault; part a belongs to partner_a, part b to partner_b.
      CREATE TABLE vault (
        id TEXT PRIMARY KEY,
        partner_a TEXT NOT NULL REFERENCES profiles(id),
        partner_b TEXT NOT NULL REFERENCES profiles(id),
        public_key BLOB NOT NULL,
        private_key BLOB NOT NULL,
        settings BLOB NOT NULL
      ) STRICT;

      CREATE TABLE vault_slots (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL REFERENCES vault(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('joint', 'recovery')),
        kdf TEXT NOT NULL,
        wrapped_key BLOB NOT NULL,
        UNIQUE (vault_id, kind)
      ) STRICT;

      CREATE TABLE vault_secrets (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL REFERENCES vault(id) ON DELETE CASCADE,
        header BLOB NOT NULL,
        body BLOB NOT NULL
      ) STRICT;

      -- Dropped in while the vault was locked, sealed to its public key; moved into
      -- vault_secrets (under the vault key) when it is next opened together.
      CREATE TABLE vault_sealed (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL REFERENCES vault(id) ON DELETE CASCADE,
        sealed BLOB NOT NULL
      ) STRICT;

      -- A "both answer, then reveal" question in flight: the prompt sealed to each partner,
      -- each answer sealed to the vault.
      CREATE TABLE reveals (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL REFERENCES vault(id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE reveal_prompts (
        reveal_id TEXT NOT NULL REFERENCES reveals(id) ON DELETE CASCADE,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        sealed BLOB NOT NULL,
        PRIMARY KEY (reveal_id, profile_id)
      ) STRICT;

      CREATE TABLE reveal_answers (
        reveal_id TEXT NOT NULL REFERENCES reveals(id) ON DELETE CASCADE,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        sealed BLOB NOT NULL,
        PRIMARY KEY (reveal_id, profile_id)
      ) STRICT;

      -- Questions both answered, under the vault key once it was opened together.
      CREATE TABLE vault_reveals (
        id TEXT PRIMARY KEY,
        vault_id TEXT NOT NULL REFERENCES vault(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      ) STRICT;
    `)
  }
}
