// An idea for time together, dropped into the locked vault (issue 17, item 4): from the locked
// vault's screen, or from the quality-time theme of an open journal. It is sealed like a drop-in
// (drop-in/sealed-drop-in.tsx), so nobody can read it, its writer included, until the two of them
// open the vault together, when it joins their list marked new. Its words leave this state once sealed.

import '../secrets/secret-editor-fields.css'
import { useId, useRef, useState, type FormEvent } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { TIME_TEXT_MAX } from '../../../../../shared/time-together.ts'
import { api, isPassphraseProblem, problemOf } from '../../../api.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { FieldNote } from '../../../ui/field-note.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { inPartOrder } from '../secrets/open-vault-names.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  partners: readonly VaultPartner[]
  /** The partner whose journal is open behind this form, if any: their idea needs no passphrase. */
  journalProfileId: string | null
  /** Fixed to the open journal's partner in a journal; chosen at the locked vault. */
  fixedAuthorId?: string | undefined
  headingLevel: 1 | 2
  /** `sealed`: it was sealed (false: cancelled). */
  onDone: (sealed: boolean) => void
}

const WHY_PASSPHRASE =
  'Sevenfold asks for your own passphrase so that it seals this with the vault key your journal knows. That way nobody can slip in a key of their own and read it.'

export function SealedIdeaForm({ partners, journalProfileId, fixedAuthorId, headingLevel, onDone }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [authorId, setAuthorId] = useState(fixedAuthorId ?? journalProfileId ?? '')
  const [text, setText] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [passError, setPassError] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const passRef = useRef<HTMLInputElement>(null)
  const author = partners.find((p) => p.profileId === authorId)
  const needsPassphrase = author !== undefined && author.profileId !== journalProfileId
  const Heading = headingLevel === 1 ? 'h1' : 'h2'

  const seal = async (event: FormEvent) => {
    event.preventDefault()
    const refusal = !author ? 'Choose whose idea it is.' : text.trim() === '' ? 'Write the idea first, in a few words.' : null
    setProblem(refusal)
    if (refusal) return
    if (needsPassphrase && passphrase === '') {
      setPassError(`${isolated(author!.displayName)}, type your own passphrase to seal it.`)
      passRef.current?.focus()
      return
    }
    setBusy(true)
    try {
      await api.vaultTime.sealIdea({ authorId, text, ...(needsPassphrase ? { passphrase } : {}) })
      setText('')
      setPassphrase('')
      onDone(true)
    } catch (error) {
      const failure = problemOf(error)
      setPassphrase('')
      if (isPassphraseProblem(failure)) {
        setPassError(failure.message)
        passRef.current?.focus()
      } else {
        setProblem(failure.code === 'NOT_FOUND' ? 'There is no vault to seal it into yet. Create your vault together first.' : failure.message)
      }
      setBusy(false)
    }
  }

  return (
    <section className="drop-in sealed-idea" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        An idea for time together
      </Heading>
      <p className="lead">
        Something you would like to do together? Seal it into the vault now, and it will be on your list of ideas, marked new, the next time you open the vault
        together. Until then nobody can read it, not even you.
      </p>
      <form onSubmit={(event) => void seal(event)} noValidate>
        {!fixedAuthorId && (
          <ChoiceGroup
            legend="Whose idea is it?"
            choices={inPartOrder(partners).map((p) => ({ value: p.profileId, label: p.displayName }))}
            value={authorId}
            onChange={(id) => {
              setAuthorId(id)
              setPassphrase('')
              setPassError(null)
              setProblem(null)
            }}
          />
        )}
        <label htmlFor={`${ids}-idea`}>Your idea</label>
        <input
          id={`${ids}-idea`}
          dir="auto"
          type="text"
          maxLength={TIME_TEXT_MAX}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setProblem(null)
          }}
        />
        {needsPassphrase && (
          <div className="drop-in__passphrase">
            <label htmlFor={`${ids}-pass`}>{author.displayName}'s passphrase</label>
            <input
              id={`${ids}-pass`}
              ref={passRef}
              type="password"
              value={passphrase}
              autoComplete="current-password"
              aria-invalid={passError !== null}
              aria-describedby={`${ids}-pass-note`}
              onChange={(event) => {
                setPassphrase(event.target.value)
                setPassError(null)
              }}
            />
            <FieldNote id={`${ids}-pass-note`} text={passError ?? WHY_PASSPHRASE} tone={passError ? 'error' : 'hint'} />
          </div>
        )}
        <ErrorMessage message={problem} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Seal the idea
          </button>
          <button type="button" onClick={() => onDone(false)} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  )
}
