import type { Database } from 'better-sqlite3'

/** A partner's request to end the vault alone: the date in plaintext (for the lock screen) and under their key. */
export interface EndRequestRow {
  vaultId: string
  profileId: string
  /** ms since 1970, as stored: anyone with the file can change it, so it only ever announces. */
  requestedAt: number
  proof: Buffer
}

/**
 * What goes when two become one: a journal with everything of its own, the vault with everything
 * in it, and a partner's request to end it alone. Deleted rows are overwritten in
 * the file (`secure_delete`), and `scrub` empties the -wal, which still holds their old pages.
 */
export function createEndingRepository(db: Database) {
  // By the vault's id: a row planted for some other vault must not stand in front of the real one.
  const getRequest = db.prepare<[string], EndRequestRow>(
    'SELECT vault_id AS vaultId, profile_id AS profileId, requested_at AS requestedAt, proof FROM vault_end_requests WHERE vault_id = ?'
  )
  const removeOthers = db.prepare<[string]>('DELETE FROM vault_end_requests WHERE vault_id <> ?')
  const putRequest = db.prepare<[string, string, number, Buffer]>(
    'INSERT OR REPLACE INTO vault_end_requests (vault_id, profile_id, requested_at, proof) VALUES (?, ?, ?, ?)'
  )
  const removeRequests = db.prepare('DELETE FROM vault_end_requests')
  const removeWait = db.prepare<[string]>('DELETE FROM unlock_waits WHERE door = ?')
  const removeProfile = db.prepare<[string]>('DELETE FROM profiles WHERE id = ?')
  const removeVault = db.prepare<[string]>('DELETE FROM vault WHERE id = ?')
  // Vouchers are made with the vault's roster key: they mean nothing once it is gone.
  const dropVouchers = db.prepare('UPDATE profile_keys SET voucher = NULL')

  // The profile's row takes every row of its own with it (ON DELETE CASCADE); a vault that names it refuses (no cascade there).
  const deleteProfile = db.transaction((profileId: string) => {
    removeWait.run(profileId)
    return removeProfile.run(profileId).changes === 1
  })
  const deleteVault = db.transaction((vaultId: string) => {
    removeWait.run('vault')
    dropVouchers.run()
    return removeVault.run(vaultId).changes === 1
  })

  const put = db.transaction((row: EndRequestRow) => {
    removeOthers.run(row.vaultId)
    putRequest.run(row.vaultId, row.profileId, row.requestedAt, row.proof)
  })

  return {
    request: (vaultId: string): EndRequestRow | undefined => getRequest.get(vaultId),
    /** Rows naming any other vault go: they can only be planted or left over. */
    putRequest: (row: EndRequestRow): void => put(row),
    removeRequests: (): boolean => removeRequests.run().changes > 0,
    /** False when there was no such journal. */
    deleteProfile: (profileId: string): boolean => deleteProfile(profileId),
    /** The vault and everything in it (slots, secrets, drop-ins, questions, answers, a request to end it). */
    deleteVault: (vaultId: string): boolean => deleteVault(vaultId),
    /** Copies the -wal into the file and empties it, so the deleted rows' old pages are nowhere on disk. */
    scrub: (): void => void db.pragma('wal_checkpoint(TRUNCATE)')
  }
}

export type EndingRepository = ReturnType<typeof createEndingRepository>
