// Each partner's copy of a question. The other partner's copy is sealed to their public key,
// which anyone with the file can do, so a sealed copy is only ever the other's question. The
// asker's own copy is encrypted under the asker's journal key, so only their journal could have
// made it: a question planted "asked by you" is refused (docs/security.md, "Reveals"). Once
// a partner answers, their copy (of their own question or the other's) is made again under their
// journal key with their answer in it, so their journal can show it back to them while it waits;
// it goes with the question when it is revealed.

import type { KeyObject } from 'node:crypto'
import { decryptJson, encryptJson, type AeadKey } from '../crypto/aead.ts'
import { openSealedJson } from '../crypto/seal.ts'
import type { RevealPartRow, RevealRepository } from '../storage/reveal-repository.ts'
import { isSealedPrompt, vaultPlace, type SealedPrompt } from './codec.ts'

/** The reader of a copy: their id, their journal key, and the key pair sealed copies are opened with. */
export interface CopyReader {
  profileId: string
  key: AeadKey
  opening: { key: KeyObject; publicKey: Buffer } | null
}

/** A copy under the reader's own journal key: of their own question, or of any once they answered it (with their answer). */
export interface OwnCopy extends SealedPrompt {
  answer?: { text: string; answeredAt: string }
}

/** A copy for `ownerId` under their journal key: the asker's own, or the answerer's with their answer. */
export function ownCopy(key: AeadKey, revealId: string, ownerId: string, copy: OwnCopy): Buffer {
  return encryptJson(key, copy, vaultPlace.ownPrompt(revealId, ownerId))
}

function isOwnAnswer(value: unknown): value is OwnCopy['answer'] {
  const v = value as OwnCopy['answer'] | null
  return typeof v === 'object' && v !== null && typeof v.text === 'string' && v.text.length <= 10_000 && typeof v.answeredAt === 'string'
}

function openOwn(reader: CopyReader, row: RevealPartRow): unknown {
  try {
    return decryptJson<unknown>(reader.key, row.sealed, vaultPlace.ownPrompt(row.revealId, reader.profileId))
  } catch {
    return undefined
  }
}

/** The question a copy holds for `reader`; throws when it is damaged, or claims to be theirs without being so. */
export function openCopy(reader: CopyReader, row: RevealPartRow, partners: readonly string[]): OwnCopy {
  const own = openOwn(reader, row)
  if (own !== undefined) {
    if (!isSealedPrompt(own, partners)) throw new Error('not a question')
    const answer = (own as OwnCopy).answer
    // Only this journal could have made it; the other's question is kept here only with an answer to it.
    if (answer !== undefined ? !isOwnAnswer(answer) : own.askedBy !== reader.profileId) throw new Error('not a question')
    return answer
      ? { prompt: own.prompt, askedBy: own.askedBy, askedAt: own.askedAt, answer }
      : { prompt: own.prompt, askedBy: own.askedBy, askedAt: own.askedAt }
  }
  if (!reader.opening) throw new Error('no key to open it')
  const sealed = openSealedJson<unknown>(reader.opening.key, reader.opening.publicKey, row.sealed, vaultPlace.prompt(row.revealId, reader.profileId))
  if (!isSealedPrompt(sealed, partners) || sealed.askedBy === reader.profileId) throw new Error('not their question')
  return sealed
}

/**
 * Journals from before own copies were encrypted sealed them to themselves: the first unlock
 * since takes those in as own copies, once; its key slot is then renewed at format 3, which says
 * so, and a sealed "own" copy put in later is refused (journal/key-slots.ts).
 */
export function adoptOwnCopies(reveals: RevealRepository, reader: CopyReader, partners: readonly string[]): void {
  const adopted: RevealPartRow[] = []
  for (const row of reveals.promptsFor(reader.profileId)) {
    if (!reader.opening || openOwn(reader, row) !== undefined) continue
    try {
      const prompt = openSealedJson<unknown>(reader.opening.key, reader.opening.publicKey, row.sealed, vaultPlace.prompt(row.revealId, reader.profileId))
      if (isSealedPrompt(prompt, partners) && prompt.askedBy === reader.profileId)
        adopted.push({ ...row, sealed: ownCopy(reader.key, row.revealId, reader.profileId, prompt) })
    } catch {
      // Unreadable: left as it is, and counted damaged.
    }
  }
  reveals.replaceAll(adopted)
}
