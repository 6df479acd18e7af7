// "Both answer, then reveal", from a partner's own open journal. A question is sealed to
// each partner's public key (so each can read it later in their own journal) and each
// answer to the vault's (so neither can read the other's until they open the vault together).

import type { RevealQuestion } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { openSealedJson, sealJson } from '../crypto/seal.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { VaultRepository, VaultRow } from '../storage/vault-repository.ts'
import { profileOpeningKey } from './profile-keys.ts'
import { isSealedPrompt, vaultPlace, type SealedAnswer, type SealedPrompt } from './vault-codec.ts'

export interface RevealDeps {
  vaults: VaultRepository
  reveals: RevealRepository
  profileKeys: ProfileKeyRepository
  profiles: ProfileRepository
}

/** The partner asking or answering: their id and their open journal's key. */
export interface Asker {
  profileId: string
  key: SessionKey
}

function requireVault(deps: RevealDeps, profileId: string): VaultRow {
  const vault = deps.vaults.get()
  if (!vault) throw new AppError('NOT_FOUND', 'Create your vault together first: answers are sealed into it until you open it together.')
  if (vault.partnerA !== profileId && vault.partnerB !== profileId) throw new AppError('FORBIDDEN', 'Only the two partners of this vault can ask or answer.')
  return vault
}

function nameOf(deps: RevealDeps, profileId: string): string {
  return deps.profiles.list().find((p) => p.id === profileId)?.displayName ?? 'Your partner'
}

function sealAnswer(vault: VaultRow, revealId: string, profileId: string, prompt: SealedPrompt, text: string, now: Date) {
  const answer: SealedAnswer = { ...prompt, text, answeredAt: now.toISOString() }
  return { revealId, profileId, sealed: sealJson(vault.publicKey, answer, vaultPlace.answer(revealId, profileId)) }
}

export function askBoth(deps: RevealDeps, asker: Asker, promptText: string, answerText: string, now = new Date()): { id: string } {
  const vault = requireVault(deps, asker.profileId)
  const revealId = randomId()
  const prompt: SealedPrompt = { prompt: promptText, askedBy: asker.profileId, askedAt: now.toISOString() }
  const prompts = [vault.partnerA, vault.partnerB].map((profileId) => {
    const keys = deps.profileKeys.get(profileId)
    if (!keys) throw new AppError('NOT_FOUND', `${nameOf(deps, profileId)} needs to open their journal once before a question can be sealed to them.`)
    return { revealId, profileId, sealed: sealJson(keys.publicKey, prompt, vaultPlace.prompt(revealId, profileId)) }
  })
  deps.reveals.ask(revealId, vault.id, prompts, sealAnswer(vault, revealId, asker.profileId, prompt, answerText, now))
  return { id: revealId }
}

/** The questions sealed to this partner that are not revealed yet. */
export function waitingQuestions(deps: RevealDeps, me: Asker): RevealQuestion[] {
  const vault = deps.vaults.get()
  if (!vault) return []
  const opening = profileOpeningKey(deps.profileKeys, me.profileId, me.key)
  if (!opening) return []
  const partners = [vault.partnerA, vault.partnerB]
  const out: RevealQuestion[] = []
  for (const row of deps.reveals.promptsFor(me.profileId)) {
    try {
      const prompt = openSealedJson<unknown>(opening.key, opening.publicKey, row.sealed, vaultPlace.prompt(row.revealId, me.profileId))
      if (!isSealedPrompt(prompt, partners)) continue
      const answered = deps.reveals.answeredBy(row.revealId)
      out.push({
        id: row.revealId,
        prompt: prompt.prompt,
        askedBy: prompt.askedBy,
        askedAt: prompt.askedAt,
        answeredByMe: answered.includes(me.profileId),
        answeredByPartner: answered.some((id) => id !== me.profileId)
      })
    } catch {
      // A damaged question is left out; the others still show.
    }
  }
  return out.sort((a, b) => (a.askedAt < b.askedAt ? 1 : a.askedAt > b.askedAt ? -1 : 0))
}

/** Seals this partner's answer (replacing an earlier one) to the vault. */
export function answerQuestion(deps: RevealDeps, me: Asker, revealId: string, answerText: string, now = new Date()): void {
  const vault = requireVault(deps, me.profileId)
  const question = waitingQuestions(deps, me).find((q) => q.id === revealId)
  if (!question) throw new AppError('NOT_FOUND', 'That question is no longer waiting. It may have been revealed already.')
  const prompt: SealedPrompt = { prompt: question.prompt, askedBy: question.askedBy, askedAt: question.askedAt }
  deps.reveals.putAnswer(sealAnswer(vault, revealId, me.profileId, prompt, answerText, now))
}
