// The vault's own idle minutes, kept encrypted under the vault key in its settings blob, with
// what else the vault notes there (that our ideas for time together were put in: time-together-handlers.ts).

import { autoLockMinutesProblem } from '../../shared/settings.ts'
import { decryptJson, encryptJson } from '../crypto/aead.ts'
import type { VaultRow } from '../storage/vault-repository.ts'
import { vaultPlace } from './codec.ts'
import { DEFAULT_VAULT_AUTO_LOCK_MINUTES } from './door.ts'
import type { OpenVault } from './open-vault.ts'

/** Noted in the settings blob once our ideas for time together are in the vault's list, so one removed stays removed. */
export const IDEAS_SEEDED = 'ideasSeeded'

/**
 * What a damaged blob is taken to have said when it is written again: that our ideas were put in.
 * Better none of ours ever again than one they removed brought back by someone spoiling the blob.
 */
const DAMAGED_BLOB_SAID = { [IDEAS_SEEDED]: true }

/** The open vault's settings blob; null when it is damaged or not an object (counted damaged as the vault opens). */
export function readSettings(vault: OpenVault, row: VaultRow): Record<string, unknown> | null {
  try {
    const settings = decryptJson<unknown>(vault.cipherKey, row.settings, vaultPlace.settings(row.id))
    return typeof settings === 'object' && settings !== null && !Array.isArray(settings) ? (settings as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * The idle minutes of the vault as it opens: the default for a settings blob that is damaged or
 * says nonsense (a preference is never worth refusing to open the vault), a damaged one counted
 * among the vault's damaged items.
 */
export function autoLockMinutesAtOpening(vault: OpenVault, row: VaultRow): number {
  const settings = readSettings(vault, row)
  if (!settings) vault.carryDamage(['vault-settings'])
  const autoLockMinutes = settings?.autoLockMinutes
  return typeof autoLockMinutes === 'number' && autoLockMinutesProblem(autoLockMinutes) === null ? autoLockMinutes : DEFAULT_VAULT_AUTO_LOCK_MINUTES
}

/** The settings blob as stored with `changes` (already checked) made, the rest kept as it was (DAMAGED_BLOB_SAID, if damaged). */
export function settingsWith(vault: OpenVault, row: VaultRow, changes: Record<string, unknown>): Buffer {
  return encryptJson(vault.cipherKey, { ...(readSettings(vault, row) ?? DAMAGED_BLOB_SAID), ...changes }, vaultPlace.settings(vault.vaultId))
}
