// One partner's half of the vault's recovery code, shown once, while the other looks away:
// whoever saw both halves could open the vault alone. "Print my half" prints a one-page
// recovery kit with it (print/recovery-kit.tsx); nothing else of the screen is printed.

import { useId } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { RecoveryCodeGroups } from '../../../ui/recovery-code-groups.tsx'
import { RecoveryKit, useRecoveryKitPrint } from '../../../ui/recovery-kit.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  partner: VaultPartner
  other: VaultPartner
  half: string
  /** A new half in place of one that stops working. */
  replacing?: boolean
  onKept: () => void
}

export function RecoveryHalfStep({ partner, other, half, replacing = false, onKept }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const kit = useRecoveryKitPrint()
  const name = partner.displayName

  return (
    <section className="panel panel--wide vault-panel" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        <bdi>{name}</bdi>
        {replacing ? "'s new half" : "'s half"}
      </h1>
      <div className="lead vault-lead">
        <p>
          <bdi>{other.displayName}</bdi>, would you look away for a moment? This half is <bdi>{name}</bdi>'s alone.
        </p>
        <p>
          If you ever both forget your parts, your two halves together open the vault again. <bdi>{name}</bdi>, write this down or print it, and keep it where
          only you can find it. It will not be shown again.
          {replacing && ' It takes the place of your old half, which no longer opens anything.'}
        </p>
      </div>
      <RecoveryCodeGroups code={half} testId="recovery-half" />
      <div className="actions">
        <button type="button" className="primary" onClick={onKept}>
          I have kept my half
        </button>
        <button type="button" onClick={kit.print}>
          Print my half
        </button>
      </div>
      {kit.shown && (
        <RecoveryKit
          title={`Sevenfold: ${isolated(name)}'s half of the vault's recovery code`}
          code={half}
          when={`If you both ever forget your parts of the vault's passphrase. ${isolated(name)}'s half alone opens nothing; with ${isolated(other.displayName)}'s half, it opens your vault again.`}
          steps={[
            'Sit down at Sevenfold together, go to your vault and choose “Forgot? Use both halves of the recovery code”.',
            `${isolated(name)} types this half and ${isolated(other.displayName)} types theirs, each without showing the other.`,
            'Choose two new parts. Sevenfold then gives you two new halves and these stop working, so print the new ones.'
          ]}
          keep={`Where only you can find it, and never together with ${isolated(other.displayName)}'s half: whoever holds both halves can open the vault alone.`}
        />
      )}
    </section>
  )
}
