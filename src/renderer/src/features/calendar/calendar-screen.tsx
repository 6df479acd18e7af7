// The calendar: a month of days with a dot per reflection in its theme's colour, or a year
// as a heat map. Which day has focus and which is chosen are kept here, so the two views agree.

import { useId, useMemo, useState } from 'react'
import { CALENDAR_YEARS } from '../../../../shared/calendar.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { useNavigate } from '../../ui/navigation.ts'
import { firstDayOfWeek, isoOf, yearOf } from './calendar-dates.ts'
import { MonthView } from './month-view.tsx'
import { YearView } from './year-view.tsx'
import './calendar.css'

type View = 'month' | 'year'

const inRange = (year: number) => year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last

interface Props {
  /** The day to come back to (from a reflection opened here): its month, chosen. */
  day?: string | undefined
}

export function CalendarScreen({ day }: Props) {
  const ids = useId()
  const go = useNavigate()
  // Coming back to a chosen day, focus goes to that day instead (the grid moves it there).
  const headingRef = useFocusOnMount<HTMLHeadingElement>(day === undefined)
  // Fixed when the screen opens, like home's prompt: "today" does not move under someone's eyes.
  const [today] = useState(() => isoOf(new Date()))
  const firstDay = useMemo(() => firstDayOfWeek(), [])
  const [view, setView] = useState<View>('month')
  const [focusDay, setFocusDay] = useState(day ?? today)
  const [selected, setSelected] = useState<string | null>(day ?? null)
  const [year, setYear] = useState(() => yearOf(day ?? today))
  // After a day is picked in the year view, focus lands on it in the month.
  const [focusGrid, setFocusGrid] = useState(day !== undefined)

  const showView = (next: View) => {
    if (next === 'year') setYear(yearOf(focusDay))
    setFocusGrid(false)
    setView(next)
  }
  // Years beyond what a stored date can hold have nothing to show, and the backend refuses them.
  const moveTo = (day: string) => {
    if (inRange(yearOf(day))) setFocusDay(day)
  }

  return (
    <main className="calendar" aria-labelledby={`${ids}-title`}>
      <header className="calendar__header">
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Calendar
        </h1>
        <div className="calendar-views" role="group" aria-label="Show">
          {(['month', 'year'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={view === name} onClick={() => showView(name)}>
              {name === 'month' ? 'Month' : 'Year'}
            </button>
          ))}
        </div>
      </header>
      {view === 'month' ? (
        <MonthView
          firstDay={firstDay}
          today={today}
          focusDay={focusDay}
          selected={selected}
          focusOnMount={focusGrid}
          onFocusDay={moveTo}
          onSelect={setSelected}
          onOpen={(reflection) =>
            go({ name: 'editor', themeId: reflection.themeId, reflectionId: reflection.id, from: { name: 'calendar', ...(selected ? { day: selected } : {}) } })
          }
        />
      ) : (
        <YearView
          year={year}
          firstDay={firstDay}
          today={today}
          onYear={(next) => inRange(next) && setYear(next)}
          onPick={(day) => {
            setFocusDay(day)
            setSelected(day)
            setFocusGrid(true)
            setView('month')
          }}
        />
      )}
    </main>
  )
}
