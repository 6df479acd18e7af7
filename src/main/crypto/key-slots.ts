// A journal key is stored only wrapped by a key-encryption key (from a passphrase or a
// recovery code). Wrapping is the ordinary blob AEAD, so a slot is bound to its row too.

import { randomFillSync } from 'node:crypto'
import { AppError, isAppError } from '../../shared/errors.ts'
import { decryptBlob, encryptBlob, type BlobPlace } from './aead.ts'
import { allocSecret, wipe } from './secret-buffer.ts'

const KEY_BYTES = 32

export function newJournalKey(): Buffer {
  return randomFillSync(allocSecret(KEY_BYTES))
}

export function wrapKey(kek: Buffer, key: Buffer, place: BlobPlace): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('Only 32-byte keys are wrapped')
  return encryptBlob(kek, key, place)
}

/** The key, or null if the wrap does not authenticate under this KEK (wrong secret, or edited). */
export function unwrapKey(kek: Buffer, wrapped: Uint8Array, place: BlobPlace): Buffer | null {
  let key: Buffer
  try {
    key = decryptBlob(kek, wrapped, place)
  } catch (error) {
    if (isAppError(error) && error.code === 'TAMPERED') return null
    throw error
  }
  if (key.length === KEY_BYTES) return key
  // Authentic yet the wrong size: the secret was right, so this is damage, not a wrong passphrase.
  wipe(key)
  throw new AppError('TAMPERED', "This journal's key record is damaged, so it cannot be opened. Restore it from a backup.")
}
