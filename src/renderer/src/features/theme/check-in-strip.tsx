// The last two weeks of check-ins as a strip of small day cells, filled where there is one.
// Nothing counts the days without one: an empty cell is only a day. The day pointed at (hover,
// focus) or chosen shows its three lines below. One Tab stop: the arrow keys, Home and End move
// along the days.

import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { CHECK_IN_KEYS, CHECK_IN_LABELS } from '../../../../shared/check-ins.ts'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { localDate } from '../../../../shared/dates.ts'
import { formatDayWithWeekday } from '../../ui/dates.ts'

export const STRIP_DAYS = 14

function stripDays(today: Date): string[] {
  return Array.from({ length: STRIP_DAYS }, (_, i) => localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (STRIP_DAYS - 1 - i))))
}

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' })

function dayParts(day: string): { letter: string; number: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return { letter: weekday.format(new Date(year, month - 1, date)), number: date }
}

interface Props {
  checkIns: readonly ReflectionHeader[]
  today: Date
  /** The day chosen when the screen opened (one opened from search or the calendar). */
  initialDay?: string | undefined
}

export function CheckInStrip({ checkIns, today, initialDay }: Props) {
  const ids = useId()
  const days = stripDays(today)
  const todayDay = days.at(-1)!
  const [chosen, setChosen] = useState(initialDay ?? todayDay)
  const [pointed, setPointed] = useState<string | null>(null)
  const [focusDay, setFocusDay] = useState(days.includes(chosen) ? chosen : todayDay)
  const cells = useRef<Array<HTMLButtonElement | null>>([])
  const byDay = new Map(checkIns.map((c) => [c.date, c]))
  const shown = pointed ?? chosen
  const shownCheckIn = byDay.get(shown)?.checkIn

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: days.length - 1 }[event.key]
    if (target === undefined || target < 0 || target >= days.length) return
    event.preventDefault()
    setFocusDay(days[target]!)
    cells.current[target]?.focus()
  }

  return (
    <section className="check-in-strip" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your last two weeks</h2>
      <p id={`${ids}-hint`} className="check-in-strip__hint">
        A filled day has a check-in. Choose a day to read it; the arrow keys move along the days.
      </p>
      <ol className="check-in-strip__days" aria-describedby={`${ids}-hint`} onMouseLeave={() => setPointed(null)}>
        {days.map((day, index) => {
          const { letter, number } = dayParts(day)
          const has = byDay.has(day)
          return (
            <li key={day}>
              {/* Outside the button: its name says the whole day, and holds the number it shows. */}
              <span aria-hidden="true" className="check-in-strip__letter">
                {letter}
              </span>
              <button
                ref={(element) => {
                  cells.current[index] = element
                }}
                type="button"
                className={`check-in-strip__day${has ? ' check-in-strip__day--filled' : ''}${day === todayDay ? ' check-in-strip__day--today' : ''}`}
                aria-label={`${formatDayWithWeekday(day)}${day === todayDay ? ', today' : ''}: ${has ? 'check-in' : 'no check-in'}`}
                aria-pressed={day === chosen}
                aria-controls={`${ids}-day`}
                tabIndex={day === focusDay ? 0 : -1}
                onClick={() => {
                  setChosen(day)
                  setFocusDay(day)
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
                onFocus={() => setPointed(day)}
                onBlur={() => setPointed(null)}
                onMouseEnter={() => setPointed(day)}
              >
                <span aria-hidden="true" className="check-in-strip__cell" />
                <span className="check-in-strip__number">{number}</span>
              </button>
            </li>
          )
        })}
      </ol>
      <div id={`${ids}-day`} className="check-in-strip__shown" aria-live="polite">
        <h3>
          {formatDayWithWeekday(shown)}
          {shown === todayDay && ' · today'}
        </h3>
        {shownCheckIn ? (
          <dl className="check-in-strip__lines">
            {CHECK_IN_KEYS.filter((key) => shownCheckIn[key] !== '').map((key) => (
              <div key={key}>
                <dt>{CHECK_IN_LABELS[key]}</dt>
                <dd dir="auto">{shownCheckIn[key]}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="check-in-strip__none">No check-in that day.</p>
        )}
      </div>
    </section>
  )
}
