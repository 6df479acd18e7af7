// Restoring a backup: first the file (its header is read at once, so a file that is no
// backup is said before anything is typed), then the passphrase of a journal in it. The
// backend checks the whole file and that the passphrase opens it before anything is replaced;
// what is here now is kept aside, never deleted. Used in settings and from the lock screen (a
// new computer).

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ChosenBackup } from '../../../../shared/print.ts'
import { api, problemOf } from '../../api.ts'
import { localDate } from '../../../../shared/dates.ts'
import { formatDay } from '../../ui/dates.ts'
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
  /** Focus the first control when the form appears (it was just asked for). */
  autoFocus?: boolean
}

export function RestoreForm({ onCancel, autoFocus = true }: Props) {
  const ids = useId()
  const chooseRef = useFocusOnMount<HTMLButtonElement>(autoFocus)
  const passRef = useRef<HTMLInputElement>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const [chosen, setChosen] = useState<ChosenBackup | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [unchanged, setUnchanged] = useState(false)
  const [busy, setBusy] = useState(false)
  const [restored, setRestored] = useState(false)

  // Once a file is chosen, the passphrase is the next thing to give.
  useEffect(() => {
    if (chosen) passRef.current?.focus()
  }, [chosen])

  const refused = (error: unknown) => {
    const problem = problemOf(error)
    setUnchanged(problem.code !== undefined && UNCHANGED_CODES.has(problem.code))
    return problem
  }

  const choose = async () => {
    setFailure(null)
    setUnchanged(false)
    setBusy(true)
    try {
      const file = await api.backup.chooseRestoreFile()
      // Cancelled: whatever was chosen before stays.
      if (!file) return
      setChosen(file)
      setFieldError(null)
    } catch (error) {
      setChosen(null)
      setFailure(refused(error).message)
    } finally {
      setBusy(false)
    }
  }

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
      const problem = refused(error)
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

  const cancel = onCancel && (
    <button type="button" onClick={onCancel} disabled={busy}>
      Cancel
    </button>
  )

  return (
    <form className="restore-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Restore from a backup">
      <p className="warning-box" id={`${ids}-warning`}>
        Restoring replaces everything in Sevenfold on this computer with what is in the backup: both journals and the vault, as they were when it was made. What
        is here now is not deleted; Sevenfold keeps it aside in its data folder.
      </p>
      {chosen && (
        <p className="restore-form__file" id={`${ids}-file`}>
          <span className="restore-form__file-name">
            <bdi>{chosen.fileName}</bdi>
          </span>
          <span className="restore-form__file-date">made {formatDay(localDate(new Date(chosen.madeAt)))}</span>
        </p>
      )}
      <ErrorMessage message={failure} />
      {unchanged && <p className="restore-form__unchanged">Nothing on this computer has changed.</p>}
      {chosen ? (
        <>
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
            aria-describedby={`${ids}-note ${ids}-file ${ids}-warning`}
          />
          <FieldNote
            id={`${ids}-note`}
            text={fieldError ?? 'Either journal’s, as it was when the backup was made. It is checked before anything changes.'}
            tone={fieldError ? 'error' : 'hint'}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Checking the backup…' : 'Restore this backup'}
            </button>
            <button type="button" onClick={() => void choose()} disabled={busy}>
              Choose another file…
            </button>
            {cancel}
          </div>
        </>
      ) : (
        <div className="actions">
          <button ref={chooseRef} type="button" className="primary" onClick={() => void choose()} disabled={busy}>
            Choose the backup file…
          </button>
          {cancel}
        </div>
      )}
    </form>
  )
}
