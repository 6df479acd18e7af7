// "Lately": the newest few reflections, newest first, with the days the two of them did
// something together among them. A reflection's title opens it (Back comes home). Hidden until
// something is written. The entries are decrypted data, held only by home while it is shown.

import { useId, type CSSProperties } from 'react'
import { localDate } from '../../../../shared/dates.ts'
import type { RecentEntry } from '../../../../shared/insights.ts'
import { themeById } from '../../../../shared/themes.ts'
import { formatDayWithWeekday } from '../../ui/dates.ts'
import { useNavigate } from '../../ui/navigation.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { MomentMark, momentSentence } from '../calendar/index.ts'
import './recent-timeline.css'

interface Props {
  entries: readonly RecentEntry[]
  today: Date
  /** The other partner's name for the days together; "your partner" without one. */
  partnerName: string | null
}

function dayWords(date: string, today: Date): string {
  if (date === localDate(today)) return 'Today'
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1)
  return date === localDate(yesterday) ? 'Yesterday' : formatDayWithWeekday(date)
}

export function RecentTimeline({ entries, today, partnerName }: Props) {
  const id = useId()
  const go = useNavigate()
  if (entries.length === 0) return null
  const partner = partnerName ?? 'your partner'
  return (
    <section className="timeline" aria-labelledby={id}>
      <h2 id={id} className="home__section-title">
        Lately
      </h2>
      <ol className="timeline__list">
        {entries.map((entry) => {
          if (entry.kind === 'together') {
            return (
              <li key={`together-${entry.date}`} className="timeline__entry timeline__entry--together">
                <span className="timeline__mark" aria-hidden="true">
                  <MomentMark />
                </span>
                <div className="timeline__text">
                  <p className="timeline__together">{entry.moments.map((kind) => momentSentence(kind, partner)).join(' ')}</p>
                  <p className="timeline__when">{dayWords(entry.date, today)}</p>
                </div>
              </li>
            )
          }
          const theme = themeById(entry.themeId)
          const title = entry.title.trim()
          return (
            <li key={entry.id} className="timeline__entry" style={{ '--theme-colour': theme.colour } as CSSProperties}>
              <span className="theme-icon-badge timeline__mark" aria-hidden="true">
                <ThemeIcon icon={theme.icon} size={16} />
              </span>
              <div className="timeline__text">
                <button
                  type="button"
                  className={title ? 'timeline__open' : 'timeline__open timeline__open--untitled'}
                  aria-describedby={`${id}-${entry.id}`}
                  onClick={() => go({ name: 'editor', themeId: entry.themeId, reflectionId: entry.id, from: { name: 'home' } })}
                >
                  {title ? <bdi>{title}</bdi> : 'Untitled'}
                </button>
                <p id={`${id}-${entry.id}`} className="timeline__when">
                  {dayWords(entry.date, today)} · {theme.title}
                </p>
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
