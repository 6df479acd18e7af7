// The vault's two recovery halves, one partner at a time while the other looks away: after
// creating the vault, and after its keys were renewed (a recovery, or a re-key), when new
// halves replace the old. The halves live in the caller's state (useHalves) and each leaves it
// as soon as its partner has kept it.

import { useCallback, useState } from 'react'
import type { VaultPartId, VaultPartner } from '../../../../../shared/contract.ts'
import { partnerFor } from '../partners.ts'
import { RecoveryHalfStep } from './recovery-half-step.tsx'

type Halves = Partial<Record<VaultPartId, string>>

/** Halves waiting to be kept (null when none), `show` for new ones, and `kept` as each partner keeps theirs. */
export function useHalves(onAllKept: () => void) {
  const [halves, setHalves] = useState<Halves | null>(null)
  const show = useCallback((next: Record<VaultPartId, string>) => setHalves(next), [])
  const kept = useCallback(
    (part: VaultPartId) => {
      if (part === 'a') return setHalves((current) => (current ? { b: current.b } : current))
      setHalves(null)
      onAllKept()
    },
    [onAllKept]
  )
  return { halves, show, kept }
}

interface Props {
  partners: readonly VaultPartner[]
  halves: Halves
  /** New halves in place of old ones: each screen says the old half stops working. */
  replacing?: boolean
  onKept: (part: VaultPartId) => void
}

export function HalvesInTurn({ partners, halves, replacing = false, onKept }: Props) {
  const part: VaultPartId = halves.a ? 'a' : 'b'
  const other: VaultPartId = part === 'a' ? 'b' : 'a'
  return (
    <RecoveryHalfStep
      key={part}
      partner={partnerFor(partners, part)}
      other={partnerFor(partners, other)}
      half={halves[part] ?? ''}
      replacing={replacing}
      onKept={() => onKept(part)}
    />
  )
}
