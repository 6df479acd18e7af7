// Pinning the vault's keys into a journal at a moment they are proven: the vault open together
// (or just made) with that journal open. Also where the journal vouches for its own sealing key,
// so the other partner's journal can seal questions to it (docs/security.md, "Pinned keys").

import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import { forget, readPins, samePins, writePins, type Pins } from './journal-pins.ts'
import { vouchForOwnKey } from './profile-keys.ts'
import type { Asker } from './reveal-questions.ts'

/**
 * Pins `proven` in the journal (replacing older pins: after the vault's keys were renewed from
 * the other journal, say) and vouches for the journal's own key with them.
 */
export function pinVault(pins: JournalPinRepository, profileKeys: ProfileKeyRepository, journal: Asker, proven: Pins): void {
  const stored = readPins(pins, journal.profileId, journal.key.cipherKey)
  try {
    if (!(stored && stored !== 'damaged' && samePins(stored, proven))) writePins(pins, journal.profileId, journal.key.cipherKey, proven)
  } finally {
    forget(stored === 'damaged' ? null : stored)
  }
  vouchForOwnKey(profileKeys, journal.profileId, journal.key, proven)
}

/** At unlock: if the journal has pins, its own key's voucher is made good (it is lost when the pair is put right). */
export function vouchAtUnlock(pins: JournalPinRepository, profileKeys: ProfileKeyRepository, journal: Asker): 'damaged' | null {
  const stored = readPins(pins, journal.profileId, journal.key.cipherKey)
  if (stored === 'damaged') return 'damaged'
  try {
    if (stored) vouchForOwnKey(profileKeys, journal.profileId, journal.key, stored)
  } finally {
    forget(stored)
  }
  return null
}
