// "On this day": what was written on this date in earlier years. Each card opens its reflection.
// Nothing is shown when there is nothing to show.

import { useId, type CSSProperties } from 'react'
import type { OnThisDay as Entry } from '../../../../shared/insights.ts'
import { themeById } from '../../../../shared/themes.ts'
import { formatDay } from '../../ui/dates.ts'
import { useNavigate } from '../../ui/navigation.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { yearsAgo } from './words.ts'
import './insights.css'

export function OnThisDay({ entries, today }: { entries: readonly Entry[]; today: Date }) {
  const id = useId()
  const go = useNavigate()
  if (entries.length === 0) return null
  return (
    <section className="on-this-day" aria-labelledby={id}>
      <h2 id={id} className="home__section-title">
        On this day
      </h2>
      <ul className="on-this-day__list">
        {entries.map((entry) => {
          const theme = themeById(entry.themeId)
          const colour = { '--theme-colour': theme.colour } as CSSProperties
          return (
            <li key={entry.id} className="on-this-day__card" style={colour}>
              <p className="on-this-day__when">
                <ThemeIcon icon={theme.icon} size={16} />
                <span>
                  {yearsAgo(entry.date, today)}
                  <span className="on-this-day__date"> · {formatDay(entry.date)}</span>
                </span>
              </p>
              <h3>
                <button
                  type="button"
                  className="on-this-day__open"
                  aria-describedby={`${id}-${entry.id}`}
                  onClick={() => go({ name: 'editor', themeId: entry.themeId, reflectionId: entry.id })}
                >
                  {entry.title.trim() ? <bdi>{entry.title.trim()}</bdi> : 'Untitled'}
                </button>
              </h3>
              <p id={`${id}-${entry.id}`} className="on-this-day__excerpt" dir={entry.excerpt ? 'auto' : undefined}>
                {entry.excerpt || theme.title}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
