// AES-256-GCM blobs bound to where they live: the AAD names the table, row, owner and
// field, so a blob copied or moved anywhere else fails to authenticate.

import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import { allocSecret, parseJsonBytes, wipe, withJsonBytes } from './secret-buffer.ts'

export interface BlobPlace {
  table: string
  rowId: string
  ownerId: string
  field: string
  /**
   * Which save of the item this blob belongs to, where blobs of one item must match each other
   * (a reflection's body and its header): an older blob put back under a newer one fails.
   */
  version?: number
}

/** A raw 32-byte key, or a secret KeyObject made from one (see session-key.ts). */
export type AeadKey = Uint8Array | KeyObject

const VERSION = 0x01
const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = 1 + IV_BYTES

export function aadFor(place: BlobPlace): Buffer {
  const parts = [place.table, place.rowId, place.ownerId, place.field]
  for (const part of parts) {
    // A '/' would let two different places share one AAD.
    if (typeof part !== 'string' || part.includes('/')) throw new Error('A blob place component must be a string without "/"')
  }
  if (place.version !== undefined) {
    if (!Number.isSafeInteger(place.version) || place.version < 0) throw new Error('A blob version is a whole number from 0')
    // A fifth part: no unversioned place has one, so the two kinds never share an AAD.
    parts.push(String(place.version))
  }
  return Buffer.from(`sevenfold/v1/${parts.join('/')}`, 'utf8')
}

function keyBytes(key: AeadKey): number | undefined {
  return key instanceof Uint8Array ? key.length : key.type === 'secret' ? key.symmetricKeySize : undefined
}

function checkSizes(key: AeadKey, iv: Uint8Array): void {
  if (keyBytes(key) !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key')
  if (iv.length !== IV_BYTES) throw new Error('AES-256-GCM here uses a 12-byte IV')
}

export function gcmEncrypt(key: AeadKey, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): { ciphertext: Buffer; tag: Buffer } {
  checkSizes(key, iv)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(aad)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { ciphertext, tag: cipher.getAuthTag() }
}

/** The plaintext in a fresh unpooled buffer; throws if the tag does not verify. */
export function gcmDecrypt(key: AeadKey, iv: Uint8Array, ciphertext: Uint8Array, tag: Uint8Array, aad: Uint8Array): Buffer {
  checkSizes(key, iv)
  if (tag.length !== TAG_BYTES) throw new Error('AES-256-GCM here uses a 16-byte tag')
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(aad)
  decipher.setAuthTag(tag)
  // update() releases plaintext before final() has checked the tag: wipe it if the check fails.
  let head = decipher.update(ciphertext)
  let tail: Buffer | undefined
  try {
    tail = decipher.final()
    // GCM's final() yields nothing: then update()'s own (unpooled) buffer is the plaintext.
    if (tail.length === 0) {
      const plaintext = head
      head = Buffer.alloc(0)
      return plaintext
    }
    const plaintext = allocSecret(head.length + tail.length)
    head.copy(plaintext)
    tail.copy(plaintext, head.length)
    return plaintext
  } finally {
    wipe(head, tail)
  }
}

function tampered(): AppError {
  return new AppError('TAMPERED', 'This item failed its integrity check and was not opened. The rest of your journal is unaffected.')
}

/** version 0x01 ‖ 12-byte random IV ‖ ciphertext ‖ 16-byte tag */
export function encryptBlob(key: AeadKey, plaintext: Uint8Array, place: BlobPlace): Buffer {
  const iv = randomBytes(IV_BYTES)
  const { ciphertext, tag } = gcmEncrypt(key, iv, plaintext, aadFor(place))
  return Buffer.concat([Buffer.of(VERSION), iv, ciphertext, tag])
}

export function decryptBlob(key: AeadKey, blob: Uint8Array, place: BlobPlace): Buffer {
  const aad = aadFor(place)
  if (keyBytes(key) !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key')
  if (!(blob instanceof Uint8Array) || blob.length < HEADER_BYTES + TAG_BYTES || blob[0] !== VERSION) throw tampered()
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.length)
  const iv = bytes.subarray(1, HEADER_BYTES)
  const ciphertext = bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES)
  const tag = bytes.subarray(bytes.length - TAG_BYTES)
  try {
    return gcmDecrypt(key, iv, ciphertext, tag, aad)
  } catch {
    throw tampered()
  }
}

export function encryptJson(key: AeadKey, value: unknown, place: BlobPlace): Buffer {
  return withJsonBytes(value, (plaintext) => encryptBlob(key, plaintext, place))
}

/** The parsed value, unvalidated: the caller checks its shape. */
export function decryptJson<T>(key: AeadKey, blob: Uint8Array, place: BlobPlace): T {
  // Authentic but unparsable: still one unreadable item, not a reason to fail the rest.
  return parseJsonBytes<T>(decryptBlob(key, blob, place), tampered)
}
