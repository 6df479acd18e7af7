// The keys a journal may seal to (docs/security.md, "Pinned keys"). Public keys are plaintext in
// the file, so the other partner could put in one of their own, read what is sealed next, seal it
// again to the real key and put the real one back. So nothing is sealed to a key read from the
// file: the vault's key is the one this journal pinned, and a stored one that differs is
// refused; a partner's key is used only with the voucher their own journal made for it.

import { AppError } from '../../shared/errors.ts'
import type { AeadKey } from '../crypto/aead.ts'
import { vouches } from '../crypto/voucher.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { VaultRepository, VaultRow } from '../storage/vault-repository.ts'
import type { GuardedItems } from '../journal/index.ts'
import { forget, readPins, type Pins } from '../journal/index.ts'
import { voucherContext } from '../journal/index.ts'

export interface SealingDeps {
  vaults: VaultRepository
  pins: JournalPinRepository
  profileKeys: ProfileKeyRepository
  profiles: ProfileRepository
}

/** A journal that seals: its owner, its key (open, or derived just now from their passphrase), and its guarded items. */
export interface Sealer {
  profileId: string
  key: AeadKey
  items: GuardedItems
}

function noVault(): AppError {
  return new AppError('NOT_FOUND', 'There is no vault yet. Create it together first.')
}

function notPinned(): AppError {
  return new AppError(
    'FORBIDDEN',
    'Your journal does not know your vault’s key yet. Open the vault together once while your journal is open; from then on you can seal things into it.'
  )
}

function otherKey(): AppError {
  return new AppError(
    'TAMPERED',
    'The vault’s key in the file is not the one your journal knows, so nothing was sealed: the file may have been changed, or the vault’s keys were renewed. Open the vault together once while your journal is open to check it. Your words are still here.'
  )
}

function nameOf(deps: SealingDeps, profileId: string): string {
  return deps.profiles.list().find((p) => p.id === profileId)?.displayName ?? 'Your partner'
}

/** Runs `use` with this journal's pins for the current vault, refusing as above; the pins are wiped after. */
function withPins<T>(deps: SealingDeps, sealer: Sealer, use: (pins: Pins, vault: VaultRow) => T): T {
  const vault = deps.vaults.get()
  if (!vault) throw noVault()
  const pins = readPins(deps.pins, sealer.profileId, sealer.key, sealer.items.versionOf('@pins'))
  if (pins === null || pins === 'damaged') throw notPinned()
  try {
    if (pins.vaultId !== vault.id || !pins.vaultPublicKey.equals(vault.publicKey)) throw otherKey()
    return use(pins, vault)
  } finally {
    forget(pins)
  }
}

/** The vault and its public key as this journal pinned it, once the stored key is seen to match. */
export function pinnedVault(deps: SealingDeps, sealer: Sealer): { vault: VaultRow; publicKey: Buffer } {
  return withPins(deps, sealer, (pins, vault) => ({ vault, publicKey: pins.vaultPublicKey }))
}

/** `partnerId`'s sealing key, as their own journal vouched for it under the key this journal pinned. */
export function vouchedPartnerKey(deps: SealingDeps, sealer: Sealer, partnerId: string): Buffer {
  return withPins(deps, sealer, (pins) => {
    const row = deps.profileKeys.get(partnerId)
    const name = nameOf(deps, partnerId)
    if (!row?.voucher) {
      throw new AppError(
        'FORBIDDEN',
        `${name}’s journal has not confirmed its key yet. ${name}, open the vault together once while your journal is open; then questions can be sealed to you.`
      )
    }
    if (!vouches(pins.rosterKey, voucherContext(pins.vaultId, partnerId), row.publicKey, row.voucher)) {
      throw new AppError(
        'TAMPERED',
        `${name}’s key in the file is not the one ${name}’s journal confirmed, so nothing was sealed: the file may have been changed. ${name}, open the vault together once while your journal is open to put it right.`
      )
    }
    return row.publicKey
  })
}

/** Whether this journal may seal into the vault now, and whether a question could reach its partner. */
export function sealingReadiness(deps: SealingDeps, sealer: Sealer, partnerId: string): { pinned: boolean; partnerConfirmed: boolean } {
  const ready = (use: () => unknown) => {
    try {
      use()
      return true
    } catch {
      return false
    }
  }
  return { pinned: ready(() => pinnedVault(deps, sealer)), partnerConfirmed: ready(() => vouchedPartnerKey(deps, sealer, partnerId)) }
}

/** What the open journal (`sealer`, null if none) may seal, or null when it is not one of the vault's two. */
export function journalReadiness(deps: SealingDeps, sealer: Sealer | null): { pinned: boolean; partnerConfirmed: boolean } | null {
  const row = deps.vaults.get()
  if (!sealer || !row || (row.partnerA !== sealer.profileId && row.partnerB !== sealer.profileId)) return null
  return sealingReadiness(deps, sealer, row.partnerA === sealer.profileId ? row.partnerB : row.partnerA)
}
