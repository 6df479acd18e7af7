// The recovery code, shown once. It lives only in this screen's props: once they say
// they have written it down, the app moves on and the code is gone from memory here.
// "Print my recovery kit" prints a one-page kit with it (print/recovery-kit.tsx).

import { useId } from 'react'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import './lock.css'
import { RecoveryCodeGroups } from '../../ui/recovery-code-groups.tsx'
import { RecoveryKit, useRecoveryKitPrint } from '../print/recovery-kit.tsx'

interface Props {
  recoveryCode: string
  /** Whose journal it opens, said above the code so two partners setting up cannot mix them up. */
  displayName?: string
  /** A line about what happens next, e.g. that this journal is now the open one. */
  note?: string
  onDone: () => void
}

export function RecoveryScreen({ recoveryCode, displayName, note, onDone }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const kit = useRecoveryKitPrint()

  return (
    <main className="screen screen--centred">
      <section className="panel panel--wide" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Your recovery code
        </h1>
        <p className="lead">
          If you ever forget your passphrase, this code is the only way back into your journal. Write it down on paper and keep it
          somewhere safe. It will not be shown again.
        </p>
        {displayName && <p className="recovery-owner">For {displayName}'s journal</p>}
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
      {kit.shown && <JournalKit code={recoveryCode} displayName={displayName} />}
    </main>
  )
}

function JournalKit({ code, displayName }: { code: string; displayName: string | undefined }) {
  const journal = displayName ? `${displayName}'s journal` : 'your journal'
  return (
    <RecoveryKit
      title={`Sevenfold: the recovery code for ${journal}`}
      code={code}
      when={`If you ever forget the passphrase for ${journal}. Without the passphrase or this code, nobody can open it: not you, and not anyone who could help.`}
      steps={[
        `On Sevenfold's lock screen, under ${displayName ? `${displayName}'s name` : 'your name'}, choose “Forgot? Use your recovery code”.`,
        'Type the code above, group by group.',
        'Choose a new passphrase. This code keeps working afterwards, so keep this page.'
      ]}
      keep="Somewhere safe and away from this computer: with your important papers, or in a drawer that locks. Anyone who has this page and this computer can open the journal, so do not keep a photo of it on your phone."
    />
  )
}
