// The journal file could not be opened at start (it is damaged). Nothing was changed; the one
// way forward the app offers is a restore from a backup, and the damaged file is kept aside.

import { useEffect, useId, useState } from 'react'
import { api } from '../../api.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { RestoreForm } from '../settings/index.ts'

export function DamagedScreen({ message }: { message: string }) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [automatic, setAutomatic] = useState(0)

  useEffect(() => {
    let live = true
    api.backup
      .status()
      .then((status) => live && setAutomatic(status.automaticCount))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

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
