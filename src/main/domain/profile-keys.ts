// Each partner's sealing key pair, so a question meant for both can be sealed to each of
// them without their journal being open. The private key is stored under the journal key.

import type { KeyObject } from 'node:crypto'
import { decryptBlob, encryptBlob, type BlobPlace } from '../crypto/aead.ts'
import { newSealingKeyPair, openingKey, publicKeyOf } from '../crypto/seal.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { ProfileKeyRepository, ProfileKeyRow } from '../storage/profile-key-repository.ts'

function place(profileId: string): BlobPlace {
  return { table: 'profile_keys', rowId: profileId, ownerId: profileId, field: 'private_key' }
}

/**
 * Gives the open journal a key pair if it has none yet (journals made before the vault existed),
 * and puts it right if it no longer holds together: a public key swapped on disk would let
 * someone else read the questions sealed to this partner, so it is replaced by the one the
 * private key belongs to; a private key that fails its check is replaced by a new pair.
 * Returns whether a damaged pair was put right.
 */
export function ensureProfileKeys(repo: ProfileKeyRepository, profileId: string, key: SessionKey): boolean {
  const row = repo.get(profileId)
  if (!row) {
    repo.insert(newRow(profileId, key))
    return false
  }
  let der: Buffer
  try {
    der = decryptBlob(key.cipherKey, row.privateKey, place(profileId))
  } catch {
    repo.replace(newRow(profileId, key))
    return true
  }
  try {
    const publicKey = publicKeyOf(openingKey(der))
    if (publicKey.equals(row.publicKey)) return false
    repo.replace({ ...row, publicKey })
    return true
  } finally {
    wipe(der)
  }
}

function newRow(profileId: string, key: SessionKey): ProfileKeyRow {
  const pair = newSealingKeyPair()
  try {
    return { profileId, publicKey: pair.publicKey, privateKey: encryptBlob(key.cipherKey, pair.privateKey, place(profileId)) }
  } finally {
    wipe(pair.privateKey)
  }
}

/** The open journal's private key for opening what was sealed to it; null if it has none. */
export function profileOpeningKey(repo: ProfileKeyRepository, profileId: string, key: SessionKey): { key: KeyObject; publicKey: Buffer } | null {
  const row = repo.get(profileId)
  if (!row) return null
  const der = decryptBlob(key.cipherKey, row.privateKey, place(profileId))
  try {
    return { key: openingKey(der), publicKey: row.publicKey }
  } finally {
    wipe(der)
  }
}
