// What waits for the two of them, as the lock screen and home may say it: seen from rows anyone
// with the file can see while everything is locked, never what or from whom. The open vault has
// taken all of it in (docs/security.md, "What waits for you both").

import type { VaultStatus } from '../../shared/contract.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import type { VaultRepository } from '../storage/vault-repository.ts'

interface WaitingDeps {
  vaults: VaultRepository
  items: VaultItemRepository
  reveals: RevealRepository
}

export function waitingForBoth(deps: WaitingDeps, open: boolean): VaultStatus['waitingForBoth'] {
  const row = deps.vaults.get()
  if (!row || open) return { sealed: false, answered: false }
  return { sealed: deps.items.hasSealed(row.id), answered: deps.reveals.answeredByBoth(row.id, row.partnerA, row.partnerB) }
}
