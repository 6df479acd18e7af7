// Time together among what the open vault holds: ideas that arrived sealed since last time, what
// is planned this week, and the way to its page.

import './time-together.css'
import { useId, useState } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { plannedFor, weekStartOf } from '../../../../../shared/time-together.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { nameOf } from '../secrets/open-vault-names.ts'
import { TIME_ACCENT } from './time-together-page.tsx'
import { useTimeTogether } from './use-time-together.ts'

interface Props {
  partners: readonly VaultPartner[]
  onOpen: () => void
  onLocked: () => void
}

export function TimeTogetherCard({ partners, onOpen, onLocked }: Props) {
  const id = useId()
  const { listing } = useTimeTogether(onLocked)
  const [week] = useState(() => weekStartOf(new Date()))
  const time = listing.state === 'ready' ? listing.time : null
  const arrived = time?.ideas.filter((idea) => idea.isNew) ?? []
  const planned = time ? plannedFor(time, week) : []

  return (
    <section className="time-card" style={TIME_ACCENT} aria-labelledby={id} aria-busy={listing.state === 'loading'}>
      <h2 id={id}>Time together</h2>
      {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
      {arrived.length > 0 && (
        <>
          <p>New on your list of ideas since last time:</p>
          <ul>
            {arrived.map((idea) => (
              <li key={idea.id}>
                <bdi>{idea.text}</bdi>
                {idea.authorId && (
                  <span className="time-card__lead">
                    {' '}
                    (<bdi>{nameOf(partners, idea.authorId)}</bdi>’s idea)
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {time && planned.length > 0 && (
        <>
          <p>Planned for this week:</p>
          <ul>
            {planned.map((idea) => (
              <li key={idea.id}>
                <bdi>{idea.text}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      {time && planned.length === 0 && arrived.length === 0 && (
        <p className="time-card__lead">Ideas for things to do together, a plan for this week, and a note of the times you have had.</p>
      )}
      <div className="actions">
        <button type="button" onClick={onOpen}>
          Plan time together
        </button>
      </div>
    </section>
  )
}
