// "Both answer, then reveal", from a partner's own open journal. A question is kept for each
// partner, to read later in their own journal (question-copies.ts: the asker's copy under their
// journal key, the other's sealed to their public key), and each answer is sealed to the vault's
// key (so neither can read the other's until they open the vault together). Every key sealed to
// is one this journal can vouch for (sealing-keys.ts): the partner's, with their journal's
// voucher; the vault's, as this journal pinned it.

import type { RevealQuestion } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { sealJson } from '../crypto/seal.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { VaultRepository, VaultRow } from '../storage/vault-repository.ts'
import type { GuardedItems } from '../journal/index.ts'
import { profileOpeningKey } from '../journal/index.ts'
import { adoptOwnCopies, openCopy, ownCopy, type CopyReader, type OwnCopy } from './question-copies.ts'
import { pinnedVault, vouchedPartnerKey, type Sealer } from './sealing-keys.ts'
import { vaultPlace, type SealedAnswer, type SealedPrompt } from './codec.ts'

export interface RevealDeps {
  vaults: VaultRepository
  reveals: RevealRepository
  profileKeys: ProfileKeyRepository
  profiles: ProfileRepository
  pins: JournalPinRepository
}

/** The partner asking or answering: their id and their open journal's key. */
export interface Asker {
  profileId: string
  key: SessionKey
  /** Its pins and settings, in step with its record. */
  items: GuardedItems
}

function requireVault(deps: RevealDeps, profileId: string): VaultRow {
  const vault = deps.vaults.get()
  if (!vault) throw new AppError('NOT_FOUND', 'Create your vault together first: answers are sealed into it until you open it together.')
  if (vault.partnerA !== profileId && vault.partnerB !== profileId) throw new AppError('FORBIDDEN', 'Only the two partners of this vault can ask or answer.')
  return vault
}

function sealerOf(asker: Asker): Sealer {
  return { profileId: asker.profileId, key: asker.key.cipherKey, items: asker.items }
}

/** This partner's answer, sealed to the vault's key as their journal pinned it. */
function sealAnswer(deps: RevealDeps, asker: Asker, revealId: string, prompt: SealedPrompt, text: string, now: Date) {
  const { publicKey } = pinnedVault(deps, sealerOf(asker))
  const answer: SealedAnswer = { ...prompt, text, answeredAt: now.toISOString() }
  return { revealId, profileId: asker.profileId, sealed: sealJson(publicKey, answer, vaultPlace.answer(revealId, asker.profileId)) }
}

/** The answerer's own copy of the question, with their answer, under their journal key (question-copies.ts). */
function answeredCopy(asker: Asker, revealId: string, prompt: SealedPrompt, text: string, now: Date): Buffer {
  const copy: OwnCopy = { ...prompt, answer: { text, answeredAt: now.toISOString() } }
  return ownCopy(asker.key.cipherKey, revealId, asker.profileId, copy)
}

/** Each partner's copy: the asker's under their journal key (with their answer), the other's sealed to the key the asker's journal vouches for. */
function promptCopy(deps: RevealDeps, asker: Asker, revealId: string, profileId: string, prompt: SealedPrompt, text: string, now: Date): Buffer {
  if (profileId === asker.profileId) return answeredCopy(asker, revealId, prompt, text, now)
  return sealJson(vouchedPartnerKey(deps, sealerOf(asker), profileId), prompt, vaultPlace.prompt(revealId, profileId))
}

export function askBoth(deps: RevealDeps, asker: Asker, promptText: string, answerText: string, now = new Date()): { id: string } {
  const vault = requireVault(deps, asker.profileId)
  const revealId = randomId()
  const prompt: SealedPrompt = { prompt: promptText, askedBy: asker.profileId, askedAt: now.toISOString() }
  const answer = sealAnswer(deps, asker, revealId, prompt, answerText, now)
  const prompts = [vault.partnerA, vault.partnerB].map((profileId) => ({
    revealId,
    profileId,
    sealed: promptCopy(deps, asker, revealId, profileId, prompt, answerText, now)
  }))
  deps.reveals.ask(revealId, vault.id, prompts, answer)
  return { id: revealId }
}

/**
 * The questions sealed to this partner that are not revealed yet, and the ids of those that
 * cannot be read (damaged, or sealed to a key pair since replaced): the journal counts those as
 * damaged items, since they are left out.
 */
export function questionsFor(deps: RevealDeps, me: Asker): { waiting: RevealQuestion[]; unreadable: string[] } {
  const vault = deps.vaults.get()
  if (!vault) return { waiting: [], unreadable: [] }
  const partners = [vault.partnerA, vault.partnerB]
  const reader = readerOf(deps, me)
  const waiting: RevealQuestion[] = []
  const unreadable: string[] = []
  for (const row of deps.reveals.promptsFor(me.profileId)) {
    try {
      const prompt = openCopy(reader, row, partners)
      const answered = deps.reveals.answeredBy(row.revealId)
      waiting.push({
        id: row.revealId,
        prompt: prompt.prompt,
        askedBy: prompt.askedBy,
        askedAt: prompt.askedAt,
        answeredByMe: answered.includes(me.profileId),
        answeredByPartner: answered.some((id) => id !== me.profileId),
        // Only while this journal's answer is the one sealed: a copy put back from before it answered has none.
        myAnswer: answered.includes(me.profileId) ? (prompt.answer?.text ?? null) : null
      })
    } catch {
      unreadable.push(row.revealId)
    }
  }
  return { waiting: waiting.sort((a, b) => (a.askedAt < b.askedAt ? 1 : a.askedAt > b.askedAt ? -1 : 0)), unreadable }
}

function readerOf(deps: RevealDeps, me: Asker): CopyReader {
  return { profileId: me.profileId, key: me.key.cipherKey, opening: profileOpeningKey(deps.profileKeys, me.profileId, me.key.cipherKey) }
}

/** At unlock: the ids of the questions that cannot be read, the journal's own from before they were its own taken in first if `takeInOwn`. */
export function unreadableAtUnlock(deps: RevealDeps, me: Asker, takeInOwn: boolean): string[] {
  const vault = deps.vaults.get()
  if (vault && takeInOwn) adoptOwnCopies(deps.reveals, readerOf(deps, me), [vault.partnerA, vault.partnerB])
  return questionsFor(deps, me).unreadable
}

export function waitingQuestions(deps: RevealDeps, me: Asker): RevealQuestion[] {
  return questionsFor(deps, me).waiting
}

/** Seals this partner's answer (replacing an earlier one) to the vault. */
export function answerQuestion(deps: RevealDeps, me: Asker, revealId: string, answerText: string, now = new Date()): void {
  requireVault(deps, me.profileId)
  const question = waitingQuestions(deps, me).find((q) => q.id === revealId)
  if (!question) throw new AppError('NOT_FOUND', 'That question is no longer waiting. It may have been revealed already.')
  const prompt: SealedPrompt = { prompt: question.prompt, askedBy: question.askedBy, askedAt: question.askedAt }
  const copy = { revealId, profileId: me.profileId, sealed: answeredCopy(me, revealId, prompt, answerText, now) }
  deps.reveals.answerWithCopy(sealAnswer(deps, me, revealId, prompt, answerText, now), copy)
}
