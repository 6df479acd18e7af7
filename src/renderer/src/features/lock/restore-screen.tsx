// Restoring a backup before any journal is open: on a new computer, or when neither of you can
// open your journal with today's passphrase but one of you knows the one from the backup's day.

import { useId } from 'react'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { RestoreForm } from '../settings/index.ts'

export function RestoreScreen({ onBack }: { onBack: () => void }) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  return (
    <main className="screen screen--centred">
      <section className="panel panel--wide" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Restore from a backup
        </h1>
        <div className="lead restore-screen__lead">
          <p>
            A backup made with “Back up now” brings back both journals and the vault as they were that day: for a new computer, or when neither of you can get
            in with today's passphrase but one of you remembers the one from then.
          </p>
          <p>Forgot just your own passphrase? Your recovery code opens your journal and keeps everything written since.</p>
        </div>
        <RestoreForm onCancel={onBack} autoFocus={false} />
      </section>
    </main>
  )
}
