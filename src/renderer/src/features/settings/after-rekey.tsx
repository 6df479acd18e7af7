// Right after a re-key: the new recovery code, shown once (the old one no longer opens
// anything), and plain words about older backups, which still open with the old passphrase:
// make a new one, and delete the automatic ones made before (they hold both journals and the
// vault, so this asks first).

import { useId, useState } from 'react'
import { api } from '../../api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { RecoveryCodeGroups } from '../../ui/recovery-code-groups.tsx'
import { useFileAction } from '../../ui/use-file-action.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { JournalRecoveryKit, useRecoveryKitPrint } from '../../ui/recovery-kit.tsx'

interface Props {
  recoveryCode: string
  displayName: string
  /** They have noted the code: back to the form. */
  onDone: () => void
}

export function AfterRekey({ recoveryCode, displayName, onDone }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const kit = useRecoveryKitPrint()
  const { busy, result, failure, run } = useFileAction<'backup' | 'forget'>()
  const [asking, setAsking] = useState(false)

  const backUp = () =>
    run('backup', async () => {
      const saved = await api.backup.create()
      return saved.saved ? `Saved as ${saved.fileName ?? 'a backup file'}.` : null
    })
  const forget = () => {
    setAsking(false)
    return run('forget', async () => {
      const { removed } = await api.backup.forgetOlder({ understood: true })
      const what = removed === 1 ? 'one older backup' : `${removed} older backups`
      return `Deleted ${removed === 0 ? 'no older backups (there were none)' : what}, and made a new automatic backup of how everything is now.`
    })
  }

  return (
    <section className="after-rekey" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        Your journal is re-keyed
      </h3>
      <p>Your new passphrase opens it, and so does this new recovery code. The old passphrase and the old code no longer open it.</p>
      <RecoveryCodeGroups code={recoveryCode} testId="new-recovery-code" />
      <div className="actions">
        <button type="button" onClick={kit.print}>
          Print my new recovery kit
        </button>
      </div>
      <h4 className="settings__subtitle">Older backups</h4>
      <p>
        Backups made before today still open with your old passphrase, and show what your journal held then. Make a new backup now, then delete the automatic
        ones made before, so nobody can use them with your old passphrase. Backups you saved elsewhere yourself are for you to delete.
      </p>
      <ErrorMessage message={failure} />
      <div className="actions">
        <button type="button" onClick={() => void backUp()} disabled={busy !== null}>
          {busy === 'backup' ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" onClick={() => setAsking(true)} disabled={busy !== null}>
          {busy === 'forget' ? 'Deleting…' : 'Delete the older automatic backups…'}
        </button>
      </div>
      <p className="settings__result" role="status">
        {result}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onDone}>
          I have written down the new code
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title="Delete the older automatic backups?"
          text="They hold both journals and the vault, so your partner’s older copies go too. Sevenfold makes a new automatic backup of everything as it is now, at once. This cannot be undone."
          confirmLabel="Delete them"
          cancelLabel="Keep them"
          danger
          onConfirm={() => void forget()}
          onCancel={() => setAsking(false)}
        />
      )}
      {kit.shown && <JournalRecoveryKit code={recoveryCode} displayName={displayName} />}
    </section>
  )
}
