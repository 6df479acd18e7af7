// Restoring a backup: a passphrase of a journal in it, then the file. The backend checks the
// file and that the passphrase opens it before anything is replaced; what is here now is kept
// aside, never deleted. Used in settings and from the lock screen (a new computer).

import { useId, useRef, useState, type FormEvent } from 'react'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { FieldNote } from '../../ui/field-note.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import './settings.css'

const MISSING = 'Enter the passphrase of a journal in the backup.'
/** Refusals that come before anything is touched. */
const UNCHANGED_CODES = new Set(['WRONG_PASSPHRASE', 'TOO_MANY_ATTEMPTS', 'BACKUP_INVALID', 'DATABASE_NEWER'])

interface Props {
  /** Absent where there is nowhere to go back to (a damaged journal offers only this). */
  onCancel?: (() => void) | undefined
  /** Focus the passphrase field when the form appears (it was just asked for). */
  autoFocus?: boolean
}

export function RestoreForm({ onCancel, autoFocus = true }: Props) {
  const ids = useId()
  const passRef = useFocusOnMount<HTMLInputElement>(autoFocus)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [unchanged, setUnchanged] = useState(false)
  const [busy, setBusy] = useState(false)
  const [restored, setRestored] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(null)
    setUnchanged(false)
    if (passphrase.length === 0) {
      setFieldError(MISSING)
      return passRef.current?.focus()
    }
    setBusy(true)
    try {
      const answer = await api.backup.restore({ passphrase })
      setPassphrase('')
      if (answer.restored) {
        setRestored(true)
        requestAnimationFrame(() => doneRef.current?.focus())
      }
    } catch (error) {
      const problem = problemOf(error)
      setUnchanged(problem.code !== undefined && UNCHANGED_CODES.has(problem.code))
      if (problem.code === 'WRONG_PASSPHRASE' || problem.code === 'TOO_MANY_ATTEMPTS') {
        setPassphrase('')
        setFieldError(problem.message)
        passRef.current?.focus()
      } else {
        setFailure(problem.message)
      }
    } finally {
      setBusy(false)
    }
  }

  if (restored) {
    return (
      <p ref={doneRef} tabIndex={-1} className="restore-done" role="status">
        Your backup is in place. Sevenfold is starting again with it; this takes a moment. What was here before is kept aside in its data folder.
      </p>
    )
  }

  return (
    <form className="restore-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Restore from a backup">
      <p className="warning-box" id={`${ids}-warning`}>
        Restoring replaces everything in Sevenfold on this computer with what is in the backup: both journals and the vault, as they were when it was made. What
        is here now is not deleted; Sevenfold keeps it aside in its data folder.
      </p>
      <label htmlFor={`${ids}-pass`}>Passphrase of a journal in the backup</label>
      <input
        id={`${ids}-pass`}
        ref={passRef}
        type="password"
        value={passphrase}
        onChange={(e) => {
          setPassphrase(e.target.value)
          setFieldError(null)
          setFailure(null)
        }}
        autoComplete="current-password"
        aria-invalid={fieldError !== null}
        aria-describedby={`${ids}-note ${ids}-warning`}
      />
      <FieldNote
        id={`${ids}-note`}
        text={fieldError ?? 'Either journal’s, as it was when the backup was made. It is checked before anything changes.'}
        tone={fieldError ? 'error' : 'hint'}
      />
      <ErrorMessage message={failure} />
      {unchanged && <p className="restore-form__unchanged">Nothing on this computer has changed.</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Checking the backup…' : 'Choose the backup and restore…'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
