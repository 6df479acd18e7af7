// The month view: the month's title between previous and next, the grid of days with a dot
// per reflection, and the chosen day's reflections below.

import { useId, useMemo } from 'react'
import type { CalendarReflection } from '../../../../shared/calendar.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { addMonths, formatFullDay, formatMonthTitle, monthOf, reflectionCount } from './calendar-dates.ts'
import { DayDots } from './day-dots.tsx'
import { DayGrid } from './day-grid.tsx'
import { DayList } from './day-list.tsx'
import { useCalendarMonth } from './use-calendar.ts'

const NONE: readonly CalendarReflection[] = []

interface Props {
  firstDay: number
  today: string
  /** The day with the grid's tab stop; its month is the month shown. */
  focusDay: string
  selected: string | null
  focusOnMount: boolean
  onFocusDay: (day: string) => void
  onSelect: (day: string) => void
  onOpen: (reflection: CalendarReflection) => void
}

export function MonthView({ firstDay, today, focusDay, selected, focusOnMount, onFocusDay, onSelect, onOpen }: Props) {
  const titleId = useId()
  const month = monthOf(focusDay)
  const answer = useCalendarMonth(month)
  const byDay = useMemo(() => new Map(answer.state === 'ready' ? answer.value.days.map((day) => [day.date, day.reflections]) : []), [answer])
  const ready = answer.state === 'ready'

  return (
    <>
      <div className="calendar-nav">
        <button type="button" className="calendar-nav__step" aria-label="Previous month" onClick={() => onFocusDay(addMonths(focusDay, -1))}>
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id={titleId} className="calendar-nav__title" aria-live="polite">
          {formatMonthTitle(month)}
        </h2>
        <button type="button" className="calendar-nav__step" aria-label="Next month" onClick={() => onFocusDay(addMonths(focusDay, 1))}>
          <span aria-hidden="true">›</span>
        </button>
        {month !== monthOf(today) && (
          <button type="button" className="quiet calendar-nav__today" onClick={() => onFocusDay(today)}>
            Back to today
          </button>
        )}
      </div>
      {answer.state === 'failed' && <ErrorMessage message={answer.message} />}
      <DayGrid
        month={month}
        firstDay={firstDay}
        focusDay={focusDay}
        selected={selected}
        today={today}
        labelledBy={titleId}
        className="day-grid month-grid"
        busy={!ready}
        focusOnMount={focusOnMount}
        onFocusDay={onFocusDay}
        onChoose={onSelect}
        cell={(day) => {
          const reflections = byDay.get(day) ?? NONE
          const label = reflections.length > 0 ? `${formatFullDay(day)}, ${reflectionCount(reflections.length)}` : formatFullDay(day)
          return {
            label,
            className: reflections.length > 0 ? 'month-grid__day--written' : undefined,
            content: (
              <>
                <span className="month-grid__number" aria-hidden="true">
                  {Number(day.slice(8))}
                </span>
                <DayDots reflections={reflections} />
              </>
            )
          }
        }}
      />
      <p className="calendar-hint">Arrow keys move between days, Page Up and Page Down between months; Enter shows a day.</p>
      {selected && monthOf(selected) === month ? (
        <DayList day={selected} reflections={ready ? (byDay.get(selected) ?? NONE) : undefined} onOpen={onOpen} />
      ) : (
        <p className="calendar-day-list__prompt">Choose a day to see what you wrote.</p>
      )}
    </>
  )
}
