// A form for something that cannot be undone (deleting a journal, ending the vault): the words
// to type, and the person's own passphrase where it asks for one. Until what was typed matches,
// the button only says what to type, so a stray Enter does nothing for good.

import { useId, useState, type FormEvent } from 'react'
import { typedAsAsked } from '../../../shared/endings.ts'
import { problemOf } from '../api.ts'
import { ErrorMessage } from './error-message.tsx'
import { FieldNote } from './field-note.tsx'
import './typed-confirm-form.css'

interface Props {
  /** Names the form for screen readers. */
  label: string
  /** What to type, shown in the field's label. */
  words: string
  withPassphrase: boolean
  confirmLabel: string
  busyLabel: string
  onConfirm: (typed: string, passphrase: string) => Promise<void>
}

export function TypedConfirmForm({ label, words, withPassphrase, confirmLabel, busyLabel, onConfirm }: Props) {
  const ids = useId()
  const [typed, setTyped] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ field: string | undefined; message: string } | null>(null)
  const matches = typedAsAsked(typed, words)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!matches) return setFailure({ field: 'confirm', message: `Type “${words}” to go on.` })
    if (withPassphrase && !passphrase) return setFailure({ field: 'passphrase', message: 'Enter your passphrase.' })
    setBusy(true)
    setFailure(null)
    try {
      await onConfirm(typed, passphrase)
    } catch (error) {
      const problem = problemOf(error)
      const field = problem.code === 'WRONG_PASSPHRASE' || problem.code === 'TOO_MANY_ATTEMPTS' ? 'passphrase' : problem.field
      setFailure({ field: field === 'confirmName' ? 'confirm' : field, message: problem.message })
      setBusy(false)
    }
  }
  const noteFor = (field: string) => (failure?.field === field ? <FieldNote id={`${ids}-${field}-note`} text={failure.message} tone="error" /> : null)

  return (
    <form className="typed-confirm" onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <label htmlFor={`${ids}-confirm`}>
        Type <strong className="typed-confirm__words">{words}</strong> to confirm
      </label>
      <input
        id={`${ids}-confirm`}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value)
          setFailure(null)
        }}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={failure?.field === 'confirm'}
        aria-describedby={failure?.field === 'confirm' ? `${ids}-confirm-note` : undefined}
      />
      {noteFor('confirm')}
      {withPassphrase && (
        <>
          <label htmlFor={`${ids}-passphrase`}>Your passphrase</label>
          <input
            id={`${ids}-passphrase`}
            type="password"
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.target.value)
              setFailure(null)
            }}
            autoComplete="current-password"
            aria-invalid={failure?.field === 'passphrase'}
            aria-describedby={failure?.field === 'passphrase' ? `${ids}-passphrase-note` : undefined}
          />
          {noteFor('passphrase')}
        </>
      )}
      <ErrorMessage message={failure && failure.field !== 'confirm' && failure.field !== 'passphrase' ? failure.message : null} />
      <div className="actions">
        <button type="submit" className="danger" disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </form>
  )
}
