// The ideas for the two of them: a line to add one, then each idea with "Plan for this week"
// (a toggle, pressed while it is planned) and "Remove…". One dropped in sealed while the vault
// was locked says "New" and whose idea it was, for as long as the vault stays open. The one a
// search found is marked, and can take focus. The list holds TIME_IDEAS_MAX: full, it says so,
// and says how many dropped in wait for room. Their words (and names) sit in <bdi>, so words in
// another direction leave the labels beside them be.

import { useId, useState, type FormEvent, type RefObject } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { TIME_IDEAS_MAX, TIME_TEXT_MAX, type TogetherIdea } from '../../../../../shared/time-together.ts'
import { nameOf } from '../secrets/open-vault-names.ts'
import { foundProps } from './found-row.ts'

interface Props {
  headingId: string
  headingRef: RefObject<HTMLHeadingElement | null>
  ideas: readonly TogetherIdea[]
  /** The idea a search found, if one did. */
  foundId?: string | undefined
  /** Dropped in sealed, waiting for room on the full list. */
  waiting: number
  partners: readonly VaultPartner[]
  week: string
  /** Resolves true once it is added. */
  onAdd: (text: string) => Promise<boolean>
  onPlan: (idea: TogetherIdea, planned: boolean) => void
  onRemove: (idea: TogetherIdea) => void
}

export function IdeaList({ headingId, headingRef, ideas, foundId, waiting, partners, week, onAdd, onPlan, onRemove }: Props) {
  return (
    <section className="vault-section time-ideas" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Ideas for the two of you
      </h2>
      <AddIdea onAdd={onAdd} />
      {(ideas.length >= TIME_IDEAS_MAX || waiting > 0) && <FullList waiting={waiting} />}
      {ideas.length === 0 ? (
        <p className="vault-empty">No ideas on the list just now. Add one above whenever something comes to mind.</p>
      ) : (
        <ul className="time-list" aria-labelledby={headingId}>
          {ideas.map((idea) => {
            const planned = idea.planned === week
            return (
              <li key={idea.id} {...foundProps(idea.id, foundId)} className={rowClass(planned, idea.id === foundId)}>
                <span className="time-row__words">
                  <bdi className="time-row__text">{idea.text}</bdi>
                  {(idea.isNew || planned) && (
                    <span className="time-row__meta">
                      {idea.isNew && <span className="vault-badge">New</span>}
                      {idea.isNew && idea.authorId && (
                        <span>
                          {' '}
                          <bdi>{nameOf(partners, idea.authorId)}</bdi>’s idea, dropped in while the vault was locked
                        </span>
                      )}
                      {planned && <span className="time-row__planned">Planned for this week</span>}
                    </span>
                  )}
                </span>
                <span className="time-row__actions">
                  <button type="button" className="quiet" aria-pressed={planned} onClick={() => onPlan(idea, !planned)}>
                    Plan for this week<span className="visually-hidden"> “{idea.text}”</span>
                  </button>
                  <button type="button" className="quiet" onClick={() => onRemove(idea)}>
                    Remove…<span className="visually-hidden"> “{idea.text}”</span>
                  </button>
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** Said when the list is full, or when ideas dropped in are waiting for room on it. */
function FullList({ waiting }: { waiting: number }) {
  const those =
    waiting === 1
      ? 'One more idea, dropped in while the vault was locked, is'
      : `${waiting.toLocaleString('en-GB')} more ideas, dropped in while the vault was locked, are`
  return (
    <p className="time-together__hint">
      Your list holds {TIME_IDEAS_MAX} ideas, as many as it keeps.{' '}
      {waiting > 0
        ? `${those} waiting, still sealed. Remove some you have done or gone off, and they join the list the next time you open the vault together.`
        : 'To add another, remove one you have done or gone off.'}
    </p>
  )
}

function AddIdea({ onAdd }: { onAdd: (text: string) => Promise<boolean> }) {
  const id = useId()
  const [text, setText] = useState('')
  const [empty, setEmpty] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    if (await onAdd(text)) setText('')
  }
  return (
    <form className="time-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-idea`}>A new idea</label>
      <div className="time-form__row">
        <input
          id={`${id}-idea`}
          dir="auto"
          type="text"
          maxLength={TIME_TEXT_MAX}
          autoComplete="off"
          value={text}
          aria-invalid={empty}
          aria-describedby={empty ? `${id}-empty` : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setEmpty(false)
          }}
        />
        <button type="submit">Add it</button>
      </div>
      {empty && (
        <p id={`${id}-empty`} className="note note--error" role="alert">
          Write the idea first, in a few words.
        </p>
      )}
    </form>
  )
}

function rowClass(planned: boolean, found: boolean): string {
  return ['time-row', planned && 'time-row--planned', found && 'time-row--found'].filter(Boolean).join(' ')
}
