import type { Database } from 'better-sqlite3'

/** A secret under the vault key: header and body are ciphertext. */
export interface VaultSecretRow {
  id: string
  header: Buffer
  body: Buffer
}

export interface SealedRow {
  id: string
  sealed: Buffer
}

export interface RevealedRow {
  id: string
  data: Buffer
}

/** What lives inside the vault: its secrets, the sealed drop-ins waiting, revealed answers. */
export function createVaultItemRepository(db: Database) {
  const secrets = db.prepare<[string], VaultSecretRow>('SELECT id, header, body FROM vault_secrets WHERE vault_id = ? ORDER BY rowid')
  const secretBody = db.prepare<[string, string], { body: Buffer }>('SELECT body FROM vault_secrets WHERE id = ? AND vault_id = ?')
  const insertSecret = db.prepare<[string, string, Buffer, Buffer]>('INSERT INTO vault_secrets (id, vault_id, header, body) VALUES (?, ?, ?, ?)')
  const updateSecret = db.prepare<[Buffer, Buffer, string, string]>('UPDATE vault_secrets SET header = ?, body = ? WHERE id = ? AND vault_id = ?')
  const deleteSecret = db.prepare<[string, string]>('DELETE FROM vault_secrets WHERE id = ? AND vault_id = ?')
  const sealed = db.prepare<[string], SealedRow>('SELECT id, sealed FROM vault_sealed WHERE vault_id = ? ORDER BY rowid')
  const anySealed = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM vault_sealed WHERE vault_id = ? LIMIT 1')
  const insertSealed = db.prepare<[string, string, Buffer]>('INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)')
  const deleteSealed = db.prepare<[string, string]>('DELETE FROM vault_sealed WHERE id = ? AND vault_id = ?')
  const revealed = db.prepare<[string], RevealedRow>('SELECT id, data FROM vault_reveals WHERE vault_id = ? ORDER BY rowid')
  const insertRevealed = db.prepare<[string, string, Buffer]>('INSERT INTO vault_reveals (id, vault_id, data) VALUES (?, ?, ?)')
  const updateRevealed = db.prepare<[Buffer, string, string]>('UPDATE vault_reveals SET data = ? WHERE id = ? AND vault_id = ?')

  return {
    secrets: (vaultId: string): VaultSecretRow[] => secrets.all(vaultId),
    secretBody: (vaultId: string, id: string): Buffer | undefined => secretBody.get(id, vaultId)?.body,
    insertSecret: (vaultId: string, row: VaultSecretRow): void => void insertSecret.run(row.id, vaultId, row.header, row.body),
    /** False when the vault has no secret with that id. */
    updateSecret: (vaultId: string, row: VaultSecretRow): boolean => updateSecret.run(row.header, row.body, row.id, vaultId).changes === 1,
    deleteSecret: (vaultId: string, id: string): boolean => deleteSecret.run(id, vaultId).changes === 1,
    sealed: (vaultId: string): SealedRow[] => sealed.all(vaultId),
    /** Whether a drop-in waits to be taken in: what the lock screen may say (no count, no author). */
    hasSealed: (vaultId: string): boolean => anySealed.get(vaultId) !== undefined,
    insertSealed: (vaultId: string, row: SealedRow): void => void insertSealed.run(row.id, vaultId, row.sealed),
    deleteSealed: (vaultId: string, id: string): void => void deleteSealed.run(id, vaultId),
    revealed: (vaultId: string): RevealedRow[] => revealed.all(vaultId),
    insertRevealed: (vaultId: string, row: RevealedRow): void => void insertRevealed.run(row.id, vaultId, row.data),
    updateRevealed: (vaultId: string, row: RevealedRow): void => void updateRevealed.run(row.data, row.id, vaultId),
    /** Runs `work` in one transaction, so a move into the vault is all or nothing. */
    transaction: <T>(work: () => T): T => db.transaction(work)()
  }
}

export type VaultItemRepository = ReturnType<typeof createVaultItemRepository>
