// Replies and warm marks kept with a secret or a revealed answer, read and given while the
// vault is open with both of them there: each partner has their own row of marks (pressed or
// not), and "Reply" opens a short field with a choice of who is writing, as the secret writer
// asks who wrote a secret. Replies show oldest first. What is shown here goes with the page.

import './responses.css'
import { useId, useState, type KeyboardEvent } from 'react'
import type { Responses, VaultPartner } from '../../../../../shared/contract.ts'
import { REACTIONS, type ReactionKind } from '../../../../../shared/vault.ts'
import { api, problemOf } from '../../../api.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { formatMoment, inPartOrder, nameOf } from './open-vault-names.ts'

const MARKS: Record<ReactionKind, { symbol: string; words: string }> = {
  love: { symbol: '♥', words: 'Love this' },
  thanks: { symbol: '✿', words: 'Thank you' },
  'me-too': { symbol: '✦', words: 'Me too' }
}

interface Props {
  on: { kind: 'secret' | 'reveal'; id: string }
  initial: Responses
  partners: readonly VaultPartner[]
  onLocked: () => void
  /** What the replies answer, for their heading ("Your replies to this secret"). */
  what: string
  /** The heading's level under the item's own. */
  level: 2 | 4
}

export function ResponsesPanel({ on, initial, partners, onLocked, what, level }: Props) {
  const Heading = level === 2 ? 'h2' : 'h4'
  const ids = useId()
  const [responses, setResponses] = useState(initial)
  const [writing, setWriting] = useState(false)
  const [authorId, setAuthorId] = useState(partners[0]?.profileId ?? '')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const ordered = inPartOrder(partners)

  const run = async (call: () => Promise<Responses>): Promise<boolean> => {
    setBusy(true)
    try {
      setResponses(await call())
      setProblem(null)
      return true
    } catch (error) {
      const { code, message } = problemOf(error)
      if (code === 'LOCKED') onLocked()
      else setProblem(message)
      return false
    } finally {
      setBusy(false)
    }
  }
  const send = async () => {
    if (!text.trim()) return setProblem('Write a few words first.')
    if (await run(() => api.vaultShared.reply({ on, authorId, text }))) {
      setText('')
      setWriting(false)
    }
  }
  const onFieldKey = (event: KeyboardEvent) => {
    // Escape leaves the reply, not the reading view.
    if (event.key !== 'Escape') return
    event.preventDefault()
    setWriting(false)
  }

  return (
    <section className="responses" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`} className="visually-hidden">
        Your replies to {what}
      </Heading>
      <div className="responses__marks">
        {ordered.map((partner) => (
          <div key={partner.profileId} role="group" aria-label={`${partner.displayName}’s marks`} className="responses__mark-row">
            <span className="responses__who" aria-hidden="true">
              <bdi>{partner.displayName}</bdi>
            </span>
            {REACTIONS.map((reaction) => {
              const pressed = responses.reactions.some((r) => r.authorId === partner.profileId && r.reaction === reaction)
              return (
                <button
                  key={reaction}
                  type="button"
                  className="responses__mark"
                  aria-pressed={pressed}
                  aria-label={`${MARKS[reaction].words}, from ${partner.displayName}`}
                  disabled={busy}
                  onClick={() => void run(() => api.vaultShared.react({ on, authorId: partner.profileId, reaction }))}
                >
                  <span aria-hidden="true">{MARKS[reaction].symbol}</span> {MARKS[reaction].words}
                </button>
              )
            })}
          </div>
        ))}
      </div>
      {responses.replies.length > 0 && (
        <ol className="responses__replies" aria-label="Replies, oldest first">
          {responses.replies.map((reply) => (
            <li key={reply.id} className="responses__reply">
              <p className="responses__reply-meta">
                <bdi>{nameOf(partners, reply.authorId)}</bdi> · {formatMoment(reply.at)}
              </p>
              <p className="responses__reply-text" dir="auto">
                {reply.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <ErrorMessage message={problem} />
      {writing ? (
        <form
          className="responses__form"
          onSubmit={(event) => {
            event.preventDefault()
            void send()
          }}
        >
          <ChoiceGroup
            legend="Who is replying?"
            choices={ordered.map((p) => ({ value: p.profileId, label: p.displayName }))}
            value={authorId}
            onChange={setAuthorId}
          />
          <label htmlFor={`${ids}-text`}>Your reply</label>
          <textarea
            id={`${ids}-text`}
            rows={3}
            dir="auto"
            maxLength={2000}
            value={text}
            autoFocus
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onFieldKey}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              Send reply
            </button>
            <button type="button" onClick={() => setWriting(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setWriting(true)}>
            Reply
          </button>
        </div>
      )}
    </section>
  )
}
