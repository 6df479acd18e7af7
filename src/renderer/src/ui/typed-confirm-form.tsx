// A form for something that cannot be undone (deleting a journal, ending the vault): the words
// to type, and the secrets it asks for (the person's own passphrase, or both vault parts). Until what was typed matches,
// the button only says what to type, so a stray Enter does nothing for good.

import { useId, useState, type FormEvent } from 'react'
import { typedAsAsked } from '../../../shared/endings.ts'
import { isolated } from '../../../shared/text-direction.ts'
import { problemOf } from '../api.ts'
import { ErrorMessage } from './error-message.tsx'
import { FieldNote } from './field-note.tsx'
import './typed-confirm-form.css'

interface Props {
  /** Names the form for screen readers. */
  label: string
  /** What to type, shown in the field's label. */
  words: string
  /** Password fields, each named by the request field it fills ('passphrase', 'partA'…). */
  secrets: readonly Secret[]
  confirmLabel: string
  busyLabel: string
  onConfirm: (typed: string, secrets: Record<string, string>) => Promise<void>
}

export interface Secret {
  field: string
  label: string
  /** Said when it is left empty. */
  missing: string
}

/** The one secret most of these forms ask for. */
export const OWN_PASSPHRASE: readonly Secret[] = [{ field: 'passphrase', label: 'Your passphrase', missing: 'Enter your passphrase.' }]

/** Which field a refusal is about: a wrong passphrase or part is about the first secret asked. */
function fieldOf(code: string | undefined, field: string | undefined, secrets: readonly Secret[]): string | undefined {
  if (code === 'WRONG_PASSPHRASE' || code === 'TOO_MANY_ATTEMPTS') return secrets[0]?.field
  return field === 'confirmName' ? 'confirm' : field
}

export function TypedConfirmForm({ label, words, secrets, confirmLabel, busyLabel, onConfirm }: Props) {
  const ids = useId()
  const [typed, setTyped] = useState('')
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ field: string | undefined; message: string } | null>(null)
  const matches = typedAsAsked(typed, words)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!matches) return setFailure({ field: 'confirm', message: `Type “${isolated(words)}” to go on.` })
    const empty = secrets.find((secret) => !values[secret.field])
    if (empty) return setFailure({ field: empty.field, message: empty.missing })
    setBusy(true)
    setFailure(null)
    try {
      await onConfirm(typed, values)
    } catch (error) {
      const problem = problemOf(error)
      setFailure({ field: fieldOf(problem.code, problem.field, secrets), message: problem.message })
      setBusy(false)
    }
  }
  const noteFor = (field: string) => (failure?.field === field ? <FieldNote id={`${ids}-${field}-note`} text={failure.message} tone="error" /> : null)

  return (
    <form className="typed-confirm" onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <label htmlFor={`${ids}-confirm`}>
        Type{' '}
        <strong className="typed-confirm__words">
          <bdi>{words}</bdi>
        </strong>{' '}
        to confirm
      </label>
      <input
        id={`${ids}-confirm`}
        dir="auto"
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
      {secrets.map((secret) => (
        <div key={secret.field} className="typed-confirm__secret">
          <label htmlFor={`${ids}-${secret.field}`}>{secret.label}</label>
          <input
            id={`${ids}-${secret.field}`}
            type="password"
            value={values[secret.field] ?? ''}
            onChange={(e) => {
              setValues((current) => ({ ...current, [secret.field]: e.target.value }))
              setFailure(null)
            }}
            autoComplete={secret.field === 'passphrase' ? 'current-password' : 'off'}
            aria-invalid={failure?.field === secret.field}
            aria-describedby={failure?.field === secret.field ? `${ids}-${secret.field}-note` : undefined}
          />
          {noteFor(secret.field)}
        </div>
      ))}
      <ErrorMessage message={failure && failure.field !== 'confirm' && !secrets.some((secret) => secret.field === failure.field) ? failure.message : null} />
      <div className="actions">
        <button type="submit" className="danger" disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </form>
  )
}
