// The chosen day: its reflections (title and theme, each opening the reflection), then what the
// two of you did together that day, as this journal kept it.

import type { CalendarDay, CalendarReflection } from '../../../../shared/calendar.ts'
import { themeById } from '../../../../shared/themes.ts'
import { isolated } from '../../../../shared/text-direction.ts'
import { formatFullDay, reflectionCount } from './calendar-dates.ts'
import { themeColour } from './day-dots.tsx'
import { MomentMark, momentSentence } from './moments.tsx'

interface Props {
  day: string
  /** The other partner's name, for "You and Ben…". */
  partner: string
  /** Undefined while the month is still loading. */
  entry: CalendarDay | undefined
  onOpen: (reflection: CalendarReflection) => void
}

function summary({ reflections, moments }: CalendarDay, partner: string): string {
  if (reflections.length > 0) return `You wrote ${reflectionCount(reflections.length)} on this day.`
  if (moments.length > 0) return `Nothing written on this day, but you and ${isolated(partner)} had time together.`
  return 'Nothing written on this day. Quiet days are part of it too.'
}

export function DayList({ day, partner, entry, onOpen }: Props) {
  const headingId = `calendar-day-${day}`
  return (
    <section className="calendar-day-list" aria-labelledby={headingId} aria-busy={entry === undefined}>
      <h2 id={headingId}>{formatFullDay(day)}</h2>
      {entry !== undefined && (
        <p role="status" className="calendar-day-list__summary">
          {summary(entry, partner)}
        </p>
      )}
      {entry !== undefined && entry.reflections.length > 0 && (
        <ul className="calendar-day-list__items">
          {entry.reflections.map((reflection) => {
            const theme = themeById(reflection.themeId)
            const title = reflection.title.trim()
            return (
              <li key={reflection.id}>
                <button type="button" className="calendar-entry" style={themeColour(reflection.themeId)} onClick={() => onOpen(reflection)}>
                  <span className="calendar-dot" aria-hidden="true" />
                  <span className={title ? 'calendar-entry__title' : 'calendar-entry__title calendar-entry__title--untitled'}>
                    {title ? <bdi>{title}</bdi> : 'Untitled'}
                  </span>
                  <span className="calendar-entry__theme">{theme.title}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {entry !== undefined && entry.moments.length > 0 && (
        <>
          <h3 className="calendar-day-list__together">Together</h3>
          <ul className="calendar-moments">
            {entry.moments.map((kind) => (
              <li key={kind}>
                <MomentMark />
                {momentSentence(kind, partner)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
