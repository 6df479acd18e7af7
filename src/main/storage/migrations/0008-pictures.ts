import type { Migration } from '../migrate.ts'

// Pictures in a journal's reflections (issue 19; docs/security.md, "Pictures"). Their bytes are
// not in the database (daily backups copy the whole file): each is an encrypted file in the data
// folder's pictures/ folder, named by `file`. Plaintext here is the ids, the owner, the file's
// random name and `tag`, an HMAC of the picture's bytes under a key only the journal key gives,
// which finds a picture already stored without telling anyone else whether a picture they know
// is in the journal. `meta` holds the rest under the journal key: its type, size and the hash
// of its file.
export const pictures: Migration = {
  version: 8,
  name: 'pictures',
  up(db) {
    db.exec(`
      CREATE TABLE pictures (
        id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        tag BLOB NOT NULL,
        file TEXT NOT NULL UNIQUE,
        meta BLOB NOT NULL,
        UNIQUE (profile_id, tag)
      ) STRICT;
    `)
  }
}
