import type { Database } from 'better-sqlite3'

/** A partner's sealing key pair: the public key in plaintext, the private key under their journal key. */
export interface ProfileKeyRow {
  profileId: string
  publicKey: Buffer
  privateKey: Buffer
}

export function createProfileKeyRepository(db: Database) {
  const get = db.prepare<[string], ProfileKeyRow>(
    'SELECT profile_id AS profileId, public_key AS publicKey, private_key AS privateKey FROM profile_keys WHERE profile_id = ?'
  )
  const insert = db.prepare<[string, Buffer, Buffer]>('INSERT OR IGNORE INTO profile_keys (profile_id, public_key, private_key) VALUES (?, ?, ?)')
  const replace = db.prepare<[string, Buffer, Buffer]>('INSERT OR REPLACE INTO profile_keys (profile_id, public_key, private_key) VALUES (?, ?, ?)')
  return {
    get: (profileId: string): ProfileKeyRow | undefined => get.get(profileId),
    insert: (row: ProfileKeyRow): void => void insert.run(row.profileId, row.publicKey, row.privateKey),
    replace: (row: ProfileKeyRow): void => void replace.run(row.profileId, row.publicKey, row.privateKey)
  }
}

export type ProfileKeyRepository = ReturnType<typeof createProfileKeyRepository>
