// The vault as an open journal sees it: whether there is one, and who is who, so the trust
// theme can name the partner who asked or still has to answer.

import type { VaultPartner } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { useLoad } from '../../../ui/use-load.ts'

export type JournalVault =
  | { state: 'loading' }
  /** No vault yet; `message` says what it takes to make one. */
  | { state: 'none'; message: string }
  /**
   * `pinned`: this journal knows the vault's key, so it may seal into it; `partnerConfirmed`: a
   * question can reach the partner too (their journal did the same).
   */
  | { state: 'ready'; partners: VaultPartner[]; me: VaultPartner; partner: VaultPartner; pinned: boolean; partnerConfirmed: boolean }
  | { state: 'failed'; message: string }

export const NO_VAULT = 'There is no vault yet. Create your vault together first, when you are both at the computer; then either of you can ask here.'
const NO_PARTNER = "The vault is for the two of you, so it needs your partner's journal too. Add it from the lock screen, then create your vault together."

/** A sentence for a failed vault request made from a journal (the error, or its problem as loaded). */
export function journalVaultProblem(error: unknown): string {
  const { code, message } = problemOf(error)
  return code === 'NOT_FOUND' ? NO_VAULT : message
}

async function readJournalVault(): Promise<Exclude<JournalVault, { state: 'loading' }>> {
  const [status, app] = await Promise.all([api.vault.status(), api.app.status()])
  if (!status.exists) return { state: 'none', message: status.canCreate ? NO_VAULT : NO_PARTNER }
  const me = status.partners.find((p) => p.profileId === app.unlockedProfileId)
  const partner = status.partners.find((p) => p.profileId !== app.unlockedProfileId)
  if (!me || !partner) return { state: 'failed', message: 'This journal is not one of the vault’s two. Lock it and unlock it again.' }
  const from = status.fromJournal ?? { pinned: false, partnerConfirmed: false }
  return { state: 'ready', partners: status.partners, me, partner, ...from }
}

export function useJournalVault(): JournalVault {
  const loaded = useLoad(readJournalVault, 'vault').loaded
  if (loaded.state === 'ready') return loaded.value
  if (loaded.state === 'failed') return { state: 'failed', message: journalVaultProblem(loaded) }
  return loaded
}
