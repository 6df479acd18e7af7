// The vault's part of the contract (contract.ts spreads it in): opening it together, what is
// inside, the "both answer, then reveal" questions, and what the two of them share and say back.

import { z } from 'zod'
import {
  answerText,
  body,
  id,
  isoDate,
  none,
  passphrase,
  promptText,
  recoveryCode,
  replyText,
  settingsSchema,
  thanksText,
  title,
  vaultPart
} from './contract-fields.ts'
import { method } from './contract-method.ts'
import { needsVaultMethods } from './contract-needs.ts'
import type { ReflectionHeader } from './reflections.ts'
import {
  REACTIONS,
  type Responses,
  type Reveal,
  type RevealQuestion,
  type VaultPartId,
  type VaultSecret,
  type VaultSecretHeader,
  type VaultStatus
} from './vault.ts'

const respondedItem = z.strictObject({ kind: z.enum(['secret', 'reveal']), id })

export const vaultContract = {
  vault: {
    status: method(none).returns<VaultStatus>(),
    /** Both parts at once, after each partner typed theirs twice; opens the new vault. */
    create: method(z.strictObject({ partA: passphrase, partB: passphrase })).returns<{ recoveryHalves: Record<VaultPartId, string> }>(),
    /** One partner's part. When both are given the vault opens, or both parts are forgotten and WRONG_PASSPHRASE says so. */
    givePart: method(z.strictObject({ part: vaultPart, passphrase })).returns<VaultStatus>(),
    resetParts: method(none).returns<VaultStatus>(),
    lock: method(none).returns<null>(),
    /**
     * Works while the vault is locked: the secret is sealed to the vault's public key as the
     * author's journal pinned it. `passphrase` is the author's own, needed unless their journal is open.
     */
    seal: method(z.strictObject({ authorId: id, title, body, passphrase: passphrase.optional() })).returns<null>(),
    /**
     * With `rekey` (someone may know an old part): a new vault key and key pair, and new recovery
     * halves (answered). Renewing the keys needs each partner's own journal passphrase too, so
     * both journals learn the new keys at once (a journal left knowing only the old ones could be
     * made to seal to them again).
     */
    changePassphrase: method(
      z.strictObject({
        currentPartA: passphrase,
        currentPartB: passphrase,
        newPartA: passphrase,
        newPartB: passphrase,
        rekey: z.boolean().optional(),
        journalPassphraseA: passphrase.optional(),
        journalPassphraseB: passphrase.optional()
      })
    ).returns<{ recoveryHalves: Record<VaultPartId, string> } | null>(),
    /** Both halves of the vault's recovery code, two new parts and both journal passphrases; re-keys and opens the vault, with new halves. */
    recover: method(
      z.strictObject({
        halfA: recoveryCode,
        halfB: recoveryCode,
        newPartA: passphrase,
        newPartB: passphrase,
        journalPassphraseA: passphrase.optional(),
        journalPassphraseB: passphrase.optional()
      })
    ).returns<{
      status: VaultStatus
      recoveryHalves: Record<VaultPartId, string>
    }>(),
    setAutoLock: method(z.strictObject({ minutes: settingsSchema.shape.autoLockMinutes })).returns<VaultStatus>()
  },
  vaultSecrets: {
    list: method(none).returns<VaultSecretHeader[]>(),
    /** Opening a secret also marks it as read. */
    get: method(z.strictObject({ id })).returns<VaultSecret>(),
    create: method(z.strictObject({ authorId: id, title, body, date: isoDate.optional() })).returns<{ id: string }>(),
    update: method(
      z.strictObject({ id, authorId: id.optional(), title: title.optional(), body: body.optional(), date: isoDate.optional() })
    ).returns<VaultSecretHeader>(),
    delete: method(z.strictObject({ id })).returns<null>()
  },
  vaultReveals: {
    /** From the asker's open journal: the question goes to both partners, the asker's answer sealed into the vault. */
    ask: method(z.strictObject({ prompt: promptText, answer: answerText })).returns<{ id: string }>(),
    /** The open journal's questions that are not revealed yet. */
    waiting: method(none).returns<RevealQuestion[]>(),
    answer: method(z.strictObject({ id, answer: answerText })).returns<null>(),
    /** Inside the open vault. */
    list: method(none).returns<Reveal[]>()
  },
  vaultShared: {
    /** From the open journal: a copy of the reflection sealed into the vault (to the key it pinned); the original is marked as shared. */
    share: method(z.strictObject({ id })).returns<ReflectionHeader>(),
    /** From the open journal: the third line of a check-in ("to tell my partner") sealed into the vault, marked as from a check-in. */
    shareCheckIn: method(z.strictObject({ id })).returns<ReflectionHeader>(),
    /** From the open journal: a thank-you note for the other partner, sealed into the vault like a drop-in (to the key it pinned). */
    thank: method(z.strictObject({ text: thanksText })).returns<null>(),
    /** Inside the open vault: a reply kept with a secret or a revealed answer, by the partner chosen (both are there). */
    reply: method(z.strictObject({ on: respondedItem, authorId: id, text: replyText })).returns<Responses>(),
    /** Inside the open vault: puts that partner's mark on the item, or takes it off if it is there. */
    react: method(z.strictObject({ on: respondedItem, authorId: id, reaction: z.enum(REACTIONS) })).returns<Responses>(),
    ...needsVaultMethods
  }
} as const
