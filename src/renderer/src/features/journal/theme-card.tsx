// One theme on the home screen: its colour, title, how many reflections, and when last.

import { useId, type CSSProperties } from 'react'
import type { ThemeSummary } from '../../../../shared/contract.ts'
import type { Theme } from '../../../../shared/themes.ts'
import { formatDay } from '../../ui/dates.ts'

export function ThemeCard({ theme, summary }: { theme: Theme; summary: ThemeSummary | undefined }) {
  const id = useId()
  const count = summary?.count ?? 0
  const last = summary?.lastWrittenDate ?? null
  // A CSS custom property set through the DOM, which the CSP allows (unlike a style attribute in HTML).
  const colour = { '--theme-colour': theme.colour } as CSSProperties
  return (
    <li className="theme-card" style={colour} aria-labelledby={id}>
      <h3 id={id}>{theme.title}</h3>
      <p className="theme-card__count">{count === 1 ? '1 reflection' : `${count} reflections`}</p>
      <p className="theme-card__last">{last ? `Last written ${formatDay(last)}` : 'Nothing written yet'}</p>
    </li>
  )
}
