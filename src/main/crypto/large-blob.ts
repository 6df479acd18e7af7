// Blobs of many megabytes (a picture): the same AES-256-GCM format and places as aead.ts, and the
// hashes kept of them, computed a slice per turn of the event loop, so a 24 MB picture never
// holds the main process for the whole of it (docs/security.md, "Pictures").

import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, type KeyObject } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { AppError } from '../../shared/errors.ts'
import { aadFor, type AeadKey, type BlobPlace } from './aead.ts'
import { allocSecret, wipe } from './secret-buffer.ts'

/** Bytes per slice: about a millisecond of AES-GCM or SHA-256 on the build machines. */
export const SLICE_BYTES = 1024 * 1024

const VERSION = 0x01
const IV_BYTES = 12
const TAG_BYTES = 16
const HEAD_BYTES = 1 + IV_BYTES

/** Called between slices; throws to stop (the journal locked meanwhile). */
export type BetweenSlices = () => void

const noCheck: BetweenSlices = () => undefined

function tampered(): AppError {
  return new AppError('TAMPERED', 'This item failed its integrity check and was not opened. The rest of your journal is unaffected.')
}

async function eachSlice(length: number, between: BetweenSlices, work: (from: number, to: number) => void): Promise<void> {
  for (let from = 0; from < length; from += SLICE_BYTES) {
    if (from > 0) {
      await nextTurn()
      between()
    }
    work(from, Math.min(length, from + SLICE_BYTES))
  }
}

/** encryptBlob's format (0x01 ‖ IV ‖ ciphertext ‖ tag), a slice per turn. */
export async function encryptLargeBlob(key: AeadKey, plaintext: Uint8Array, place: BlobPlace, between = noCheck): Promise<Buffer> {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(aadFor(place))
  const out = Buffer.alloc(HEAD_BYTES + plaintext.length + TAG_BYTES)
  out[0] = VERSION
  iv.copy(out, 1)
  let at = HEAD_BYTES
  await eachSlice(plaintext.length, between, (from, to) => {
    at += cipher.update(plaintext.subarray(from, to)).copy(out, at)
  })
  at += cipher.final().copy(out, at)
  cipher.getAuthTag().copy(out, at)
  return out
}

/** The plaintext of a large blob in a fresh buffer of its own; TAMPERED if it fails its check (nothing of it is kept). */
export async function decryptLargeBlob(key: AeadKey, blob: Uint8Array, place: BlobPlace, between = noCheck): Promise<Buffer> {
  const aad = aadFor(place)
  if (blob.length < HEAD_BYTES + TAG_BYTES || blob[0] !== VERSION) throw tampered()
  const iv = blob.subarray(1, HEAD_BYTES)
  const body = blob.subarray(HEAD_BYTES, blob.length - TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(aad)
  decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES))
  const plaintext = allocSecret(body.length)
  let at = 0
  try {
    await eachSlice(body.length, between, (from, to) => {
      const part = decipher.update(body.subarray(from, to))
      at += part.copy(plaintext, at)
      wipe(part)
    })
  } catch (error) {
    wipe(plaintext)
    throw error
  }
  try {
    decipher.final()
  } catch {
    // update() gave out plaintext before the tag was checked: none of it may be used.
    wipe(plaintext)
    throw tampered()
  }
  return plaintext
}

/** SHA-256 of `bytes`, a slice per turn. */
export async function sha256Sliced(bytes: Uint8Array, between = noCheck): Promise<Buffer> {
  const hash = createHash('sha256')
  await eachSlice(bytes.length, between, (from, to) => hash.update(bytes.subarray(from, to)))
  return hash.digest()
}

/** HMAC-SHA256 of `bytes` under `key`, a slice per turn. */
export async function hmacSliced(key: KeyObject, bytes: Uint8Array, between = noCheck): Promise<Buffer> {
  const hmac = createHmac('sha256', key)
  await eachSlice(bytes.length, between, (from, to) => hmac.update(bytes.subarray(from, to)))
  return hmac.digest()
}

/** A key of its own for `purpose` (HKDF-SHA256 from `key`), so one key never serves two uses. */
export function derivedKey(key: KeyObject, purpose: string): Buffer {
  const bytes = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), Buffer.from(purpose, 'utf8'), 32))
  const copy = allocSecret(bytes.length)
  bytes.copy(copy)
  wipe(bytes)
  return copy
}
