// The year view: twelve small months as a heat map, a day's colour deeper the more was
// written on it. Each small month is its own grid (one tab stop each); choosing a day opens
// its month with that day chosen.

import { useId, useMemo, useState } from 'react'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { formatFullDay, formatMonthName, monthOf, reflectionCount } from './calendar-dates.ts'
import { DayGrid } from './day-grid.tsx'
import { useCalendarYear } from './use-calendar.ts'
import './year.css'

// Four shades after "nothing": a day with four or more reflections is the deepest.
const LEVELS = [0, 1, 2, 3, 4] as const

function level(count: number): number {
  return Math.min(count, LEVELS.length - 1)
}

interface Props {
  year: number
  firstDay: number
  today: string
  onYear: (year: number) => void
  onPick: (day: string) => void
}

export function YearView({ year, firstDay, today, onYear, onPick }: Props) {
  const titleId = useId()
  const answer = useCalendarYear(year)
  const counts = useMemo(() => new Map(answer.state === 'ready' ? answer.value.days.map((day) => [day.date, day.count]) : []), [answer])
  const months = Array.from({ length: 12 }, (_, i) => `${String(year).padStart(4, '0')}-${String(i + 1).padStart(2, '0')}`)

  return (
    <>
      <div className="calendar-nav">
        <button type="button" className="calendar-nav__step" aria-label="Previous year" onClick={() => onYear(year - 1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id={titleId} className="calendar-nav__title" aria-live="polite">
          {year}
        </h2>
        <button type="button" className="calendar-nav__step" aria-label="Next year" onClick={() => onYear(year + 1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      {answer.state === 'failed' && <ErrorMessage message={answer.message} />}
      <div className="year-summary">
        <p className="year-summary__total" role="status">
          {answer.state === 'ready' && (answer.value.total === 0 ? `Nothing written in ${year}.` : `${reflectionCount(answer.value.total)} in ${year}.`)}
        </p>
        <div className="heat-legend" aria-hidden="true">
          <span>Fewer</span>
          {LEVELS.map((n) => (
            <span key={n} className={`heat-legend__swatch heat heat--${n}`} />
          ))}
          <span>More</span>
        </div>
      </div>
      <div className="year-months" aria-labelledby={titleId} role="group" aria-busy={answer.state === 'loading'}>
        {months.map((month) => (
          <SmallMonth key={month} month={month} counts={counts} firstDay={firstDay} today={today} onPick={onPick} />
        ))}
      </div>
    </>
  )
}

interface SmallMonthProps {
  month: string
  counts: ReadonlyMap<string, number>
  firstDay: number
  today: string
  onPick: (day: string) => void
}

function SmallMonth({ month, counts, firstDay, today, onPick }: SmallMonthProps) {
  const titleId = useId()
  const [focusDay, setFocusDay] = useState(`${month}-01`)
  let total = 0
  for (const [day, count] of counts) if (day.startsWith(month)) total += count
  return (
    <section className="year-month" aria-labelledby={titleId}>
      <h3 className="year-month__title">
        <span id={titleId}>{formatMonthName(month)}</span>
        {total > 0 && (
          <span className="year-month__count">
            <span aria-hidden="true">{total.toLocaleString()}</span>
            <span className="visually-hidden">, {reflectionCount(total)}</span>
          </span>
        )}
      </h3>
      <DayGrid
        month={month}
        firstDay={firstDay}
        focusDay={focusDay}
        today={today}
        labelledBy={titleId}
        className="day-grid year-grid"
        compact
        onFocusDay={(day) => monthOf(day) === month && setFocusDay(day)}
        onChoose={onPick}
        cell={(day) => {
          const count = counts.get(day) ?? 0
          return {
            label: `${formatFullDay(day)}, ${count === 0 ? 'nothing written' : reflectionCount(count)}`,
            className: `heat heat--${level(count)}`
          }
        }}
      />
    </section>
  )
}
