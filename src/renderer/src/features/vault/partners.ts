// Who holds which part of the joint passphrase. Part 'a' is the first journal's partner,
// 'b' the second's; the screens always name them, never say "partner A".

import type { VaultPartId, VaultPartner } from '../../../../shared/contract.ts'
import { isolated } from '../../../../shared/text-direction.ts'

export const PART_IDS: readonly VaultPartId[] = ['a', 'b']

export function partnerFor(partners: readonly VaultPartner[], part: VaultPartId): VaultPartner {
  // The backend always lists both once the vault can exist; the fallback only keeps a screen readable.
  return partners.find((p) => p.part === part) ?? { profileId: '', displayName: part === 'a' ? 'The first of you' : 'The second of you', part }
}

/** "Ana and Ben", in part order. */
export function bothNames(partners: readonly VaultPartner[]): string {
  return `${isolated(partnerFor(partners, 'a').displayName)} and ${isolated(partnerFor(partners, 'b').displayName)}`
}

export function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}
