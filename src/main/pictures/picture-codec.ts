// How a picture becomes ciphertext (docs/security.md, "Pictures"). Its bytes are one large blob,
// the file, bound to the picture's id and owner; its row's `meta` (type, size, and the SHA-256 of
// that file) is a small blob bound to the same. A file from the other journal, another picture's
// file under this one's name, or an older file fails its check; a file changed in any byte no
// longer matches the hash its meta holds. The tag that finds a picture already stored is an HMAC
// under a key of its own, derived from the journal key.

import { createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto'
import { PICTURE_STORED_LIMITS, PICTURE_STORED_TYPES, type PictureInfo, type PictureType } from '../../shared/pictures.ts'
import { decryptJson, encryptJson, type AeadKey, type BlobPlace } from '../crypto/aead.ts'
import { decryptLargeBlob, derivedKey, encryptLargeBlob, hmacSliced, sha256Sliced, type BetweenSlices } from '../crypto/large-blob.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { PictureRow } from '../storage/picture-repository.ts'
import { MAX_PICTURE_FILE_BYTES } from '../storage/picture-files.ts'

/** What a picture's row keeps under the journal key. */
export interface PictureMeta {
  type: PictureType
  width: number
  height: number
  bytes: number
  /** SHA-256 of its file, in hex. */
  file: string
}

const TAG_PURPOSE = 'sevenfold/v1/picture-tag'
/** A file's bytes beyond the picture's: the blob's version, IV and tag. */
export const FILE_OVERHEAD = 1 + 12 + 16
export const MAX_FILE_BYTES = MAX_PICTURE_FILE_BYTES

export function metaPlace(id: string, ownerId: string): BlobPlace {
  return { table: 'pictures', rowId: id, ownerId, field: 'meta' }
}

export function filePlace(id: string, ownerId: string): BlobPlace {
  return { table: 'picture_files', rowId: id, ownerId, field: 'data' }
}

/** The key a journal's picture tags are made with; the caller keeps it while the journal is open. */
export function tagKeyOf(journalKey: KeyObject): KeyObject {
  const bytes = derivedKey(journalKey, TAG_PURPOSE)
  try {
    return createSecretKey(bytes)
  } finally {
    wipe(bytes)
  }
}

export function tagOf(tagKey: KeyObject, bytes: Uint8Array, between?: BetweenSlices): Promise<Buffer> {
  return hmacSliced(tagKey, bytes, between)
}

const isDimension = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= PICTURE_STORED_LIMITS.maxLongSide

function isMeta(value: unknown): value is PictureMeta {
  const meta = value as Partial<PictureMeta> | null
  return (
    typeof meta === 'object' &&
    meta !== null &&
    (PICTURE_STORED_TYPES as readonly unknown[]).includes(meta.type) &&
    isDimension(meta.width) &&
    isDimension(meta.height) &&
    typeof meta.bytes === 'number' &&
    Number.isSafeInteger(meta.bytes) &&
    meta.bytes > 0 &&
    meta.bytes <= PICTURE_STORED_LIMITS.maxBytes &&
    typeof meta.file === 'string' &&
    /^[0-9a-f]{64}$/.test(meta.file)
  )
}

export function encryptMeta(key: AeadKey, id: string, ownerId: string, meta: PictureMeta): Buffer {
  return encryptJson(key, meta, metaPlace(id, ownerId))
}

/** The row's meta, or null when it fails its check or is not as this version writes it. */
export function readMeta(key: AeadKey, row: PictureRow): PictureMeta | null {
  try {
    const meta = decryptJson<unknown>(key, row.meta, metaPlace(row.id, row.profileId))
    return isMeta(meta) ? meta : null
  } catch {
    return null
  }
}

export function infoOf(id: string, meta: PictureMeta): PictureInfo {
  return { id, type: meta.type, width: meta.width, height: meta.height, bytes: meta.bytes }
}

/** A picture's file and the SHA-256 its meta keeps of it. */
export async function encryptFile(key: AeadKey, id: string, ownerId: string, bytes: Uint8Array, between?: BetweenSlices) {
  const blob = await encryptLargeBlob(key, bytes, filePlace(id, ownerId), between)
  return { blob, hash: (await sha256Sliced(blob, between)).toString('hex') }
}

/** Whether `blob` is the very file `meta` was written with (its SHA-256), compared in constant time. */
export async function isItsFile(meta: PictureMeta, blob: Uint8Array, between?: BetweenSlices): Promise<boolean> {
  if (blob.length !== meta.bytes + FILE_OVERHEAD) return false
  return timingSafeEqual(await sha256Sliced(blob, between), Buffer.from(meta.file, 'hex'))
}

/** The picture's bytes from its file (already matched to its meta); TAMPERED if it fails its check. */
export function decryptFile(key: AeadKey, row: PictureRow, blob: Uint8Array, between?: BetweenSlices): Promise<Buffer> {
  return decryptLargeBlob(key, blob, filePlace(row.id, row.profileId), between)
}
