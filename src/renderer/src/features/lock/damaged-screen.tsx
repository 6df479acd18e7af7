// The journal file could not be opened at start (it is damaged). Nothing was changed; the one
// way forward the app offers is a restore from a backup, and the damaged file is kept aside.

import { useId } from 'react'
import { api } from '../../api.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { useLoad } from '../../ui/use-load.ts'
import { RestoreForm } from '../settings/index.ts'

export function DamagedScreen({ message }: { message: string }) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const backups = useLoad(() => api.backup.status(), 'backups').loaded
  // Without the count the screen still says how to restore, so a failure here stays quiet.
  const automatic = backups.state === 'ready' ? backups.value.automaticCount : 0

  return (
    <main className="screen screen--centred">
      <section className="panel panel--wide" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Sevenfold cannot open your journal
        </h1>
        <div className="lead restore-screen__lead">
          <p>{message}</p>
          <p>Restoring a backup brings your journals back as they were the day it was made; the damaged file is kept aside, not deleted.</p>
          {automatic > 0 && (
            <p>
              Sevenfold keeps a backup of each of the last days you used it: {automatic === 1 ? 'one is' : `${automatic} are`} in the “backups” folder of its
              data folder, named by date. Choose the newest.
            </p>
          )}
        </div>
        <RestoreForm autoFocus={false} />
      </section>
    </main>
  )
}
