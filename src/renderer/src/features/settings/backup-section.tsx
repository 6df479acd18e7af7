// Backups in settings: "Back up now" to a file of their choosing, a line about the automatic
// daily backups, and restoring one. A backup is the database as it is, still encrypted.

import { useId, useState } from 'react'
import type { BackupStatus } from '../../../../shared/print.ts'
import { api } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFileAction } from '../../ui/use-file-action.ts'
import { useLoad } from '../../ui/use-load.ts'
import { RestoreForm } from './restore-form.tsx'

const when = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' })

function automaticText(status: BackupStatus | null): string {
  const base = 'Sevenfold also keeps a backup each day in its data folder; the last 7 are kept.'
  if (status === null) return base
  return `${base} Newest: ${status.lastAutomaticAt ? when.format(new Date(status.lastAutomaticAt)) : 'none yet'}.`
}

export function BackupSection() {
  const ids = useId()
  const loaded = useLoad(() => api.backup.status(), 'backups').loaded
  // The line reads well without the newest date, so a failure here stays quiet.
  const status = loaded.state === 'ready' ? loaded.value : null
  const { busy, result, failure, run } = useFileAction()
  const [restoring, setRestoring] = useState(false)

  const backUp = () =>
    run('run', async () => {
      const saved = await api.backup.create()
      return saved.saved ? `Saved as ${saved.fileName ?? 'a backup file'}.` : null
    })

  return (
    <section className="settings__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Backups</h2>
      <p className="settings__lead">
        A backup holds everything Sevenfold keeps on this computer: both journals and the vault, still encrypted. Keep one somewhere else too, like a USB stick,
        in case this computer is lost.
      </p>
      <ErrorMessage message={failure} />
      <div className="actions settings__row">
        <button type="button" className="primary" onClick={() => void backUp()} disabled={busy !== null}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        <p className="settings__result" role="status">
          {result}
        </p>
      </div>
      <p className="settings__note">{automaticText(status)}</p>
      <h3 id={`${ids}-restore`} className="settings__subtitle">
        Restoring a backup
      </h3>
      {restoring ? (
        <RestoreForm onCancel={() => setRestoring(false)} />
      ) : (
        <>
          <p className="settings__note">For when something went wrong, or on a new computer: everything comes back as it was on the day of the backup.</p>
          <div className="actions settings__end">
            <button type="button" onClick={() => setRestoring(true)} aria-describedby={`${ids}-restore`}>
              Restore from a backup…
            </button>
          </div>
        </>
      )}
    </section>
  )
}
