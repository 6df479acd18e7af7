// Each partner's sealing key pair, so a question meant for both can be sealed to each of
// them without their journal being open. The private key is stored under the journal key; the
// public key is plaintext, so it is trusted only with the voucher its own journal made for it.

import type { KeyObject } from 'node:crypto'
import { decryptBlob, encryptBlob, type AeadKey, type BlobPlace } from '../crypto/aead.ts'
import { newSealingKeyPair, openingKey, publicKeyOf } from '../crypto/seal.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import { vouch, vouches } from '../crypto/voucher.ts'
import type { ProfileKeyRepository, ProfileKeyRow } from '../storage/profile-key-repository.ts'
import type { Pins } from './pins.ts'

/** Where a partner's private key lives, under their journal key. */
export function profilePlace(profileId: string): BlobPlace {
  return { table: 'profile_keys', rowId: profileId, ownerId: profileId, field: 'private_key' }
}

/**
 * Where a question to this partner lives: sealed to their key (`prompt`), or, for the asker, a
 * copy under their own journal key (`ownPrompt`). Here, not with the vault, since a re-key of
 * the journal moves both to its new keys.
 */
export const promptPlace = {
  prompt: (revealId: string, profileId: string): BlobPlace => ({ table: 'reveal_prompts', rowId: revealId, ownerId: profileId, field: 'prompt' }),
  ownPrompt: (revealId: string, profileId: string): BlobPlace => ({ table: 'reveal_prompts', rowId: revealId, ownerId: profileId, field: 'own_prompt' })
}

/** What a voucher for a partner's key is bound to: this vault and that partner. */
export function voucherContext(vaultId: string, profileId: string): string[] {
  return [vaultId, profileId]
}

/**
 * Gives the open journal a key pair if it has none yet (journals made before the vault existed),
 * and puts it right if it no longer holds together: a public key swapped on disk would let
 * someone else read the questions sealed to this partner, so it is replaced by the one the
 * private key belongs to; a private key that fails its check is replaced by a new pair (and
 * questions sealed to the old one can no longer be read). Returns whether a damaged pair was
 * put right, which the journal reports as a damaged item.
 */
export function ensureProfileKeys(repo: ProfileKeyRepository, profileId: string, key: SessionKey): boolean {
  const row = repo.get(profileId)
  if (!row) {
    repo.insert(newRow(profileId, key))
    return false
  }
  let der: Buffer
  try {
    der = decryptBlob(key.cipherKey, row.privateKey, profilePlace(profileId))
  } catch {
    repo.replace({ ...newRow(profileId, key), voucher: null })
    return true
  }
  try {
    const publicKey = publicKeyOf(openingKey(der))
    if (publicKey.equals(row.publicKey)) return false
    repo.replace({ ...row, publicKey, voucher: null })
    return true
  } finally {
    wipe(der)
  }
}

function newRow(profileId: string, key: SessionKey): Omit<ProfileKeyRow, 'voucher'> {
  const pair = newSealingKeyPair()
  try {
    return { profileId, publicKey: pair.publicKey, privateKey: encryptBlob(key.cipherKey, pair.privateKey, profilePlace(profileId)) }
  } finally {
    wipe(pair.privateKey)
  }
}

/** The journal's private key for opening what was sealed to it, and the public key it proves; null if it has none. */
export function profileOpeningKey(repo: ProfileKeyRepository, profileId: string, key: AeadKey): { key: KeyObject; publicKey: Buffer } | null {
  const row = repo.get(profileId)
  if (!row) return null
  const der = decryptBlob(key, row.privateKey, profilePlace(profileId))
  try {
    const opening = openingKey(der)
    return { key: opening, publicKey: publicKeyOf(opening) }
  } finally {
    wipe(der)
  }
}

/**
 * Makes sure the open journal's own public key carries its voucher under `pins` (after a joint
 * open, or after the pair was put right). The public key is the one its private key proves.
 */
export function vouchForOwnKey(repo: ProfileKeyRepository, profileId: string, key: AeadKey, pins: Pins): void {
  const own = profileOpeningKey(repo, profileId, key)
  if (!own) return
  const context = voucherContext(pins.vaultId, profileId)
  const row = repo.get(profileId)
  if (row?.voucher && row.publicKey.equals(own.publicKey) && vouches(pins.rosterKey, context, own.publicKey, row.voucher)) return
  repo.putVoucher(profileId, vouch(pins.rosterKey, context, own.publicKey))
}
