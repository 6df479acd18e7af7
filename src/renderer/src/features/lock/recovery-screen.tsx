// The recovery code, shown once. It lives only in this screen's props: once they say
// they have written it down, the app moves on and the code is gone from memory here.
// "Print my recovery kit" prints a one-page kit with it (print/recovery-kit.tsx).

import { useId } from 'react'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import './lock.css'
import { RecoveryCodeGroups } from '../../ui/recovery-code-groups.tsx'
import { JournalRecoveryKit, useRecoveryKitPrint } from '../../ui/recovery-kit.tsx'

interface Props {
  recoveryCode: string
  /** Whose journal it opens, said above the code so two partners setting up cannot mix them up. */
  displayName?: string
  /** A line about what happens next, e.g. that this journal is now the open one. */
  note?: string
  /** A new code in place of one that stops working (after a recovery): said in the heading. */
  replacing?: boolean
  onDone: () => void
}

export function RecoveryScreen({ recoveryCode, displayName, note, replacing = false, onDone }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const kit = useRecoveryKitPrint()

  return (
    <main className="screen screen--centred">
      <section className="panel panel--wide" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          {replacing ? 'Your new recovery code' : 'Your recovery code'}
        </h1>
        <p className="lead">
          If you ever forget your passphrase, this code is the only way back into your journal. Write it down on paper and keep it somewhere safe. It will not
          be shown again.
        </p>
        {displayName && (
          <p className="recovery-owner">
            For <bdi>{displayName}</bdi>'s journal
          </p>
        )}
        <RecoveryCodeGroups code={recoveryCode} testId="recovery-code" />
        {note && <p className="lead">{note}</p>}
        <div className="actions">
          <button type="button" className="primary" onClick={onDone}>
            I have written it down
          </button>
          <button type="button" onClick={kit.print}>
            Print my recovery kit
          </button>
        </div>
      </section>
      {kit.shown && <JournalRecoveryKit code={recoveryCode} displayName={displayName} />}
    </main>
  )
}
