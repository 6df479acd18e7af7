// "Both answer, then reveal" inside the open vault: questions both partners answered are opened
// and moved under the vault key, side by side; the rest are listed as waiting, saying who has
// answered but never what. A damaged answer keeps its own question back, not the others, and so
// do two answers to different wordings of it.

import type { KeyObject } from 'node:crypto'
import type { Responses, Reveal } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { decryptJson, encryptJson } from '../crypto/aead.ts'
import { openSealedJson } from '../crypto/seal.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import { isSealedAnswer, secretDamaged, vaultPlace, type SealedAnswer, type SealedPrompt, type StoredReveal } from './codec.ts'
import { noResponses, storedResponses } from './responses.ts'

/** What these steps need of the open vault. */
export interface AnswerContext {
  vaultId: string
  partners: readonly [string, string]
  cipherKey: KeyObject
  /** The vault's own public key (its private key's), which answers were sealed to. */
  publicKey: Buffer
  items: VaultItemRepository
  reveals: RevealRepository
  /** Counts an item as damaged in the open vault. */
  damaged(id: string): void
}

function openAnswer(ctx: AnswerContext, key: KeyObject, revealId: string, row: { profileId: string; sealed: Buffer }): SealedAnswer {
  const answer = openSealedJson<unknown>(key, ctx.publicKey, row.sealed, vaultPlace.answer(revealId, row.profileId))
  if (!isSealedAnswer(answer, ctx.partners)) throw secretDamaged()
  return answer
}

function sameQuestion(a: SealedPrompt, b: SealedPrompt): boolean {
  return a.prompt === b.prompt && a.askedBy === b.askedBy && a.askedAt === b.askedAt
}

/** Moves every question both partners answered under the vault key, one transaction each. */
export function revealAnswered(ctx: AnswerContext, key: KeyObject, rows: ReturnType<RevealRepository['answers']>, now: Date): void {
  for (const [revealId, answers] of Map.groupBy(rows, (row) => row.revealId)) {
    if (!ctx.partners.every((p) => answers.some((a) => a.profileId === p))) continue
    try {
      const opened = ctx.partners.map((partner) => ({
        partner,
        answer: openAnswer(
          ctx,
          key,
          revealId,
          answers.find((a) => a.profileId === partner)!
        )
      }))
      const first = opened[0]!.answer
      // Each answered the question as they read it: a copy changed for one of them shows here, and it stays back.
      if (!opened.every(({ answer }) => sameQuestion(answer, first))) throw secretDamaged()
      const reveal: StoredReveal = {
        prompt: first.prompt,
        askedBy: first.askedBy,
        askedAt: first.askedAt,
        answers: opened.map(({ partner, answer }) => ({ profileId: partner, text: answer.text, answeredAt: answer.answeredAt }))
      }
      ctx.items.transaction(() => {
        ctx.items.insertRevealed(ctx.vaultId, {
          id: revealId,
          data: encryptJson(ctx.cipherKey, { ...reveal, revealedAt: now.toISOString() }, vaultPlace.revealed(ctx.vaultId, revealId))
        })
        ctx.reveals.remove(revealId)
      })
    } catch {
      ctx.damaged(revealId)
    }
  }
}

/** Revealed questions with both answers, and those still waiting; `key` null when the vault's private key is damaged. */
export function listReveals(ctx: AnswerContext, key: KeyObject | null): Reveal[] {
  const out: Reveal[] = []
  for (const row of ctx.items.revealed(ctx.vaultId)) {
    try {
      const r = decryptJson<StoredReveal>(ctx.cipherKey, row.data, vaultPlace.revealed(ctx.vaultId, row.id))
      const responses = storedResponses(r.responses, ctx.partners)
      if (!responses) ctx.damaged(`${row.id}:responses`)
      out.push({
        id: row.id,
        prompt: r.prompt,
        askedBy: r.askedBy,
        askedAt: r.askedAt,
        revealed: true,
        answers: r.answers,
        answeredBy: r.answers.map((a) => a.profileId),
        responses: responses ?? noResponses()
      })
    } catch {
      ctx.damaged(row.id)
    }
  }
  if (key) {
    for (const [revealId, answers] of Map.groupBy(ctx.reveals.answers(), (row) => row.revealId)) {
      try {
        const a = openAnswer(ctx, key, revealId, answers[0]!)
        out.push({
          id: revealId,
          prompt: a.prompt,
          askedBy: a.askedBy,
          askedAt: a.askedAt,
          revealed: false,
          answers: [],
          answeredBy: answers.map((x) => x.profileId),
          responses: noResponses()
        })
      } catch {
        ctx.damaged(revealId)
      }
    }
  }
  return out.sort((x, y) => (x.askedAt < y.askedAt ? 1 : x.askedAt > y.askedAt ? -1 : 0))
}

/** Changes the replies and reactions kept in a revealed answer's own blob; only a revealed one can be answered back. */
export function respondToReveal(ctx: AnswerContext, revealId: string, change: (stored: unknown) => Responses): Responses {
  const row = ctx.items.revealed(ctx.vaultId).find((r) => r.id === revealId)
  if (!row) throw new AppError('NOT_FOUND', 'That answer is not revealed in the vault. Both of you answer it first.')
  const place = vaultPlace.revealed(ctx.vaultId, revealId)
  let stored: StoredReveal
  try {
    stored = decryptJson<StoredReveal>(ctx.cipherKey, row.data, place)
  } catch {
    ctx.damaged(revealId)
    throw secretDamaged()
  }
  const responses = change(stored.responses)
  ctx.items.updateRevealed(ctx.vaultId, { id: revealId, data: encryptJson(ctx.cipherKey, { ...stored, responses }, place) })
  return responses
}
