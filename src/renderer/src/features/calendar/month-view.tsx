// The month view: the month's title between previous and next, the grid of days (titles or dots
// per reflection, a mark for moments together), the legend, and the chosen day: beside the grid
// on a wide window, right under it on a smaller one, so a chosen day is seen without scrolling.

import { useId, useMemo } from 'react'
import type { CalendarDay, CalendarReflection } from '../../../../shared/calendar.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { addMonths, formatFullDay, formatMonthTitle, monthOf, reflectionCount } from './calendar-dates.ts'
import { CalendarLegend } from './calendar-legend.tsx'
import { cellTitles, DayCellContent } from './day-cell.tsx'
import { DayGrid } from './day-grid.tsx'
import { DayList } from './day-list.tsx'
import { momentsLabel } from './moments.tsx'
import { useCalendarMonth } from './use-calendar.ts'
import './month.css'

/** The cell's accessible name: the date, then what it holds. */
function dayLabel(date: string, day: CalendarDay | undefined): string {
  const parts = [formatFullDay(date)]
  if (day && day.reflections.length > 0) {
    const { titles, more } = cellTitles(day)
    parts.push(`${reflectionCount(day.reflections.length)}: ${titles.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
  }
  if (day && day.moments.length > 0) parts.push(momentsLabel(day.moments.length))
  return parts.join(', ')
}

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
  const byDay = useMemo(() => new Map(answer.state === 'ready' ? answer.value.days.map((day) => [day.date, day]) : []), [answer])
  const ready = answer.state === 'ready'
  const partner = (ready && answer.value.partnerName) || 'your partner'
  const chosen = selected && monthOf(selected) === month ? selected : null

  return (
    <div className="calendar-month">
      <div className="calendar-month__grid">
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
          cell={(date) => {
            const day = byDay.get(date)
            const classes = [day && day.reflections.length > 0 && 'month-grid__day--written', day && day.moments.length > 0 && 'month-grid__day--together']
            return { label: dayLabel(date, day), className: classes.filter(Boolean).join(' ') || undefined, content: <DayCellContent date={date} day={day} /> }
          }}
        />
      </div>
      <div className="calendar-month__side">
        {chosen ? (
          <DayList
            day={chosen}
            partner={partner}
            entry={ready ? (byDay.get(chosen) ?? { date: chosen, reflections: [], moments: [] }) : undefined}
            onOpen={onOpen}
          />
        ) : (
          <p className="calendar-day-list__prompt">Choose a day to see what you wrote and did together.</p>
        )}
        <CalendarLegend />
        <p className="calendar-hint">Arrow keys move between days, Page Up and Page Down between months; Enter shows a day.</p>
      </div>
    </div>
  )
}
