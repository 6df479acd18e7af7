// First run, after the recovery code: the partner may create their journal right away.
// Creating it opens it (and so locks the first one), which the text says plainly.

import { useId } from 'react'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import './lock.css'

interface Props {
  /** The partner who has just created their journal. */
  firstName: string
  onAdd: () => void
  onNotNow: () => void
}

export function AddPartnerPrompt({ firstName, onAdd, onNotNow }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  return (
    <main className="screen screen--centred">
      <section className="panel panel--wide" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-lead`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Add your partner's journal now?
        </h1>
        <div id={`${ids}-lead`} className="lead add-partner__lead">
          <p>Sevenfold keeps a journal for each of you, each opened by its own passphrase. Neither of you can read the other's.</p>
          <p>
            If your partner is here, they can create theirs now; <bdi>{firstName}</bdi>'s journal locks while they do. Otherwise they can add it later from the
            lock screen.
          </p>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={onAdd}>
            Add my partner's journal
          </button>
          <button type="button" onClick={onNotNow}>
            Not now
          </button>
        </div>
      </section>
    </main>
  )
}
