// How the vault's contents become ciphertext, and what a sealed item must look like once
// opened. Sealed items come from anyone at the computer, so their shape is checked as
// strictly as IPC input before anything is moved under the vault key.

import type { KeyObject } from 'node:crypto'
import type { Responses, RevealAnswer, VaultSecretHeader } from '../../shared/contract.ts'
import { keptAsSealed } from '../../shared/vault.ts'
import { localDate } from '../../shared/dates.ts'
import { AppError } from '../../shared/errors.ts'
import { richTextProblem, type RichTextNode } from '../../shared/rich-text.ts'
import { decryptJson, encryptJson, type BlobPlace } from '../crypto/aead.ts'
import { openSealedJson } from '../crypto/seal.ts'
import { summarise } from '../../shared/rich-text.ts'
import { THEME_IDS, type ThemeId } from '../../shared/themes.ts'
import { promptPlace } from '../journal/index.ts'
import type { VaultSecretRow } from '../storage/vault-item-repository.ts'
import type { NeedsCheckIn } from '../../shared/needs.ts'
import { isNeedsOrNot } from './needs-seal.ts'
import { ideaFromSeal, isSealedIdea, type StoredTimeItem } from './time-together-codec.ts'

/** A secret's header as stored: with its replies and reactions (responses.ts), which lists leave out. */
export type StoredSecretHeader = Omit<VaultSecretHeader, 'id'> & { responses?: Responses }

/** A new secret's stored header: its words summarised, both times set to `stamp`. */
export function secretHeader(
  input: { authorId: string; title: string; body: RichTextNode },
  stamp: string,
  extra: Pick<StoredSecretHeader, 'isNew' | 'wasSealed' | 'date' | 'sharedFrom' | 'kind' | 'forId' | 'needs'>
): StoredSecretHeader {
  return { authorId: input.authorId, title: input.title, ...summarise(input.body), createdAt: stamp, updatedAt: stamp, ...extra }
}

/**
 * A secret dropped in while the vault was locked; `shared`: a copy of a reflection from its
 * author's journal; `kind: 'thanks'`: a thank-you note from its author to the other partner,
 * `forId` (both names are inside the seal, so neither can be swapped in the file); `kind: 'needs'`:
 * a shared needs check-in, its `needs` inside the seal too (needs-seal.ts); `kind: 'idea'`: an
 * idea for time together, one line as its body (time-together-codec.ts).
 */
export interface SealedSecret {
  authorId: string
  title: string
  body: RichTextNode
  sealedAt: string
  shared?: SharedFrom
  kind?: 'thanks' | 'needs' | 'idea'
  forId?: string
  needs?: NeedsCheckIn
}

/** Where a shared copy came from: a reflection's theme and day, and `kind` when it is a check-in's line. */
type SharedFrom = NonNullable<VaultSecretHeader['sharedFrom']>

function sharedFromOf(shared: SharedFrom): { sharedFrom: SharedFrom } {
  return { sharedFrom: { themeId: shared.themeId, date: shared.date, ...(shared.kind === 'check-in' ? { kind: 'check-in' as const } : {}) } }
}

export interface NewSecret {
  authorId: string
  title: string
  body: RichTextNode
  date?: string | undefined
}

export interface SecretChanges {
  id: string
  authorId?: string | undefined
  title?: string | undefined
  body?: RichTextNode | undefined
  date?: string | undefined
}

/** The stored row of a secret: header and body, each under the vault key at its own place. */
export function secretRow(cipherKey: KeyObject, vaultId: string, id: string, header: StoredSecretHeader | StoredTimeItem, body: RichTextNode): VaultSecretRow {
  return {
    id,
    header: encryptJson(cipherKey, header, vaultPlace.secret(vaultId, id, 'header')),
    body: encryptJson(cipherKey, body, vaultPlace.secret(vaultId, id, 'body'))
  }
}

