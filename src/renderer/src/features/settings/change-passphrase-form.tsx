// Changing the passphrase: the current one proves it is them, the new one is typed twice
// under the same rule as at first run. Usually the journal key is only wrapped again (quick,
// and the recovery code keeps working). If someone may know the old passphrase, "re-key"
// makes a new journal key and encrypts everything again under it, with progress, and gives a
// new recovery code; then what is left to do about older backups (after-rekey.tsx).

import { useId, useRef, useState, type FormEvent } from 'react'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { FieldNote } from '../../ui/field-note.tsx'
import { RekeyProgress } from '../../ui/rekey-progress.tsx'
import { NewPassphraseFields, usePassphrasePair } from '../../ui/new-passphrase-fields.tsx'
import { AfterRekey } from './after-rekey.tsx'

const CURRENT_MISSING = 'Enter the passphrase you use now.'
const CHANGED = 'Your passphrase has been changed. Use the new one next time you unlock.'

export function ChangePassphraseForm({ displayName }: { displayName: string }) {
  const ids = useId()
  const currentRef = useRef<HTMLInputElement>(null)
  const [current, setCurrent] = useState('')
  const pair = usePassphrasePair([displayName])
  const { passphrase } = pair
  const [rekey, setRekey] = useState(false)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [currentError, setCurrentError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState('')
  // After a re-key, until they have noted the new code: what it replaced, and the backups.
  const [rekeyed, setRekeyed] = useState<{ recoveryCode: string } | null>(null)

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    setCurrentError(null)
    setFailure(null)
    setDone('')
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (current.length === 0) setCurrentError(CURRENT_MISSING)
    const firstBad = current.length === 0 ? currentRef : pair.unready()
    if (firstBad) return firstBad.current?.focus()
    setBusy(true)
    try {
      const answer = await api.session.changePassphrase({ currentPassphrase: current, newPassphrase: passphrase, rekey })
      setCurrent('')
      pair.clear()
      setTried(false)
      setRekey(false)
      if (answer) setRekeyed(answer)
      else setDone(CHANGED)
    } catch (error) {
      const problem = problemOf(error)
      if (problem.code === 'WRONG_PASSPHRASE' || problem.code === 'TOO_MANY_ATTEMPTS') {
        setCurrent('')
        setCurrentError(problem.message)
        currentRef.current?.focus()
      } else {
        setFailure(problem.message)
      }
    } finally {
      setBusy(false)
    }
  }

  if (rekeyed) return <AfterRekey recoveryCode={rekeyed.recoveryCode} displayName={displayName} onDone={() => setRekeyed(null)} />

  return (
    <form className="change-passphrase" onSubmit={(e) => void submit(e)} noValidate aria-label="Change passphrase">
      <label htmlFor={`${ids}-current`}>Current passphrase</label>
      <input
        id={`${ids}-current`}
        ref={currentRef}
        type="password"
        value={current}
        onChange={(e) => edit(setCurrent)(e.target.value)}
        autoComplete="current-password"
        aria-invalid={currentError !== null}
        aria-describedby={currentError ? `${ids}-current-note` : undefined}
      />
      {currentError && <FieldNote id={`${ids}-current-note`} text={currentError} tone="error" />}
      <NewPassphraseFields pair={pair} edit={edit} idBase={ids} label="New passphrase" tried={tried} />
      <label className="settings__check change-passphrase__rekey">
        <input type="checkbox" checked={rekey} onChange={(e) => setRekey(e.target.checked)} aria-describedby={`${ids}-rekey-note`} />
        Someone may know my old passphrase: re-key my journal
      </label>
      <p id={`${ids}-rekey-note`} className="settings__note change-passphrase__rekey-note">
        Everything in your journal is encrypted again under a new key, and you get a new recovery code. Anyone who learnt your old passphrase or code can then
        open only copies made before, never what you write from now on. It takes a little longer for a big journal.
      </p>
      <ErrorMessage message={failure} />
      <RekeyProgress active={busy && rekey} />
      <p className="change-passphrase__done" role="status">
        {done}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? (rekey ? 'Re-keying…' : 'Changing…') : rekey ? 'Change passphrase and re-key' : 'Change passphrase'}
        </button>
      </div>
    </form>
  )
}
