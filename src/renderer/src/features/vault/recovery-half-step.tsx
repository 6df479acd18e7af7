// One partner's half of the vault's recovery code, shown once, while the other looks away:
// whoever saw both halves could open the vault alone. "Print my half" prints this sheet
// only (vault.css hides the rest of the page in print), with a line saying what it is for.

import { useId } from 'react'
import type { VaultPartner } from '../../../../shared/contract.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { RecoveryCodeGroups } from '../../ui/recovery-code-groups.tsx'

interface Props {
  partner: VaultPartner
  other: VaultPartner
  half: string
  onKept: () => void
}

export function RecoveryHalfStep({ partner, other, half, onKept }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const name = partner.displayName

  return (
    <section className="panel panel--wide vault-panel" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        {name}'s half
      </h1>
      <div className="lead vault-lead">
        <p>
          {other.displayName}, would you look away for a moment? This half is {name}'s alone.
        </p>
        <p>
          If you ever both forget your parts, your two halves together open the vault again. {name}, write this down or print it, and
          keep it where only you can find it. It will not be shown again.
        </p>
      </div>
      <div className="vault-half__sheet">
        <p className="print-only vault-half__print-title">Sevenfold: {name}'s half of the vault's recovery code</p>
        <RecoveryCodeGroups code={half} testId="recovery-half" />
        <p className="print-only">
          Keep this where only you can find it. Together with {other.displayName}'s half it opens your vault if you both forget your parts.
        </p>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={onKept}>
          I have kept my half
        </button>
        <button type="button" onClick={() => window.print()}>
          Print my half
        </button>
      </div>
    </section>
  )
}
