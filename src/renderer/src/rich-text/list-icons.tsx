// Drawn toolbar icons: no font on every desktop has a good "numbered list" (or picture) character.

import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

const LINES = 'M9 5h8M9 10h8M9 15h8'

export const LIST_ICONS: Record<string, ReactNode> = {
  bullets: (
    <Icon>
      <path d={LINES} />
      <circle cx="4.5" cy="5" r="1" fill="currentColor" />
      <circle cx="4.5" cy="10" r="1" fill="currentColor" />
      <circle cx="4.5" cy="15" r="1" fill="currentColor" />
    </Icon>
  ),
  numbers: (
    <Icon>
      <path d={LINES} />
      <path d="M3.5 3.8 5 3v4.2" strokeWidth="1.3" />
      <path d="M3.3 13.2q1.5-1.6 2.8 0 .4.8-.6 1.6L3.3 17h3" strokeWidth="1.3" />
    </Icon>
  ),
  tasks: (
    <Icon>
      <path d="M10 6.5h7M10 14h7" />
      <rect x="2.5" y="3.5" width="5" height="5" rx="1" strokeWidth="1.3" />
      <rect x="2.5" y="11" width="5" height="5" rx="1" strokeWidth="1.3" />
      <path d="m3.6 13.5 1.2 1.2 2-2.4" strokeWidth="1.3" />
    </Icon>
  ),
  picture: (
    <Icon>
      <rect x="2.5" y="3.5" width="15" height="13" rx="2" />
      <circle cx="7" cy="8" r="1.4" />
      <path d="m3 15 4.5-4.5 3 3 2.5-2.5 4.5 4.5" />
    </Icon>
  )
}
