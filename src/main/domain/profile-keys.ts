// Each partner's sealing key pair, so a question meant for both can be sealed to each of
// them without their journal being open. The private key is stored under the journal key.

import type { KeyObject } from 'node:crypto'
import { decryptBlob, encryptBlob, type BlobPlace } from '../crypto/aead.ts'
import { newSealingKeyPair, openingKey } from '../crypto/seal.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'

function place(profileId: string): BlobPlace {
  return { table: 'profile_keys', rowId: profileId, ownerId: profileId, field: 'private_key' }
}

/** Gives the open journal a key pair if it has none yet (journals made before the vault existed). */
export function ensureProfileKeys(repo: ProfileKeyRepository, profileId: string, key: SessionKey): void {
  if (repo.get(profileId)) return
  const pair = newSealingKeyPair()
  try {
    repo.insert({ profileId, publicKey: pair.publicKey, privateKey: encryptBlob(key.cipherKey, pair.privateKey, place(profileId)) })
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
