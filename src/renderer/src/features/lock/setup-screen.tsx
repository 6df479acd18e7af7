// First run, and adding the second partner: a name and a passphrase typed twice.
// The passphrase rule is the main process's own (passphrase-verdict.ts), shown as they type;
// after a try to go on, what still stands in the way turns into an error under its field.

import { useId, useState, type FormEvent } from 'react'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import './lock.css'
import { FieldNote } from '../../ui/field-note.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { NewPassphraseFields, usePassphrasePair } from '../../ui/new-passphrase-fields.tsx'

interface Props {
  /** The partner whose journal is already here, asked to look away; null at first run. */
  partnerName: string | null
  onCreated: (recoveryCode: string, displayName: string) => void
  /** Back: to the welcome at first run, else to the lock screen. */
  onCancel: () => void
}

const NAME_MISSING = 'Enter your name, as you would like Sevenfold to greet you.'

export function SetupScreen({ partnerName, onCreated, onCancel }: Props) {
  const ids = useId()
  const nameRef = useFocusOnMount<HTMLInputElement>()
  const [name, setName] = useState('')
  const pair = usePassphrasePair([name])
  const { passphrase } = pair
  const [tried, setTried] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const nameMissing = name.trim().length === 0

  // Any edit makes an earlier refusal from the main process out of date.
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    setFailure(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const firstBad = nameMissing ? nameRef : pair.unready()
    if (firstBad) return firstBad.current?.focus()
    setBusy(true)
    try {
      const { recoveryCode } = await api.profile.create({ displayName: name, passphrase })
      onCreated(recoveryCode, name.trim())
    } catch (error) {
      setBusy(false)
      setFailure(problemOf(error).message)
    }
  }

  return (
    <main className="screen screen--centred">
      <form
        className="panel"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby={`${ids}-title`}
        aria-describedby={partnerName !== null ? `${ids}-look-away` : undefined}
      >
        <h1 id={`${ids}-title`}>Create your journal</h1>
        {partnerName !== null && (
          <p id={`${ids}-look-away`} className="setup__look-away">
            <bdi>{partnerName}</bdi>, would you look away for a moment? This journal is your partner's alone, and so is its passphrase.
          </p>
        )}
        <p className="lead">
          {partnerName !== null ? 'Sevenfold keeps one journal for each of you. ' : ''}
          Your journal is locked with a passphrase only you know. Nobody else on this computer can read it, and it never leaves this computer.
        </p>

        <label htmlFor={`${ids}-name`}>Your name</label>
        <input
          id={`${ids}-name`}
          dir="auto"
          ref={nameRef}
          value={name}
          onChange={(e) => edit(setName)(e.target.value)}
          maxLength={60}
          autoComplete="off"
          aria-invalid={tried && nameMissing}
          aria-describedby={tried && nameMissing ? `${ids}-name-note` : undefined}
        />
        {tried && nameMissing && <FieldNote id={`${ids}-name-note`} text={NAME_MISSING} tone="error" />}

        <NewPassphraseFields pair={pair} edit={edit} idBase={ids} label="Passphrase" tried={tried} />

        <ErrorMessage message={failure} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create journal'}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            Back
          </button>
        </div>
      </form>
    </main>
  )
}
