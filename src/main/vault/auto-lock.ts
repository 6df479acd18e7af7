// The vault's own idle minutes, kept encrypted under the vault key in its settings blob, with
// what else the vault notes there (that our ideas for time together were put in: time-together-handlers.ts).

import { autoLockMinutesProblem } from '../../shared/settings.ts'
import { decryptJson, encryptJson } from '../crypto/aead.ts'
import type { VaultRow } from '../storage/vault-repository.ts'
import { vaultPlace } from './codec.ts'
import { DEFAULT_VAULT_AUTO_LOCK_MINUTES } from './door.ts'
import type { OpenVault } from './open-vault.ts'

/** The open vault's settings blob; empty when it is damaged or not an object (a preference is never worth refusing to open the vault). */
export function storedSettings(vault: OpenVault, row: VaultRow): Record<string, unknown> {
  try {
    const settings = decryptJson<unknown>(vault.cipherKey, row.settings, vaultPlace.settings(row.id))
    return typeof settings === 'object' && settings !== null && !Array.isArray(settings) ? (settings as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The open vault's idle minutes; the default for a settings blob that is damaged or says nonsense. */
export function autoLockMinutesOf(vault: OpenVault, row: VaultRow): number {
  const { autoLockMinutes } = storedSettings(vault, row)
  return typeof autoLockMinutes === 'number' && autoLockMinutesProblem(autoLockMinutes) === null ? autoLockMinutes : DEFAULT_VAULT_AUTO_LOCK_MINUTES
}

/** The settings blob as stored with `changes` (already checked) made, the rest kept as it was. */
export function settingsWith(vault: OpenVault, row: VaultRow, changes: Record<string, unknown>): Buffer {
  return encryptJson(vault.cipherKey, { ...storedSettings(vault, row), ...changes }, vaultPlace.settings(vault.vaultId))
}
