// A theme's icon, drawn in the current text colour. Decorative: the theme's title always
// sits beside it, so screen readers skip it.

import { THEME_ICON_VIEW_BOX, THEME_ICONS, type ThemeIconId } from '../../../shared/theme-icons.ts'
import './theme-icon.css'

export function ThemeIcon({ icon, size = 24, className }: { icon: ThemeIconId; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox={THEME_ICON_VIEW_BOX}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {THEME_ICONS[icon].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  )
}
