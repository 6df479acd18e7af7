// Time together's items as the vault stores them (issue 17, item 4): each idea and each time
// logged is a row of vault_secrets, under the vault key like a secret, told apart by `kind`
// inside its encrypted header, so the vault's binding, backups, re-key and lock cover them as
// they cover secrets. Its body is the same words as a paragraph, for what reads bodies (print,
// export) later. AES-GCM keeps a blob's length, and our dozen ideas are known to anyone, so each
// blob of these rows is padded to one size (TIME_BLOB_BYTES): the file shows how many rows of
// time together there are (they are all that size, secrets are not), but not which is an idea
// or a time logged, which of ours, nor whether it is planned, done or new. Rows written before
// the padding read as before: JSON.parse passes over the spaces either way.

import type { KeyObject } from 'node:crypto'
import type { TogetherIdea, TogetherTime } from '../../shared/time-together.ts'
import { isOneLine, TIME_TEXT_MAX } from '../../shared/time-together.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import { encryptBlob, type BlobPlace } from '../crypto/aead.ts'
import { allocSecret, wipe } from '../crypto/secret-buffer.ts'
import type { VaultSecretRow } from '../storage/vault-item-repository.ts'
import { vaultPlace, type SealedSecret } from './codec.ts'

/**
 * The size each header and body of time together is padded to, before encryption: the longest
 * (an idea of 200 three-byte characters, with every field, stamps of 40) is under 900 bytes.
 */
export const TIME_BLOB_BYTES = 1024

export interface StoredIdea {
  kind: 'idea'
  text: string
  seedId?: string
  authorId?: string
  planned?: string
  isNew: boolean
  createdAt: string
  updatedAt: string
}

export interface StoredTime {
  kind: 'together-log'
  date: string
  what: string
  ideaId?: string
  createdAt: string
  updatedAt: string
}

export type StoredTimeItem = StoredIdea | StoredTime

/** Whether a decrypted header says it is one of these (its shape is checked by `checkedTimeItem`). */
export function isTimeKind(header: unknown): boolean {
  const kind = (header as { kind?: unknown } | null)?.kind
  return kind === 'idea' || kind === 'together-log'
}

/** The words as the body of their row: one paragraph. */
export function lineBody(text: string): RichTextNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

/** The words of a body that is one paragraph of one line of plain text, as `lineBody` makes it; null for any other. */
export function lineOf(body: unknown): string | null {
  const doc = body as RichTextNode | null
  if (!hasOnly(doc, ['type', 'content']) || doc.type !== 'doc' || doc.content?.length !== 1) return null
  const paragraph = doc.content[0]!
  if (!hasOnly(paragraph, ['type', 'content']) || paragraph.type !== 'paragraph' || paragraph.content?.length !== 1) return null
  const text = paragraph.content[0]!
  if (!hasOnly(text, ['type', 'text']) || text.type !== 'text') return null
  return isLine(text.text) ? text.text : null
}

function hasOnly(value: unknown, keys: readonly string[]): value is RichTextNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every((key) => keys.includes(key))
}

const isLine = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() === value && value.length >= 1 && value.length <= TIME_TEXT_MAX && isOneLine(value)
const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max
const isStamp = (value: unknown): value is string => isString(value, 40) && !Number.isNaN(Date.parse(value))
const isDay = (value: unknown): value is string => isString(value, 10) && /^\d{4}-\d{2}-\d{2}$/.test(value)
const isOptional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value)

/**
 * A sealed idea is nothing but its author and one line: no title, nobody it is for, not a
 * shared reflection, and a body of one plain paragraph (no marks, links or headings).
 */
export function isSealedIdea(v: Partial<SealedSecret>): boolean {
  return v.title === '' && v.forId === undefined && v.shared === undefined && lineOf(v.body) !== null
}

/** The idea a sealed one becomes when it is taken in: new, from its author, dated when it was sealed. */
export function ideaFromSeal(secret: SealedSecret): StoredIdea {
  return { kind: 'idea', text: lineOf(secret.body)!, authorId: secret.authorId, isNew: true, createdAt: secret.sealedAt, updatedAt: secret.sealedAt }
}

/** A decrypted header of time together, checked as strictly as a sealed item; null if it is not as this version writes it. */
export function checkedTimeItem(header: unknown, partners: readonly string[]): StoredTimeItem | null {
  const v = header as Partial<StoredIdea> & Partial<StoredTime>
  if (typeof v !== 'object' || v === null || !isStamp(v.createdAt) || !isStamp(v.updatedAt)) return null
  if (v.kind === 'idea') {
    const fine =
      isLine(v.text) &&
      typeof v.isNew === 'boolean' &&
      isOptional(v.seedId, (s) => isString(s, 40)) &&
      isOptional(v.authorId, (a) => typeof a === 'string' && partners.includes(a)) &&
      isOptional(v.planned, isDay)
    return fine ? (v as StoredIdea) : null
  }
  if (v.kind === 'together-log') {
    return isDay(v.date) && isLine(v.what) && isOptional(v.ideaId, (i) => isString(i, 40)) ? (v as StoredTime) : null
  }
  return null
}

/** The stored row of an idea or a time: header and body under the vault key, each padded to TIME_BLOB_BYTES. */
export function timeRow(cipherKey: KeyObject, vaultId: string, id: string, item: StoredTimeItem): VaultSecretRow {
  return {
    id,
    header: paddedJson(cipherKey, item, vaultPlace.secret(vaultId, id, 'header')),
    body: paddedJson(cipherKey, lineBody(item.kind === 'idea' ? item.text : item.what), vaultPlace.secret(vaultId, id, 'body'))
  }
}

/** `value` as JSON with spaces after it up to a whole number of TIME_BLOB_BYTES (one, for all this version writes), encrypted. */
function paddedJson(key: KeyObject, value: unknown, place: BlobPlace): Buffer {
  const json = JSON.stringify(value)
  const plaintext = allocSecret(Math.max(1, Math.ceil(Buffer.byteLength(json) / TIME_BLOB_BYTES)) * TIME_BLOB_BYTES).fill(0x20)
  plaintext.write(json, 'utf8')
  try {
    return encryptBlob(key, plaintext, place)
  } finally {
    wipe(plaintext)
  }
}

/** An idea as `vaultTime` answers it. */
export function answeredIdea(id: string, idea: StoredIdea, isNew: boolean): TogetherIdea {
  return {
    id,
    text: idea.text,
    ...(idea.seedId ? { seedId: idea.seedId } : {}),
    ...(idea.authorId ? { authorId: idea.authorId } : {}),
    planned: idea.planned ?? null,
    isNew,
    addedAt: idea.createdAt
  }
}

export function answeredTime(id: string, time: StoredTime): TogetherTime {
  return { id, date: time.date, what: time.what, ...(time.ideaId ? { ideaId: time.ideaId } : {}), loggedAt: time.createdAt }
}
