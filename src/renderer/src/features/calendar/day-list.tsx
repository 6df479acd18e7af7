// The chosen day's reflections under the grid: title and theme, each opening the reflection.

import type { CalendarReflection } from '../../../../shared/calendar.ts'
import { themeById } from '../../../../shared/themes.ts'
import { formatFullDay, reflectionCount } from './calendar-dates.ts'
import { themeColour } from './day-dots.tsx'

interface Props {
  day: string
  /** Undefined while the month is still loading. */
  reflections: readonly CalendarReflection[] | undefined
  onOpen: (reflection: CalendarReflection) => void
}

export function DayList({ day, reflections, onOpen }: Props) {
  const headingId = `calendar-day-${day}`
  return (
    <section className="calendar-day-list" aria-labelledby={headingId} aria-busy={reflections === undefined}>
      <h2 id={headingId}>{formatFullDay(day)}</h2>
      {reflections !== undefined && (
        <p role="status" className="calendar-day-list__summary">
          {reflections.length === 0
            ? 'Nothing written on this day. Quiet days are part of it too.'
            : `You wrote ${reflectionCount(reflections.length)} on this day.`}
        </p>
      )}
      {reflections !== undefined && reflections.length > 0 && (
        <ul className="calendar-day-list__items">
          {reflections.map((reflection) => {
            const theme = themeById(reflection.themeId)
            const title = reflection.title.trim()
            return (
              <li key={reflection.id}>
                <button type="button" className="calendar-entry" style={themeColour(reflection.themeId)} onClick={() => onOpen(reflection)}>
                  <span className="calendar-dot" aria-hidden="true" />
                  <span className={title ? 'calendar-entry__title' : 'calendar-entry__title calendar-entry__title--untitled'}>{title || 'Untitled'}</span>
                  <span className="calendar-entry__theme">{theme.title}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
