// Moments together as the vault sees them happen: the journal open now is told (through the
// session's events) when its own partner asked, answered, sealed, opened the vault together, or
// saw answers revealed, so the calendar can keep the day. Only that partner's, never the other's.

import type { MomentKind } from '../../shared/calendar.ts'

export type { MomentKind }
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'

export interface TogetherDeps {
  items: Pick<VaultItemRepository, 'revealed'>
  /** The partner whose journal is open now, if any. */
  here: () => string | undefined
  tell: (profileId: string, kind: MomentKind) => void
}

/** The vault's id and its two partners. */
export interface VaultPlace {
  id: string
  partnerA: string
  partnerB: string
}

/**
 * Runs `step` (which may reveal answers), then tells the open journal's partner, if they are one
 * of the vault's two, of `kind` (only if `by` is them, or unnamed) and of a reveal if one happened.
 */
export async function together<T>(
  deps: TogetherDeps,
  vault: VaultPlace | undefined,
  kind: MomentKind,
  by: string | undefined,
  step: () => Promise<T>
): Promise<T> {
  const before = vault ? deps.items.revealed(vault.id).length : 0
  // Who is here when it starts: a lock during the step may leave another journal open after it.
  const here = deps.here()
  const value = await step()
  if (deps.here() !== here) return value
  if (!vault || here === undefined || (here !== vault.partnerA && here !== vault.partnerB)) return value
  if (by === undefined || by === here) deps.tell(here, kind)
  if (deps.items.revealed(vault.id).length > before) deps.tell(here, 'revealed')
  return value
}
