// How a reflection becomes ciphertext. The header (theme, title, date, excerpt, counts,
// timestamps, first line, the prompt it started from, a check-in's three lines, an occasion and
// what one follows up, the pictures its body shows) and the body are separate blobs, so listing decrypts only the small part.
// The header carries the reflection's save number (v) and that of its body (bv); the body's
// blob is bound to bv, so an older body put back under a newer header fails to open, and the
// journal's record (reflection-record.ts) holds each header's v. Reflections saved before
// saves were numbered have neither: they read as save 0 until they are saved again.

import { isCheckInLines } from '../../shared/check-ins.ts'
import { isOccasionHeader } from '../../shared/occasions.ts'
import { isNeedsCheckIn } from '../../shared/needs.ts'
import type { ReflectionHeader } from '../../shared/contract.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import { decryptJson, encryptJson, type AeadKey, type BlobPlace } from '../crypto/aead.ts'

/** A header as stored: its title as typed, and what only the journal keeps (see reflection-header.ts). */
export interface StoredHeader extends Omit<ReflectionHeader, 'id' | 'titled'> {
  /** The body's first line, taken at each save of the body; absent in those saved before it was. */
  firstLine?: string
  /** The prompt it was started from, if it was and that was not removed. */
  prompt?: string
  /**
   * The pictures of this journal its body shows (issue 19), taken at each save of the body: what
   * keeps a picture stored (journal/picture-references.ts) without reading every body.
   */
  pictures?: string[]
}

/** Which save a header is, and which save its body came from (undefined: before saves were numbered). */
export interface Saves {
  version: number
  bodyVersion: number | undefined
}

interface HeaderBlob extends StoredHeader {
  v?: number
  bv?: number
}

function place(id: string, ownerId: string, field: 'header' | 'body', version?: number): BlobPlace {
  const at: BlobPlace = { table: field === 'header' ? 'reflections' : 'reflection_bodies', rowId: id, ownerId, field }
  if (version !== undefined) at.version = version
  return at
}

export function encryptHeader(key: AeadKey, id: string, ownerId: string, header: StoredHeader, saves: Saves): Buffer {
  const blob: HeaderBlob = { ...header, v: saves.version }
  if (saves.bodyVersion !== undefined) blob.bv = saves.bodyVersion
  return encryptJson(key, blob, place(id, ownerId, 'header'))
}

/** As many as a body's parts could refer to, each an id. */
const MAX_PICTURES = 10_000
const PICTURE_ID = /^[A-Za-z0-9_-]{16,40}$/
const isPictureList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_PICTURES && value.every((id) => typeof id === 'string' && PICTURE_ID.test(id))

const isSave = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

export function decryptHeader(key: AeadKey, id: string, ownerId: string, blob: Buffer): { header: StoredHeader; saves: Saves } {
  const { v, bv, ...header } = decryptJson<HeaderBlob>(key, blob, place(id, ownerId, 'header'))
  if (typeof header.firstLine !== 'string') delete header.firstLine
  if (typeof header.prompt !== 'string') delete header.prompt
  if (typeof header.sharedAt !== 'string') delete header.sharedAt
  if (!isCheckInLines(header.checkIn)) delete header.checkIn
  if (!isOccasionHeader(header.occasion)) delete header.occasion
  if (typeof header.followsUp !== 'string') delete header.followsUp
  if (!isNeedsCheckIn(header.needs)) delete header.needs
  if (!isPictureList(header.pictures)) delete header.pictures
  return { header, saves: { version: isSave(v) ? v : 0, bodyVersion: isSave(bv) ? bv : undefined } }
}

export function encryptBody(key: AeadKey, id: string, ownerId: string, body: RichTextNode, bodyVersion: number | undefined): Buffer {
  return encryptJson(key, body, place(id, ownerId, 'body', bodyVersion))
}

export function decryptBody(key: AeadKey, id: string, ownerId: string, blob: Buffer, bodyVersion: number | undefined): RichTextNode {
  return decryptJson<RichTextNode>(key, blob, place(id, ownerId, 'body', bodyVersion))
}
