// One result of the palette: title, date, theme (its colour as a dot) or "In our vault",
// and the snippet with the matching words marked. Text only, never HTML. An idea or a time
// together is said as what it is ("Idea for time together"), its words in the snippet.

import type { CSSProperties } from 'react'
import type { SearchHit } from '../../../../shared/contract.ts'
import { themeById } from '../../../../shared/themes.ts'
import { formatDay, formatDayWithWeekday } from '../../ui/dates.ts'

interface Props {
  hit: SearchHit
  id: string
  active: boolean
  onChoose: () => void
  onPoint: () => void
}

export function SearchHitOption({ hit, id, active, onChoose, onPoint }: Props) {
  const theme = hit.kind === 'reflection' ? themeById(hit.themeId) : null
  const colour = theme ? ({ '--theme-colour': theme.colour } as CSSProperties) : undefined
  return (
    // The field keeps focus (aria-activedescendant); a click still chooses.
    <li id={id} role="option" aria-selected={active} className="search-hit" onClick={onChoose} onMouseMove={onPoint}>
      <span className="search-hit__title">{hit.kind === 'time' ? titleOf(hit) : <bdi>{titleOf(hit)}</bdi>}</span>
      <span className="search-hit__meta">
        {theme ? (
          <span className="search-hit__theme" style={colour}>
            <span className="search-hit__dot" aria-hidden="true" />
            {theme.title}
          </span>
        ) : (
          <span className="search-hit__theme">In our vault</span>
        )}
        <span aria-hidden="true"> · </span>
        {dayOf(hit)}
      </span>
      <span className="search-hit__snippet" dir="auto">
        {hit.snippet.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
      </span>
    </li>
  )
}

function titleOf(hit: SearchHit): string {
  if (hit.kind !== 'time') return hit.title || 'Untitled'
  return hit.which === 'idea' ? 'Idea for time together' : `Time together · ${formatDayWithWeekday(hit.date)}`
}

/** A time together's day is in its title already; an idea's is the day it was added. */
function dayOf(hit: SearchHit): string {
  if (hit.kind !== 'time') return formatDay(hit.date)
  return hit.which === 'idea' ? `added ${formatDay(hit.date)}` : 'what we did'
}
