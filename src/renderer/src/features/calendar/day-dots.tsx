// A day's reflections as dots in their themes' colours; past four, three dots and "+n".
// All of it is for the eye: the day's accessible name says how many.

import type { CSSProperties } from 'react'
import type { CalendarReflection } from '../../../../shared/calendar.ts'
import { themeById } from '../../../../shared/themes.ts'

const MAX_DOTS = 4

/** The theme's colour as a CSS custom property on the element (a style attribute set through the DOM, which the CSP allows). */
export function themeColour(themeId: CalendarReflection['themeId']): CSSProperties {
  return { '--theme-colour': themeById(themeId).colour } as CSSProperties
}

export function DayDots({ reflections }: { reflections: readonly CalendarReflection[] }) {
  if (reflections.length === 0) return null
  const shown = reflections.length > MAX_DOTS ? reflections.slice(0, MAX_DOTS - 1) : reflections
  const more = reflections.length - shown.length
  return (
    <span className="calendar-dots" aria-hidden="true">
      {shown.map((reflection) => (
        <span key={reflection.id} className="calendar-dot" data-theme={reflection.themeId} style={themeColour(reflection.themeId)} />
      ))}
      {/* Drawn by CSS from the attribute: the cell's name already says how many, and "+2" is not text to read out. */}
      {more > 0 && <span className="calendar-dots__more" data-more={`+${more}`} />}
    </span>
  )
}
