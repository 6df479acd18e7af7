// The vault's two partners as status shows them: the pair it was made for, or, before there is
// a vault, the first two journals, who would make it. Partner a gives part a.

import type { VaultPartner } from '../../shared/contract.ts'
import type { ProfileRow } from '../storage/profile-repository.ts'
import type { VaultRow } from '../storage/vault-repository.ts'

export function partnersOf(profiles: Pick<ProfileRow, 'id' | 'displayName'>[], row: VaultRow | undefined): VaultPartner[] {
  const ids = row ? [row.partnerA, row.partnerB] : profiles.slice(0, 2).map((p) => p.id)
  return ids.map((profileId, i) => ({
    profileId,
    displayName: profiles.find((p) => p.id === profileId)?.displayName ?? '',
    part: i === 0 ? 'a' : 'b'
  }))
}