/** A secret's body as stored (`body`, absent when the row is gone), opened under the vault key. */
export function openedBody(cipherKey: KeyObject, vaultId: string, id: string, body: Buffer | undefined): RichTextNode {
  if (!body) throw secretNotFound()
  try {
    return decryptJson<RichTextNode>(cipherKey, body, vaultPlace.secret(vaultId, id, 'body'))
  } catch (error) {
    // The blob layer's words speak of the journal; this is the vault.
    throw error instanceof AppError && error.code === 'TAMPERED' ? secretDamaged() : error
  }
}

// A drop-in says when it was sealed; a clock set a little wrong is forgiven, a date further ahead
// is forged (one dated far ahead would stay a partner's "latest" needs copy for good).
const SEALED_AHEAD_MAX_MS = 24 * 60 * 60 * 1000

/**
 * A drop-in sealed to the vault, opened and checked: its header as stored from here, and its body.
 * Throws if it is damaged, or sealed more than a day after `now`, the moment it is taken in.
 */
export function openedDropIn(key: KeyObject, publicKey: Buffer, vaultId: string, partners: readonly string[], row: { id: string; sealed: Buffer }, now: Date) {
  const secret = openSealedJson<unknown>(key, publicKey, row.sealed, vaultPlace.sealed(vaultId, row.id))
  if (!isSealedSecret(secret, partners) || Date.parse(secret.sealedAt) > now.getTime() + SEALED_AHEAD_MAX_MS) throw secretDamaged()
  if (secret.kind === 'idea') return { header: ideaFromSeal(secret), body: secret.body }
  const sharedFrom = secret.shared ? sharedFromOf(secret.shared) : {}
  const thanks = secret.kind === 'thanks' ? { kind: secret.kind, forId: secret.forId } : {}
  const needs = secret.kind === 'needs' ? { kind: secret.kind, needs: secret.needs } : {}
  const header = secretHeader(secret, secret.sealedAt, {
    isNew: true,
    wasSealed: true,
    date: localDate(new Date(secret.sealedAt)),
    ...sharedFrom,
    ...thanks,
    ...needs
  })
  return { header, body: secret.body }
}

/** One partner's answer to a question, sealed to the vault. */
export interface SealedAnswer {
  prompt: string
  askedBy: string
  askedAt: string
  text: string
  answeredAt: string
}

/** A question as sealed to each partner. */
export interface SealedPrompt {
  prompt: string
  askedBy: string
  askedAt: string
}

/** A question both answered, kept under the vault key. */
export interface StoredReveal {
  prompt: string
  askedBy: string
  askedAt: string
  answers: RevealAnswer[]
  responses?: Responses
}

export const vaultPlace = {
  /**
   * The vault's private key, bound to its two partners (in order): changing who the vault's
   * partners are in the file makes it fail, so no reveal can be had with one partner's answer
   * alone. `partners` absent: the place of vaults from before that binding.
   */
  privateKey: (vaultId: string, partners?: readonly [string, string]): BlobPlace => ({
    table: 'vault',
    rowId: vaultId,
    ownerId: vaultId,
    field: partners ? `private_key:${partners[0]}:${partners[1]}` : 'private_key'
  }),
  settings: (vaultId: string): BlobPlace => ({ table: 'vault', rowId: vaultId, ownerId: vaultId, field: 'settings' }),
  rosterKey: (vaultId: string): BlobPlace => ({ table: 'vault', rowId: vaultId, ownerId: vaultId, field: 'roster_key' }),
  secret: (vaultId: string, id: string, field: 'header' | 'body'): BlobPlace => ({ table: 'vault_secrets', rowId: id, ownerId: vaultId, field }),
  sealed: (vaultId: string, id: string): BlobPlace => ({ table: 'vault_sealed', rowId: id, ownerId: vaultId, field: 'secret' }),
  revealed: (vaultId: string, id: string): BlobPlace => ({ table: 'vault_reveals', rowId: id, ownerId: vaultId, field: 'reveal' }),
  // A question's copies: sealed to the partner, and the asker's own under their journal key (question-copies.ts).
  ...promptPlace,
  answer: (revealId: string, profileId: string): BlobPlace => ({ table: 'reveal_answers', rowId: revealId, ownerId: profileId, field: 'answer' })
}

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max
const isStamp = (value: unknown): value is string => isString(value, 40) && !Number.isNaN(Date.parse(value))

