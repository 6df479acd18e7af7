// Changing the passphrase: the current one proves it is them, the new one is typed twice
// under the same rule as at first run. The journal key is only rewrapped, so it is quick
// whatever the journal's size; the recovery code keeps working.

import { useId, useRef, useState, type FormEvent } from 'react'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { FieldNote } from '../../ui/field-note.tsx'
import { NewPassphraseFields, usePassphrasePair } from '../lock/new-passphrase-fields.tsx'

const CURRENT_MISSING = 'Enter the passphrase you use now.'
const CHANGED = 'Your passphrase has been changed. Use the new one next time you unlock.'

export function ChangePassphraseForm({ displayName }: { displayName: string }) {
  const ids = useId()
  const currentRef = useRef<HTMLInputElement>(null)
  const [current, setCurrent] = useState('')
  const pair = usePassphrasePair([displayName])
  const { passphrase } = pair
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [currentError, setCurrentError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState('')

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
      await api.session.changePassphrase({ currentPassphrase: current, newPassphrase: passphrase })
      setCurrent('')
      pair.clear()
      setTried(false)
      setDone(CHANGED)
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
      <NewPassphraseFields
        pair={pair}
        edit={edit}
        idBase={ids}
        label="New passphrase"
        tried={tried}
      />
      <ErrorMessage message={failure} />
      <p className="change-passphrase__done" role="status">
        {done}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  )
}
