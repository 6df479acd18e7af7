import type { Database } from 'better-sqlite3'

/** The one vault row; the private key, settings and roster key are ciphertext under the vault key. */
export interface VaultRow {
  id: string
  partnerA: string
  partnerB: string
  publicKey: Buffer
  privateKey: Buffer
  settings: Buffer
  /** The key each journal vouches for its own sealing key with; null in vaults made before vouchers. */
  rosterKey: Buffer | null
}

export type VaultSlotKind = 'joint' | 'recovery'

export interface VaultSlotRow {
  id: string
  vaultId: string
  kind: VaultSlotKind
  /** JSON of the derivation parameters (per part, or the recovery salt); plaintext by design. */
  kdf: string
  wrappedKey: Buffer
}

export function createVaultRepository(db: Database) {
  const get = db.prepare<[], VaultRow>(
    'SELECT id, partner_a AS partnerA, partner_b AS partnerB, public_key AS publicKey, private_key AS privateKey, settings, roster_key AS rosterKey FROM vault LIMIT 1'
  )
  const insertVault = db.prepare<[string, string, string, Buffer, Buffer, Buffer, Buffer | null]>(
    'INSERT INTO vault (id, partner_a, partner_b, public_key, private_key, settings, roster_key) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  const putPublicKey = db.prepare<[Buffer, string]>('UPDATE vault SET public_key = ? WHERE id = ?')
  const putPrivateKey = db.prepare<[Buffer, string]>('UPDATE vault SET private_key = ? WHERE id = ?')
  const putKeys = db.prepare<[Buffer, Buffer, Buffer, Buffer | null, string]>(
    'UPDATE vault SET public_key = ?, private_key = ?, settings = ?, roster_key = ? WHERE id = ?'
  )
  const putSettings = db.prepare<[Buffer, string]>('UPDATE vault SET settings = ? WHERE id = ?')
  const putRosterKey = db.prepare<[Buffer, string]>('UPDATE vault SET roster_key = ? WHERE id = ?')
  const getSlot = db.prepare<[string, VaultSlotKind], VaultSlotRow>(
    'SELECT id, vault_id AS vaultId, kind, kdf, wrapped_key AS wrappedKey FROM vault_slots WHERE vault_id = ? AND kind = ?'
  )
  const insertSlot = db.prepare<[string, string, VaultSlotKind, string, Buffer]>(
    'INSERT INTO vault_slots (id, vault_id, kind, kdf, wrapped_key) VALUES (?, ?, ?, ?, ?)'
  )
  const replaceSlot = db.prepare<[string, Buffer, string]>('UPDATE vault_slots SET kdf = ?, wrapped_key = ? WHERE id = ?')

  const create = db.transaction((vault: VaultRow, slots: VaultSlotRow[]) => {
    if (get.get()) return false
    insertVault.run(vault.id, vault.partnerA, vault.partnerB, vault.publicKey, vault.privateKey, vault.settings, vault.rosterKey)
    for (const slot of slots) insertSlot.run(slot.id, slot.vaultId, slot.kind, slot.kdf, slot.wrappedKey)
    return true
  })

  return {
    get: (): VaultRow | undefined => get.get(),
    /** Stores a new vault with its slots; false if one exists already. */
    create: (vault: VaultRow, slots: VaultSlotRow[]): boolean => create(vault, slots),
    putPublicKey: (vaultId: string, publicKey: Buffer): void => void putPublicKey.run(publicKey, vaultId),
    putPrivateKey: (vaultId: string, privateKey: Buffer): void => void putPrivateKey.run(privateKey, vaultId),
    putSettings: (vaultId: string, settings: Buffer): void => void putSettings.run(settings, vaultId),
    /** Everything of the row under the vault key, at once (a re-key). */
    putKeys: (row: Pick<VaultRow, 'id' | 'publicKey' | 'privateKey' | 'settings' | 'rosterKey'>): void =>
      void putKeys.run(row.publicKey, row.privateKey, row.settings, row.rosterKey, row.id),
    putRosterKey: (vaultId: string, rosterKey: Buffer): void => void putRosterKey.run(rosterKey, vaultId),
    getSlot: (vaultId: string, kind: VaultSlotKind): VaultSlotRow | undefined => getSlot.get(vaultId, kind),
    replaceSlot: (id: string, kdf: string, wrappedKey: Buffer): void => void replaceSlot.run(kdf, wrappedKey, id)
  }
}

export type VaultRepository = ReturnType<typeof createVaultRepository>
