// What the marks in the month mean: each theme's colour beside its name, and the mark for a
// moment together. Words beside every colour, so it reads without colour and to a screen reader.

import { useId } from 'react'
import { THEMES } from '../../../../shared/themes.ts'
import { themeColour } from './day-dots.tsx'
import { MomentMark } from './moments.tsx'

export function CalendarLegend() {
  const headingId = useId()
  return (
    <section className="calendar-legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="calendar-legend__title">
        What the marks mean
      </h2>
      <ul className="calendar-legend__items">
        {THEMES.map((theme) => (
          <li key={theme.id} style={themeColour(theme.id)}>
            <span className="calendar-dot" aria-hidden="true" />
            {theme.title}
          </li>
        ))}
        <li className="calendar-legend__together">
          <MomentMark />
          Something you did together
        </li>
      </ul>
    </section>
  )
}
