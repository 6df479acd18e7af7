// How a reflection becomes ciphertext. The header (theme, title, date, excerpt, counts,
// timestamps) and the body are separate blobs, so listing decrypts only the small part.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { countWords, richTextToPlain, type RichTextNode } from '../../shared/rich-text.ts'
import { decryptJson, encryptJson, type AeadKey, type BlobPlace } from '../crypto/aead.ts'

const EXCERPT_LENGTH = 180

export type StoredHeader = Omit<ReflectionHeader, 'id'>

function place(id: string, ownerId: string, field: 'header' | 'body'): BlobPlace {
  return { table: field === 'header' ? 'reflections' : 'reflection_bodies', rowId: id, ownerId, field }
}

export function summarise(body: RichTextNode): { excerpt: string; wordCount: number } {
  const text = richTextToPlain(body)
  const flat = text.replace(/\s+/g, ' ')
  const excerpt = flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : flat
  return { excerpt, wordCount: countWords(text) }
}

export function encryptHeader(key: AeadKey, id: string, ownerId: string, header: StoredHeader): Buffer {
  return encryptJson(key, header, place(id, ownerId, 'header'))
}

export function decryptHeader(key: AeadKey, id: string, ownerId: string, blob: Buffer): StoredHeader {
  return decryptJson<StoredHeader>(key, blob, place(id, ownerId, 'header'))
}

export function encryptBody(key: AeadKey, id: string, ownerId: string, body: RichTextNode): Buffer {
  return encryptJson(key, body, place(id, ownerId, 'body'))
}

export function decryptBody(key: AeadKey, id: string, ownerId: string, blob: Buffer): RichTextNode {
  return decryptJson<RichTextNode>(key, blob, place(id, ownerId, 'body'))
}
