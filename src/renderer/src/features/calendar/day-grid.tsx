// One month as an ARIA grid of days (the APG date-grid pattern): one tab stop, the arrow keys
// move a day or a week, Home and End go to the week's ends, PageUp and PageDown a month;
// Enter, Space or a click chooses the day. Where focus may go is the parent's call (the month
// view follows it into other months; the year's small months stay within their own).

import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { dayAfterKey, monthWeeks, weekdayNames } from './calendar-dates.ts'

export interface DayCell {
  /** The cell's accessible name: the full date and what it holds. */
  label: string
  className?: string
  content?: ReactNode
}

interface Props {
  month: string
  firstDay: number
  /** The day with the grid's one tab stop. */
  focusDay: string
  selected?: string | null
  today: string
  labelledBy: string
  className: string
  /** Narrow weekday initials over the columns, for the year's small months. */
  compact?: boolean
  busy?: boolean
  /** Focus the focused day as soon as the grid appears (after a day was picked in the year view). */
  focusOnMount?: boolean
  cell: (day: string) => DayCell
  onFocusDay: (day: string) => void
  onChoose: (day: string) => void
}

export function DayGrid({
  month,
  firstDay,
  focusDay,
  selected,
  today,
  labelledBy,
  className,
  compact = false,
  busy,
  focusOnMount = false,
  cell,
  onFocusDay,
  onChoose
}: Props) {
  const tableRef = useRef<HTMLTableElement>(null)
  // Set by a key or click, so focus follows the day it moved to (and not on every render).
  const moved = useRef(focusOnMount)
  const weeks = useMemo(() => monthWeeks(month, firstDay), [month, firstDay])
  const names = useMemo(() => weekdayNames(firstDay), [firstDay])

  useEffect(() => {
    if (!moved.current) return
    const target = tableRef.current?.querySelector<HTMLElement>(`[data-day="${focusDay}"]`)
    if (!target) return
    moved.current = false
    target.focus()
  }, [focusDay, month])

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, day: string) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onChoose(day)
      return
    }
    const target = dayAfterKey(event.key, day, firstDay)
    if (!target) return
    event.preventDefault()
    moved.current = true
    onFocusDay(target)
  }

  return (
    <table ref={tableRef} role="grid" className={className} aria-labelledby={labelledBy} aria-busy={busy || undefined}>
      <thead>
        <tr>
          {names.map((name) => (
            <th key={name.long} scope="col" abbr={name.long}>
              <span aria-hidden="true">{compact ? name.narrow : name.short}</span>
              <span className="visually-hidden">{name.long}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, row) => (
          <tr key={row}>
            {week.map((day, column) => {
              if (!day) return <td key={column} className="day-grid__blank" />
              const { label, className: extra, content } = cell(day)
              const isToday = day === today
              return (
                <td
                  key={day}
                  data-day={day}
                  tabIndex={day === focusDay ? 0 : -1}
                  aria-label={isToday ? `${label}, today` : label}
                  aria-selected={selected === undefined ? undefined : day === selected}
                  aria-current={isToday ? 'date' : undefined}
                  className={['day-grid__day', isToday && 'day-grid__day--today', day === selected && 'day-grid__day--selected', extra]
                    .filter(Boolean)
                    .join(' ')}
                  onClick={() => {
                    // The click itself focuses the cell.
                    onFocusDay(day)
                    onChoose(day)
                  }}
                  onKeyDown={(event) => onKeyDown(event, day)}
                >
                  {content}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