export function isSealedSecret(value: unknown, partners: readonly string[]): value is SealedSecret {
  const v = value as Partial<SealedSecret> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    isString(v.authorId, 40) &&
    partners.includes(v.authorId) &&
    isString(v.title, 300) &&
    isStamp(v.sealedAt) &&
    richTextProblem(v.body) === null &&
    (v.shared === undefined || isShared(v.shared)) &&
    isThanksOrNot(v, partners) &&
    isNeedsOrNot(v)
  )
}

/** A thank-you note is for the vault's other partner, never its own writer, and is not a shared reflection; other secrets name no one it is for. */
function isThanksOrNot(v: Partial<SealedSecret>, partners: readonly string[]): boolean {
  if (v.kind === undefined || v.kind === 'needs') return v.forId === undefined
  if (v.kind === 'idea') return isSealedIdea(v)
  return v.kind === 'thanks' && v.shared === undefined && isString(v.forId, 40) && partners.includes(v.forId) && v.forId !== v.authorId
}

function isShared(value: unknown): boolean {
  const v = value as Partial<NonNullable<SealedSecret['shared']>> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    THEME_IDS.includes(v.themeId as ThemeId) &&
    isString(v.date, 10) &&
    /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
    (v.kind === undefined || v.kind === 'check-in')
  )
}

function isQuestion(v: Partial<SealedPrompt> | null, partners: readonly string[]): boolean {
  return typeof v === 'object' && v !== null && isString(v.prompt, 500) && isString(v.askedBy, 40) && partners.includes(v.askedBy) && isStamp(v.askedAt)
}

export function isSealedPrompt(value: unknown, partners: readonly string[]): value is SealedPrompt {
  return isQuestion(value as Partial<SealedPrompt> | null, partners)
}

export function isSealedAnswer(value: unknown, partners: readonly string[]): value is SealedAnswer {
  const v = value as Partial<SealedAnswer> | null
  return isQuestion(v, partners) && isString(v!.text, 10_000) && isStamp(v!.answeredAt)
}

/** A secret's writer is one of the vault's two partners. */
export function requireAuthor(partners: readonly string[], authorId: string): void {
  if (!partners.includes(authorId)) throw new AppError('INVALID_INPUT', 'Choose which of you wrote this secret.', { field: 'authorId' })
}

const HERE = 'Here it can be read, answered or deleted.'

/** A copy or note kept as sealed (keptAsSealed) is refused any edit, with what to do instead. */
export function requireEditable(header: StoredSecretHeader): void {
  if (!keptAsSealed(header)) return
  const why =
    header.kind === 'needs'
      ? 'A needs check-in stays as it was sealed: change it on the “Know each other’s needs” page and share it again.'
      : header.kind === 'thanks'
        ? 'A thank-you note stays as its writer sealed it: write a new secret, or reply to it, to say more.'
        : header.sharedFrom?.kind === 'check-in'
          ? 'A line from a check-in stays as it was told: write a new secret, or reply to it, to say more.'
          : 'A shared reflection stays as it was sealed: change it in the journal it came from and share it again, or write a new secret.'
  throw new AppError('INVALID_INPUT', `${why} ${HERE}`)
}

/** Replies and marks wait for the envelope: it is opened together first. */
export function requireOpened(header: StoredSecretHeader): void {
  if (header.isNew) throw new AppError('INVALID_INPUT', 'Open it together first; then you can answer it or leave a mark.')
}

/** What a missing or damaged secret says, and the order secrets are listed in. */
export function secretNotFound(): AppError {
  return new AppError('NOT_FOUND', 'That secret is not in the vault. It may have been deleted.')
}

export function secretDamaged(): AppError {
  return new AppError('TAMPERED', 'This secret failed its integrity check, so it was not opened. The rest of the vault is unaffected.')
}

export function newestFirst(a: VaultSecretHeader, b: VaultSecretHeader): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}
