import type { Database } from 'better-sqlite3'

/**
 * A partner's sealing key pair: the public key in plaintext, the private key under their journal
 * key, and the voucher their journal made for the public key (null until it has pinned the vault).
 */
export interface ProfileKeyRow {
  profileId: string
  publicKey: Buffer
  privateKey: Buffer
  voucher: Buffer | null
}

export function createProfileKeyRepository(db: Database) {
  const get = db.prepare<[string], ProfileKeyRow>(
    'SELECT profile_id AS profileId, public_key AS publicKey, private_key AS privateKey, voucher FROM profile_keys WHERE profile_id = ?'
  )
  const insert = db.prepare<[string, Buffer, Buffer]>('INSERT OR IGNORE INTO profile_keys (profile_id, public_key, private_key) VALUES (?, ?, ?)')
  const replace = db.prepare<[string, Buffer, Buffer, Buffer | null]>(
    'INSERT OR REPLACE INTO profile_keys (profile_id, public_key, private_key, voucher) VALUES (?, ?, ?, ?)'
  )
  const putVoucher = db.prepare<[Buffer, string]>('UPDATE profile_keys SET voucher = ? WHERE profile_id = ?')
  return {
    get: (profileId: string): ProfileKeyRow | undefined => get.get(profileId),
    insert: (row: Omit<ProfileKeyRow, 'voucher'>): void => void insert.run(row.profileId, row.publicKey, row.privateKey),
    /** A whole row: a new pair comes with no voucher, a repaired public key keeps none either. */
    replace: (row: ProfileKeyRow): void => void replace.run(row.profileId, row.publicKey, row.privateKey, row.voucher),
    putVoucher: (profileId: string, voucher: Buffer): void => void putVoucher.run(voucher, profileId)
  }
}

export type ProfileKeyRepository = ReturnType<typeof createProfileKeyRepository>
