// Writing a secret inside the open vault, or changing one. Saved when they say so: a secret
// is something the two of them decide to keep, not a draft that saves itself.

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { emptyDoc, type RichTextNode } from '../../../../../shared/rich-text.ts'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { isBlankSecret } from './open-vault-names.ts'
import { SecretFields } from './secret-editor-fields.tsx'

interface Props {
  partners: readonly VaultPartner[]
  /** Absent for a new secret. */
  secretId?: string | undefined
  onDone: () => void
  /** The vault locked itself (idle, or a journal locked) and there is nothing left to do here. */
  onLocked: () => void
}

type Loading = { state: 'loading' } | { state: 'ready'; body: RichTextNode | null } | { state: 'failed'; message: string }

const UNREADABLE =
  'Part of this secret was written by a newer version of Sevenfold and cannot be shown here, so it can be read but not changed. Update Sevenfold to change it.'
const LOCKED_NEW =
  'The vault locked itself while you were writing. You can still seal what you wrote into it: it will be waiting, marked new, when you open the vault together.'
const LOCKED_EDIT = 'The vault locked itself while you were writing, so this change was not saved. Open the vault together again to make it.'

export function SecretWriter({ partners, secretId, onDone, onLocked }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [loading, setLoading] = useState<Loading>(secretId === undefined ? { state: 'ready', body: null } : { state: 'loading' })
  const [authorId, setAuthorId] = useState('')
  const [title, setTitle] = useState('')
  const bodyRef = useRef<RichTextNode | null>(null)
  const [unreadable, setUnreadable] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [lockedWhileWriting, setLockedWhileWriting] = useState(false)
  const [sealed, setSealed] = useState(false)

  // Not useLoad: the secret only seeds the form's own state (author, title, body), which they then change.
  useEffect(() => {
    if (secretId === undefined) return
    let current = true
    api.vaultSecrets
      .get({ id: secretId })
      .then((secret) => {
        if (!current) return
        setAuthorId(secret.authorId)
        setTitle(secret.title)
        bodyRef.current = secret.body
        setLoading({ state: 'ready', body: secret.body })
      })
      .catch((error: unknown) => current && setLoading({ state: 'failed', message: problemOf(error).message }))
    return () => {
      current = false
    }
  }, [secretId])

  // The confirmation takes the place of the form: focus goes to what it says.
  useEffect(() => {
    if (sealed) headingRef.current?.focus()
  }, [sealed, headingRef])

  const onBody = useCallback((body: RichTextNode) => {
    bodyRef.current = body
  }, [])
  const onUnreadable = useCallback(() => setUnreadable(true), [])

  // A refusal goes once they act on it; the vault having locked is news that stays.
  const forgetRefusal = () => {
    if (!lockedWhileWriting) setProblem(null)
  }

  const check = (): string | null => {
    if (!authorId) return 'Choose which of you is writing it.'
    if (isBlankSecret(title, bodyRef.current)) return 'Write something first: a title, a few words, or both.'
    return null
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const refusal = check()
    setProblem(refusal)
    if (refusal) return
    const secret = { authorId, title, body: bodyRef.current ?? emptyDoc() }
    setBusy(true)
    try {
      if (lockedWhileWriting) {
        await api.vault.seal(secret)
        bodyRef.current = null
        setTitle('')
        setSealed(true)
      } else if (secretId === undefined) {
        await api.vaultSecrets.create(secret)
        onDone()
      } else {
        await api.vaultSecrets.update({ id: secretId, ...secret })
        onDone()
      }
    } catch (error) {
      const { code, message } = problemOf(error)
      if (code === 'LOCKED' && !lockedWhileWriting) {
        setLockedWhileWriting(true)
        setProblem(secretId === undefined ? LOCKED_NEW : LOCKED_EDIT)
      } else {
        setProblem(message)
      }
    } finally {
      setBusy(false)
    }
  }

  if (sealed) {
    return (
      <section className="secret-writer" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Sealed
        </h1>
        <p className="lead">It is in the vault now, and waits there until the two of you open it together.</p>
        <button type="button" className="primary" onClick={onLocked}>
          Leave the vault
        </button>
      </section>
    )
  }

  const cannotSaveEdit = lockedWhileWriting && secretId !== undefined
  return (
    <section className="secret-writer" aria-labelledby={`${ids}-title`} aria-busy={loading.state === 'loading'}>
      <div className="secret-writer__bar">
        <button type="button" className="quiet back" onClick={lockedWhileWriting ? onLocked : onDone}>
          {lockedWhileWriting ? '← Leave the vault' : '← Back to the secrets'}
        </button>
      </div>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        {secretId === undefined ? 'Write a secret' : 'Change this secret'}
      </h1>
      {loading.state === 'failed' && <ErrorMessage message={loading.message} />}
      {loading.state === 'ready' && (
        <form className="secret-writer__form" onSubmit={(event) => void save(event)} noValidate>
          <ErrorMessage message={unreadable ? UNREADABLE : null} />
          <SecretFields
            partners={partners}
            authorId={authorId}
            onAuthor={(id) => {
              setAuthorId(id)
              forgetRefusal()
            }}
            title={title}
            onTitle={(text) => {
              setTitle(text)
              forgetRefusal()
            }}
            initialBody={loading.body}
            onBody={onBody}
            onUnreadable={onUnreadable}
            readOnly={unreadable}
          />
          <ErrorMessage message={problem} />
          <div className="actions">
            {!unreadable && !cannotSaveEdit && (
              <button type="submit" className="primary" disabled={busy}>
                {lockedWhileWriting ? 'Seal it' : secretId === undefined ? 'Keep it in the vault' : 'Save the change'}
              </button>
            )}
            {!lockedWhileWriting && (
              <button type="button" onClick={onDone} disabled={busy}>
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  )
}
