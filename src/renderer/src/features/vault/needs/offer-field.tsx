// Under one partner's needs, in the open vault: the other writes one thing they could do this
// week for its first need. Once kept it reads as a few words with "Change"; emptied and saved,
// it goes. Its writer is always the other partner (the main process decides, not this field).

import { useId, useState, type KeyboardEvent } from 'react'
import { NEEDS_OFFER_MAX, type NeedsOffer, type NeedsTogether } from '../../../../../shared/needs.ts'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  secretId: string
  /** The one who writes it, and the one whose need it answers. */
  writer: string
  forName: string
  firstNeed: string
  offer: NeedsOffer | null
  onSaved: (together: NeedsTogether) => void
  onLocked: () => void
}

export function OfferField({ secretId, writer, forName, firstNeed, offer, onSaved, onLocked }: Props) {
  const ids = useId()
  const [editing, setEditing] = useState(offer === null)
  const [text, setText] = useState(offer?.text ?? '')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const label = `${isolated(writer)}: one thing I could do for your first need this week`

  const save = async () => {
    if (offer === null && text.trim() === '') return setProblem('Write a few words first.')
    setBusy(true)
    try {
      const together = await api.vaultShared.offerForNeed({ id: secretId, text })
      setProblem(null)
      setEditing(text.trim() === '')
      onSaved(together)
    } catch (error) {
      const { code, message } = problemOf(error)
      if (code === 'LOCKED') onLocked()
      else setProblem(message)
    } finally {
      setBusy(false)
    }
  }

  // Escape leaves a change, keeping what was there.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || offer === null) return
    event.preventDefault()
    setText(offer.text)
    setEditing(false)
  }

  if (!editing && offer) {
    return (
      <div className="needs-offer needs-offer--kept">
        <p className="needs-offer__label" id={`${ids}-label`}>
          {label}
        </p>
        <p className="needs-offer__text" aria-labelledby={`${ids}-label`} dir="auto">
          {offer.text}
        </p>
        <button type="button" className="quiet" onClick={() => setEditing(true)}>
          Change
          <span className="visually-hidden">
            {' '}
            what <bdi>{writer}</bdi> could do for <bdi>{forName}</bdi>
          </span>
        </button>
      </div>
    )
  }
  return (
    <form
      className="needs-offer"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <label htmlFor={`${ids}-text`}>{label}</label>
      <p className="needs-offer__hint" id={`${ids}-hint`}>
        <bdi>{forName}</bdi>’s first need: {isolated(firstNeed)}. Something small is plenty.
      </p>
      <textarea
        id={`${ids}-text`}
        rows={2}
        dir="auto"
        maxLength={NEEDS_OFFER_MAX}
        value={text}
        aria-describedby={`${ids}-hint`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKey}
      />
      <ErrorMessage message={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {offer && text.trim() === '' ? 'Take it away' : 'Keep it'}
          <span className="visually-hidden">
            {' '}
            for <bdi>{forName}</bdi>
          </span>
        </button>
        {offer && (
          <button
            type="button"
            onClick={() => {
              setText(offer.text)
              setEditing(false)
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
