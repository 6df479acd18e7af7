// "Forgot your passphrase?": the printed recovery code opens the journal and sets a new
// passphrase in one step, re-keying the journal, so the code that was used (and anyone who ever
// saw it) opens nothing from now on; a new code is shown next. A typo in the code is caught by
// its checksum in the main process and shown under the code field; nothing is tried against
// the journal until the code is whole.

import { useId, useState, type FormEvent } from 'react'
import type { ProfileSummary } from '../../../../shared/contract.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { FieldNote } from '../../ui/field-note.tsx'
import { RekeyProgress } from '../../ui/rekey-progress.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { NewPassphraseFields, usePassphrasePair } from '../../ui/new-passphrase-fields.tsx'

interface Props {
  profile: ProfileSummary
  /** The journal is open, under its new passphrase; `recoveryCode` is the new code, to show once. */
  onRecovered: (recoveryCode: string) => void
  onBack: () => void
}

const CODE_MISSING = 'Enter the recovery code from your printed recovery kit.'

export function RecoverForm({ profile, onRecovered, onBack }: Props) {
  const ids = useId()
  const codeRef = useFocusOnMount<HTMLInputElement>()
  const [code, setCode] = useState('')
  const pair = usePassphrasePair([profile.displayName])
  const { passphrase } = pair
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [passError, setPassError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    setCodeError(null)
    setPassError(null)
    setFailure(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const codeMissing = code.trim().length === 0
    if (codeMissing) setCodeError(CODE_MISSING)
    const firstBad = codeMissing ? codeRef : pair.unready()
    if (firstBad) return firstBad.current?.focus()
    setBusy(true)
    try {
      const { recoveryCode } = await api.session.recover({ profileId: profile.id, recoveryCode: code, newPassphrase: passphrase })
      setCode('')
      pair.clear()
      onRecovered(recoveryCode)
    } catch (error) {
      const problem = problemOf(error)
      const { field } = problem
      setBusy(false)
      if (field === 'newPassphrase') {
        setPassError(problem.message)
        pair.passRef.current?.focus()
      } else if (field === 'recoveryCode' || problem.code === 'WRONG_PASSPHRASE' || problem.code === 'TOO_MANY_ATTEMPTS') {
        setCodeError(problem.message)
        codeRef.current?.focus()
      } else {
        setFailure(problem.message)
      }
    }
  }

  const hidden = (
    <span className="visually-hidden">
      {' '}
      for <bdi>{profile.displayName}</bdi>
    </span>
  )
  return (
    <form className="recover-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>
        Use your recovery code
        <span className="visually-hidden">
          {' '}
          for <bdi>{profile.displayName}</bdi>
        </span>
      </h3>
      <p className="recover-form__lead">
        It opens your journal and lets you choose a new passphrase. Then Sevenfold gives you a new recovery code, and this one stops working.
      </p>
      <label htmlFor={`${ids}-code`}>Recovery code{hidden}</label>
      <input
        id={`${ids}-code`}
        ref={codeRef}
        className="recover-form__code"
        value={code}
        onChange={(e) => edit(setCode)(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={codeError !== null}
        aria-describedby={codeError ? `${ids}-code-note` : undefined}
      />
      {codeError && <FieldNote id={`${ids}-code-note`} text={codeError} tone="error" />}
      <NewPassphraseFields
        pair={pair}
        edit={edit}
        idBase={ids}
        label="New passphrase"
        hiddenSuffix={`for ${profile.displayName}`}
        tried={tried}
        refusal={passError}
      />
      <ErrorMessage message={failure} />
      <RekeyProgress active={busy} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open with recovery code'}
          <span className="visually-hidden">
            {' '}
            <bdi>{profile.displayName}</bdi>'s journal
          </span>
        </button>
        <button type="button" onClick={onBack} disabled={busy}>
          Back
          <span className="visually-hidden">
            {' '}
            to <bdi>{profile.displayName}</bdi>'s passphrase
          </span>
        </button>
      </div>
    </form>
  )
}
