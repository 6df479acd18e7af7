// One theme on the home screen: its colour and icon, title, the practice it leads to, how many
// reflections and when last. The whole card opens the theme (its practice comes first there); a
// small button starts a new reflection in it.

import { useId, type CSSProperties } from 'react'
import type { ThemeSummary } from '../../../../shared/contract.ts'
import type { Theme } from '../../../../shared/themes.ts'
import { formatDay } from '../../ui/dates.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { useNavigate } from '../../ui/navigation.ts'

interface Props {
  theme: Theme
  summary: ThemeSummary | undefined
  /** The practice the theme leads with (shared/practices.ts), or null. */
  practice: string | null
}

export function ThemeCard({ theme, summary, practice }: Props) {
  const id = useId()
  const go = useNavigate()
  const count = summary?.count ?? 0
  const last = summary?.lastWrittenDate ?? null
  // A CSS custom property set through the DOM, which the CSP allows (unlike a style attribute in HTML).
  const colour = { '--theme-colour': theme.colour } as CSSProperties
  return (
    <li className="theme-card" style={colour} aria-labelledby={id}>
      <span className="theme-icon-badge theme-card__icon">
        <ThemeIcon icon={theme.icon} size={22} />
      </span>
      <h3 id={id}>
        {/* Its ::after stretches over the card, so a click anywhere on the card opens the theme. */}
        <button type="button" className="theme-card__open" aria-describedby={`${id}-stats`} onClick={() => go({ name: 'theme', themeId: theme.id })}>
          {theme.title}
        </button>
      </h3>
      <div id={`${id}-stats`}>
        {practice && (
          <p className="theme-card__practice">
            <span className="visually-hidden">Practice: </span>
            {practice}
          </p>
        )}
        <p className="theme-card__count">{count === 1 ? '1 reflection' : `${count.toLocaleString()} reflections`}</p>
        <p className="theme-card__last">{last ? `Last written ${formatDay(last)}` : 'Nothing written yet'}</p>
      </div>
      <button
        type="button"
        className="theme-card__new"
        aria-label={`New reflection in ${theme.title}`}
        onClick={() => go({ name: 'editor', themeId: theme.id })}
      >
        <span aria-hidden="true">+</span> New reflection
      </button>
    </li>
  )
}
