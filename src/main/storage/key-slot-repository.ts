import type { Database } from 'better-sqlite3'

export type SlotKind = 'passphrase' | 'recovery'

export interface KeySlotRow {
  id: string
  profileId: string
  kind: SlotKind
  /** JSON of the derivation parameters (algorithm, cost, salt); plaintext by design. */
  kdf: string
  wrappedKey: Buffer
}

export function createKeySlotRepository(db: Database) {
  const get = db.prepare<[string, SlotKind], KeySlotRow>(
    'SELECT id, profile_id AS profileId, kind, kdf, wrapped_key AS wrappedKey FROM key_slots WHERE profile_id = ? AND kind = ?'
  )
  const insert = db.prepare<[string, string, SlotKind, string, Buffer]>('INSERT INTO key_slots (id, profile_id, kind, kdf, wrapped_key) VALUES (?, ?, ?, ?, ?)')
  const replace = db.prepare<[string, Buffer, string]>('UPDATE key_slots SET kdf = ?, wrapped_key = ? WHERE id = ?')
  return {
    get: (profileId: string, kind: SlotKind): KeySlotRow | undefined => get.get(profileId, kind),
    insert: (row: KeySlotRow): void => void insert.run(row.id, row.profileId, row.kind, row.kdf, row.wrappedKey),
    replace: (id: string, kdf: string, wrappedKey: Buffer): void => void replace.run(kdf, wrappedKey, id)
  }
}

export type KeySlotRepository = ReturnType<typeof createKeySlotRepository>
