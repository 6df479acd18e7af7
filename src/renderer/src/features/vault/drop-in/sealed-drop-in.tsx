// Dropping a sealed secret into the locked vault, from the lock screen or an open journal.
// It is sealed to the vault's public key, so once sealed nobody (not the writer either) can
// read it until both open the vault together. What was written leaves this screen's state
// as soon as it is sealed. The writer's journal holds the vault key it may be sealed to, so
// unless their own journal is the open one, they type their own passphrase (which is why).
// A few gentle starters (note-starters.tsx) can begin the body; picking one sends nothing.

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Editor } from '@tiptap/react'
import { FieldNote } from '../../../ui/field-note.tsx'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { emptyDoc, type RichTextNode } from '../../../../../shared/rich-text.ts'
import { api, isPassphraseProblem, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { isBlankSecret } from '../secrets/open-vault-names.ts'
import { SecretFields } from '../secrets/secret-editor-fields.tsx'
import { NoteStarters } from './note-starters.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  partners: VaultPartner[]
  defaultAuthorId?: string
  /** The partner whose journal is open behind this screen, if any: they need not type their passphrase. */
  journalProfileId?: string | null
  onDone: () => void
  onCancel: () => void
  /** 1 where it is the whole screen (the locked vault), 2 inside a journal's screen, 3 in home's us place. */
  headingLevel?: 1 | 2 | 3
  /** Its heading, where it was opened by another name ("Leave Ben a note"). */
  heading?: string
}

const noop = () => undefined

function problemText(error: unknown): string {
  const { code, message } = problemOf(error)
  if (code === 'NOT_FOUND') return 'There is no vault to seal it into yet. Create your vault together first.'
  return message
}

const WHY_PASSPHRASE =
  'Sevenfold asks for your own passphrase so that it seals this with the vault key your journal knows. That way nobody can slip in a key of their own and read what you wrote.'

export function SealedDropIn({
  partners,
  defaultAuthorId,
  journalProfileId = null,
  onDone,
  onCancel,
  headingLevel = 1,
  heading = 'Drop a sealed secret'
}: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const doneRef = useRef<HTMLHeadingElement>(null)
  const [authorId, setAuthorId] = useState(defaultAuthorId ?? '')
  const [title, setTitle] = useState('')
  const bodyRef = useRef<RichTextNode | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [sealed, setSealed] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [passError, setPassError] = useState<string | null>(null)
  const passRef = useRef<HTMLInputElement>(null)
  const author = partners.find((p) => p.profileId === authorId)
  // Only the writer's own journal, open behind this screen, spares them their passphrase.
  const needsPassphrase = author !== undefined && author.profileId !== journalProfileId

  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1]!

  useEffect(() => {
    if (sealed) doneRef.current?.focus()
  }, [sealed])

  const onBody = useCallback((body: RichTextNode) => {
    bodyRef.current = body
  }, [])

  const seal = async (event: FormEvent) => {
    event.preventDefault()
    const refusal = !authorId
      ? 'Choose which of you is writing it.'
      : isBlankSecret(title, bodyRef.current)
        ? 'Write something first: a title, a few words, or both.'
        : null
    setProblem(refusal)
    if (refusal) return
    if (needsPassphrase && passphrase.length === 0) {
      setPassError(`${isolated(author.displayName)}, type your own passphrase to seal it.`)
      passRef.current?.focus()
      return
    }
    setBusy(true)
    try {
      await api.vault.seal({ authorId, title, body: bodyRef.current ?? emptyDoc(), ...(needsPassphrase ? { passphrase } : {}) })
      // Out of this screen's state at once; the editor holding it unmounts with the form.
      bodyRef.current = null
      setTitle('')
      setPassphrase('')
      setSealed(true)
    } catch (error) {
      const failure = problemOf(error)
      setPassphrase('')
      if (isPassphraseProblem(failure)) {
        setPassError(failure.message)
        passRef.current?.focus()
      } else {
        setProblem(problemText(error))
      }
    } finally {
      setBusy(false)
    }
  }

  if (sealed) {
    return (
      <section className="drop-in drop-in--sealed" aria-labelledby={`${ids}-done`}>
        <Heading id={`${ids}-done`} ref={doneRef} tabIndex={-1}>
          Sealed, and safe in the vault
        </Heading>
        <p className="lead">
          Nobody can read it now, not even the one who wrote it. It will be waiting, marked new, the next time you open the vault together.
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={onDone}>
            Done
          </button>
        </div>
      </section>
    )
  }

  return (
    <section className="drop-in" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      <p className="lead">
        Write it here and seal it into the vault. Once it is sealed, nobody can read it back, not even you, until the two of you open the vault together.
      </p>
      <form onSubmit={(event) => void seal(event)} noValidate>
        <SecretFields
          partners={partners}
          authorId={authorId}
          onAuthor={(id) => {
            setAuthorId(id)
            setProblem(null)
            setPassphrase('')
            setPassError(null)
          }}
          title={title}
          onTitle={(text) => {
            setTitle(text)
            setProblem(null)
          }}
          initialBody={null}
          onBody={onBody}
          // A new body holds nothing a newer version wrote.
          onUnreadable={noop}
          onEditor={setEditor}
          beforeBody={<NoteStarters editor={editor} onPicked={() => setProblem(null)} />}
        />
        {needsPassphrase && (
          <div className="drop-in__passphrase">
            <label htmlFor={`${ids}-pass`}>
              <bdi>{author.displayName}</bdi>'s passphrase
            </label>
            <input
              id={`${ids}-pass`}
              ref={passRef}
              type="password"
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value)
                setPassError(null)
              }}
              autoComplete="current-password"
              aria-invalid={passError !== null}
              aria-describedby={`${ids}-pass-note`}
            />
            <FieldNote id={`${ids}-pass-note`} text={passError ?? WHY_PASSPHRASE} tone={passError ? 'error' : 'hint'} />
          </div>
        )}
        <ErrorMessage message={problem} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Seal it
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  )
}
