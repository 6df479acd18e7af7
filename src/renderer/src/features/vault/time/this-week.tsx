// "This week": the ideas planned for the week that began on Monday. "We did this" adds it to what
// they did, today, and takes it out of the plan; "Not this week" only takes it out. A week that
// went by with something still planned says nothing about it: those ideas are simply ideas again.

import type { RefObject } from 'react'
import { plannedFor, type TimeTogether, type TogetherIdea } from '../../../../../shared/time-together.ts'
import { formatDayWithWeekday } from '../../../ui/dates.ts'

interface Props {
  headingId: string
  headingRef: RefObject<HTMLHeadingElement | null>
  /** The Monday this week began on. */
  week: string
  time: TimeTogether
  onDone: (idea: TogetherIdea) => void
  onNotThisWeek: (idea: TogetherIdea) => void
}

export function ThisWeek({ headingId, headingRef, week, time, onDone, onNotThisWeek }: Props) {
  const planned = plannedFor(time, week)
  return (
    <section className="vault-section time-week" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        This week
      </h2>
      <p className="time-together__hint">The week that began on {formatDayWithWeekday(week)}.</p>
      {planned.length === 0 ? (
        <p className="vault-empty">Nothing planned yet. Choose something from your ideas below, or leave the week open and see what comes.</p>
      ) : (
        <ul className="time-list" aria-labelledby={headingId}>
          {planned.map((idea) => (
            <li key={idea.id} className="time-row time-row--planned">
              <bdi className="time-row__text">{idea.text}</bdi>
              <span className="time-row__actions">
                <button type="button" className="primary" onClick={() => onDone(idea)}>
                  We did this<span className="visually-hidden"> “{idea.text}”</span>
                </button>
                <button type="button" className="quiet" onClick={() => onNotThisWeek(idea)}>
                  Not this week<span className="visually-hidden"> “{idea.text}”</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
