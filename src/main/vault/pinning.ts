// Pinning the vault's keys into a journal at a moment they are proven: the vault open together
// (or just made) with that journal open. Also where the journal vouches for its own sealing key,
// so the other partner's journal can seal questions to it (docs/security.md, "Pinned keys").

import { encryptBlob } from '../crypto/aead.ts'
import { newJournalKey } from '../crypto/key-slots.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import type { VaultRepository } from '../storage/vault-repository.ts'
import type { OpenVault } from './open-vault.ts'
import { vaultPlace } from './codec.ts'
import { forget, readPins, samePins, writeNoPins, writePins, type Pins } from '../journal/index.ts'
import { vouchForOwnKey } from '../journal/index.ts'
import type { Sealer } from './sealing-keys.ts'

/**
 * Pins `proven` in the journal (replacing older pins: after the vault's keys were renewed, say)
 * and vouches for the journal's own key with them. The pins are a guarded item of the journal,
 * saved with its record; returns the step that makes that save the record's own, to call once
 * it is committed (at once, unless it runs inside a longer transaction).
 */
export function pinVault(pins: JournalPinRepository, profileKeys: ProfileKeyRepository, journal: Sealer, proven: Pins): () => void {
  const version = journal.items.versionOf('@pins')
  const stored = readPins(pins, journal.profileId, journal.key, version)
  let apply = () => undefined as void
  try {
    if (!(stored && stored !== 'damaged' && samePins(stored, proven))) {
      apply = journal.items.stage('@pins', (next) => writePins(pins, journal.profileId, journal.key, proven, next))
    }
  } finally {
    forget(stored === 'damaged' ? null : stored)
  }
  vouchForOwnKey(profileKeys, journal.profileId, journal.key, proven)
  return apply
}

/**
 * At unlock: if the journal has pins, its own key's voucher is made good (it is lost when the pair
 * is put right). Pins of a vault that is no longer there (`vaultId`: the vault now, if any) were
 * left by an ending while this journal was locked: they are forgotten, so a new vault is pinned afresh.
 */
export function vouchAtUnlock(pins: JournalPinRepository, profileKeys: ProfileKeyRepository, journal: Sealer, vaultId: string | undefined): 'damaged' | null {
  const stored = readPins(pins, journal.profileId, journal.key, journal.items.versionOf('@pins'))
  if (stored === 'damaged') return 'damaged'
  try {
    if (stored && stored.vaultId !== vaultId) forgetPins(pins, journal)()
    else if (stored) vouchForOwnKey(profileKeys, journal.profileId, journal.key, stored)
  } finally {
    forget(stored)
  }
  return null
}

/** The journal forgets its pins (a guarded save); returns the step that makes it the record's own, once committed. */
export function forgetPins(pins: JournalPinRepository, journal: Sealer): () => void {
  return journal.items.stage('@pins', (next) => writeNoPins(pins, journal.profileId, journal.key, next))
}

/** What the open vault proves of itself, to be pinned: its id, its own public key, its roster key. */
export function provenKeys(vault: OpenVault): Pins {
  if (!vault.rosterKey) throw new Error('the open vault has a roster key once it is open')
  return { vaultId: vault.vaultId, vaultPublicKey: vault.publicKey, rosterKey: vault.rosterKey }
}

/** A roster key for a vault that has none (made before vouchers) or only a damaged one, stored under the vault key. */
export function storeNewRosterKey(vaults: VaultRepository, vault: OpenVault): Buffer {
  const rosterKey = newJournalKey()
  vaults.putRosterKey(vault.vaultId, encryptBlob(vault.cipherKey, rosterKey, vaultPlace.rosterKey(vault.vaultId)))
  return rosterKey
}
