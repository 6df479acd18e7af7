// "Both answer, then reveal", from a partner's own open journal. A question is sealed to
// each partner's public key (so each can read it later in their own journal) and each
// answer to the vault's (so neither can read the other's until they open the vault together).
// Every key is one this journal can vouch for (sealing-keys.ts): its own, proven by its private
// key; the partner's, with their journal's voucher; the vault's, as this journal pinned it.

import type { RevealQuestion } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { openSealedJson, sealJson } from '../crypto/seal.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { VaultRepository, VaultRow } from '../storage/vault-repository.ts'
import type { GuardedItems } from './guarded-items.ts'
import { profileOpeningKey } from './profile-keys.ts'
import { pinnedVault, vouchedPartnerKey, type Sealer } from './sealing-keys.ts'
import { isSealedPrompt, vaultPlace, type SealedAnswer, type SealedPrompt } from './vault-codec.ts'

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

/** The key a question for `profileId` is sealed to, as the asker's journal can vouch for it. */
function promptKey(deps: RevealDeps, asker: Asker, profileId: string): Buffer {
  if (profileId !== asker.profileId) return vouchedPartnerKey(deps, sealerOf(asker), profileId)
  const own = profileOpeningKey(deps.profileKeys, asker.profileId, asker.key.cipherKey)
  if (!own) throw new AppError('NOT_FOUND', 'Your journal has no key for questions yet. Lock it and open it again, then ask.')
  return own.publicKey
}

export function askBoth(deps: RevealDeps, asker: Asker, promptText: string, answerText: string, now = new Date()): { id: string } {
  const vault = requireVault(deps, asker.profileId)
  const revealId = randomId()
  const prompt: SealedPrompt = { prompt: promptText, askedBy: asker.profileId, askedAt: now.toISOString() }
  const answer = sealAnswer(deps, asker, revealId, prompt, answerText, now)
  const prompts = [vault.partnerA, vault.partnerB].map((profileId) => ({
    revealId,
    profileId,
    sealed: sealJson(promptKey(deps, asker, profileId), prompt, vaultPlace.prompt(revealId, profileId))
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
  const rows = deps.reveals.promptsFor(me.profileId)
  const opening = vault ? profileOpeningKey(deps.profileKeys, me.profileId, me.key.cipherKey) : null
  if (!vault || !opening) return { waiting: [], unreadable: vault ? rows.map((row) => row.revealId) : [] }
  const partners = [vault.partnerA, vault.partnerB]
  const waiting: RevealQuestion[] = []
  const unreadable: string[] = []
  for (const row of rows) {
    try {
      const prompt = openSealedJson<unknown>(opening.key, opening.publicKey, row.sealed, vaultPlace.prompt(row.revealId, me.profileId))
      if (!isSealedPrompt(prompt, partners)) throw new Error('not a question')
      const answered = deps.reveals.answeredBy(row.revealId)
      waiting.push({
        id: row.revealId,
        prompt: prompt.prompt,
        askedBy: prompt.askedBy,
        askedAt: prompt.askedAt,
        answeredByMe: answered.includes(me.profileId),
        answeredByPartner: answered.some((id) => id !== me.profileId)
      })
    } catch {
      unreadable.push(row.revealId)
    }
  }
  return { waiting: waiting.sort((a, b) => (a.askedAt < b.askedAt ? 1 : a.askedAt > b.askedAt ? -1 : 0)), unreadable }
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
  deps.reveals.putAnswer(sealAnswer(deps, me, revealId, prompt, answerText, now))
}
