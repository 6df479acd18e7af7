// What home's "us" place shows, read from the open journal: the vault (if any) and how far this
// journal may seal into it, the questions in its own copies, and what waits sealed for both. The
// questions hold decrypted words (this journal's own), so they stay in the us place's state only.

import type { RevealQuestion, VaultStatus } from '../../../../../shared/contract.ts'
import { api } from '../../../api.ts'

export interface UsState {
  vault: VaultStatus
  /** Waiting for this journal's answer. */
  toAnswer: RevealQuestion[]
  /** Both answered, not revealed yet. */
  toReveal: RevealQuestion[]
}

export async function readUs(): Promise<UsState> {
  const vault = await api.vault.status()
  // Questions are read only from a journal that is one of the vault's two; else there are none to show.
  const questions = vault.exists && vault.fromJournal ? await api.vaultReveals.waiting() : []
  return {
    vault,
    toAnswer: questions.filter((q) => !q.answeredByMe),
    toReveal: questions.filter((q) => q.answeredByMe && q.answeredByPartner)
  }
}
