// Dropping a sealed secret into the locked vault, from the lock screen or an open journal.
// It is sealed to the vault's public key, so once sealed nobody (not the writer either) can
// read it until both open the vault together. What was written leaves this screen's state
// as soon as it is sealed.

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { VaultPartner } from '../../../../shared/contract.ts'
import { emptyDoc, type RichTextNode } from '../../../../shared/rich-text.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { isBlankSecret } from './open-vault-names.ts'
import { SecretFields } from './secret-editor-fields.tsx'

interface Props {
  partners: VaultPartner[]
  defaultAuthorId?: string
  onDone: () => void
  onCancel: () => void
  /** 1 where it is the whole screen (the locked vault), 2 inside a journal's screen. */
  headingLevel?: 1 | 2
}

const noop = () => undefined

function problemText(error: unknown): string {
  const { code, message } = problemOf(error)
  if (code === 'NOT_FOUND') return 'There is no vault to seal it into yet. Create your vault together first.'
  return message
}

export function SealedDropIn({ partners, defaultAuthorId, onDone, onCancel, headingLevel = 1 }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const doneRef = useRef<HTMLHeadingElement>(null)
  const [authorId, setAuthorId] = useState(defaultAuthorId ?? '')
  const [title, setTitle] = useState('')
  const bodyRef = useRef<RichTextNode | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [sealed, setSealed] = useState(false)

  const Heading = headingLevel === 1 ? 'h1' : 'h2'

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
    setBusy(true)
    try {
      await api.vault.seal({ authorId, title, body: bodyRef.current ?? emptyDoc() })
      // Out of this screen's state at once; the editor holding it unmounts with the form.
      bodyRef.current = null
      setTitle('')
      setSealed(true)
    } catch (error) {
      setProblem(problemText(error))
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
        <p className="lead">Nobody can read it now, not even the one who wrote it. It will be waiting, marked new, the next time you open the vault together.</p>
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
        Drop a sealed secret
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
        />
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
