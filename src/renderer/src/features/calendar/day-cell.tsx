// What a day of the month shows: its number, then its reflections as titles where the grid is
// wide enough (cut with an ellipsis) or as dots where it is not, and the mark of a moment
// together. The CSS picks titles or dots by the grid's width; all of it is for the eye, since
// the cell's accessible name says what the day holds (the same titles among it), and the chosen
// day's list reads it out. Titles are drawn by CSS from an attribute, like the dots' "+n", so the
// cell's visible text stays its number, which its name begins with.

import type { CalendarDay } from '../../../../shared/calendar.ts'
import { textDirection } from '../../../../shared/text-direction.ts'
import { DayDots, themeColour } from './day-dots.tsx'
import { MomentMark } from './moments.tsx'

const MAX_TITLES = 2

/** The titles a day's cell has room for, and how many more it has. */
export function cellTitles(day: CalendarDay | undefined): { titles: string[]; more: number } {
  const reflections = day?.reflections ?? []
  const shown = reflections.length > MAX_TITLES ? reflections.slice(0, MAX_TITLES - 1) : reflections
  return { titles: shown.map((reflection) => reflection.title.trim() || 'Untitled'), more: reflections.length - shown.length }
}

export function DayCellContent({ date, day }: { date: string; day: CalendarDay | undefined }) {
  const reflections = day?.reflections ?? []
  const { titles, more } = cellTitles(day)
  const shown = reflections.slice(0, titles.length)
  return (
    <span className="month-grid__cell" aria-hidden="true">
      <span className="month-grid__top">
        <span className="month-grid__number">{Number(date.slice(8))}</span>
        {day && day.moments.length > 0 && <MomentMark />}
      </span>
      <DayDots reflections={reflections} />
      {reflections.length > 0 && (
        <span className="month-grid__titles">
          {shown.map((reflection, i) => (
            // Drawn from the attribute, so dir="auto" would find no words: their direction is set here.
            <span
              key={reflection.id}
              className="month-grid__title"
              style={themeColour(reflection.themeId)}
              data-title={titles[i]}
              dir={textDirection(titles[i]!) ?? undefined}
            />
          ))}
          {more > 0 && <span className="month-grid__more" data-title={`and ${more} more`} />}
        </span>
      )}
    </span>
  )
}
