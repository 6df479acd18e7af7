// The vault's own idle minutes, kept encrypted under the vault key in its settings blob.

import { autoLockMinutesProblem } from '../../shared/settings.ts'
import { decryptJson, encryptJson } from '../crypto/aead.ts'
import type { VaultRow } from '../storage/vault-repository.ts'
import { vaultPlace } from './codec.ts'
import { DEFAULT_VAULT_AUTO_LOCK_MINUTES } from './door.ts'
import type { OpenVault } from './open-vault.ts'

/** The open vault's idle minutes; the default for a settings blob that is damaged or says nonsense. */
export function autoLockMinutesOf(vault: OpenVault, row: VaultRow): number {
  try {
    const { autoLockMinutes } = decryptJson<{ autoLockMinutes: number }>(vault.cipherKey, row.settings, vaultPlace.settings(row.id))
    return autoLockMinutesProblem(autoLockMinutes) === null ? autoLockMinutes : DEFAULT_VAULT_AUTO_LOCK_MINUTES
  } catch {
    // A preference is never worth refusing to open the vault.
    return DEFAULT_VAULT_AUTO_LOCK_MINUTES
  }
}

/** The settings blob that says `minutes` (already checked by the contract). */
export function autoLockSettings(vault: OpenVault, minutes: number): Buffer {
  return encryptJson(vault.cipherKey, { autoLockMinutes: minutes }, vaultPlace.settings(vault.vaultId))
}
