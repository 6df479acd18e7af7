// "Your name": the name the lock screen, the vault and the questions show for this journal.

import { useId, useState, type FormEvent } from 'react'
import type { ProfileSummary } from '../../../../shared/contract.ts'
import { api, problemOf } from '../../api.ts'
import { FieldNote } from '../../ui/field-note.tsx'
import { isolated } from '../../../../shared/text-direction.ts'

export function YourName({ profile, onRenamed }: { profile: ProfileSummary; onRenamed: () => void }) {
  const ids = useId()
  const [name, setName] = useState(profile.displayName)
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(null)
    setDone('')
    try {
      const renamed = await api.profile.rename({ displayName: name })
      setName(renamed.displayName)
      setDone(`Your name is ${isolated(renamed.displayName)} now, on the lock screen and in your vault.`)
      onRenamed()
    } catch (error) {
      setFailure(problemOf(error).message)
    }
  }

  return (
    <section className="settings__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your name</h2>
      <p className="settings__lead">Shown on the lock screen and beside what you write in your vault. Anyone at this computer can see it.</p>
      <form className="your-name" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-title`}>
        <label htmlFor={`${ids}-name`}>Name</label>
        <input
          id={`${ids}-name`}
          dir="auto"
          value={name}
          maxLength={60}
          autoComplete="nickname"
          onChange={(e) => setName(e.target.value)}
          aria-invalid={failure !== null}
          aria-describedby={failure ? `${ids}-note` : undefined}
        />
        {failure && <FieldNote id={`${ids}-note`} text={failure} tone="error" />}
        <div className="actions settings__row">
          <button type="submit" disabled={name.trim() === profile.displayName}>
            Save name
          </button>
          <p className="settings__result" role="status">
            {done}
          </p>
        </div>
      </form>
    </section>
  )
}
