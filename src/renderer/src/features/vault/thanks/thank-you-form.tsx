// "Thank Ben": a few words of thanks or admiration, written from the open journal and sealed
// into the vault for the other partner (issue 17, item 6). Like a drop-in, once sealed nobody
// can read it, the writer included, until the two of them open the vault together; the words
// leave this screen's state as soon as they are sealed.

import './thanks.css'
import { useId, useState, type FormEvent } from 'react'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  /** The partner it is for. */
  partner: string
  /** 2 on the theme's screen, 3 in home's us place. */
  headingLevel: 2 | 3
  onDone: () => void
  onCancel: () => void
}

export function ThankYouForm({ partner, headingLevel, onDone, onCancel }: Props) {
  const id = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'

  const seal = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      setProblem(`Write a few words for ${isolated(partner)} first.`)
      return
    }
    setBusy(true)
    try {
      await api.vaultShared.thank({ text })
      setText('')
      onDone()
    } catch (error) {
      setProblem(problemOf(error).message)
      setBusy(false)
    }
  }

  return (
    <form className="thank-you" aria-labelledby={`${id}-title`} onSubmit={(event) => void seal(event)} noValidate>
      <Heading id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Thank <bdi>{partner}</bdi>
      </Heading>
      <p className="thank-you__lead">
        Something <bdi>{partner}</bdi> did, or something you admire in <bdi>{partner}</bdi>. It is sealed in your vault, and the two of you read it when you
        next open it together. It will be the first thing you see there.
      </p>
      <label htmlFor={`${id}-text`}>
        Your note for <bdi>{partner}</bdi>
      </label>
      <textarea
        id={`${id}-text`}
        className="thank-you__text"
        rows={4}
        dir="auto"
        maxLength={2000}
        value={text}
        aria-describedby={`${id}-sealed`}
        onChange={(event) => {
          setText(event.target.value)
          setProblem(null)
        }}
      />
      <p id={`${id}-sealed`} className="thank-you__hint">
        Once sealed, not even you can read it back alone.
      </p>
      <ErrorMessage message={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Seal it for <bdi>{partner}</bdi>
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  )
}
