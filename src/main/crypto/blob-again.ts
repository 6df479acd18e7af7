import type { KeyObject } from 'node:crypto'
import { decryptBlob, encryptBlob, type AeadKey, type BlobPlace } from './aead.ts'
import { openSealed, seal } from './seal.ts'
import { wipe } from './secret-buffer.ts'

/**
 * A blob under `oldKey` as it is under `newKey`, at the same place (a re-key); null if it fails
 * its check under the old key, which leaves it as it is: damaged before, damaged after.
 */
export function encryptedAgain(oldKey: AeadKey, newKey: AeadKey, blob: Buffer, place: BlobPlace): Buffer | null {
  let plain: Buffer
  try {
    plain = decryptBlob(oldKey, blob, place)
  } catch {
    return null
  }
  try {
    return encryptBlob(newKey, plain, place)
  } finally {
    wipe(plain)
  }
}

/** A blob sealed to `oldPublic` (opened with `opening`) sealed again to `newPublic`; null if it does not open. */
export function sealedAgain(opening: KeyObject, oldPublic: Buffer, newPublic: Buffer, blob: Buffer, place: BlobPlace): Buffer | null {
  let plain: Buffer
  try {
    plain = openSealed(opening, oldPublic, blob, place)
  } catch {
    return null
  }
  try {
    return seal(newPublic, plain, place)
  } finally {
    wipe(plain)
  }
}
