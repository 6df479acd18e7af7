// The colour the window is painted before its page is: the lock screen's paper in the
// appearance the last open journal chose (app/lock-appearance.ts), so someone who chose dark
// does not see a light frame first. styles.css's --paper, light and dark.

import type { Appearance } from '../../shared/settings.ts'

export const PAPER = { light: '#f6f3ee', dark: '#1d1c1a' } as const

export function windowBackground(appearance: Appearance, systemIsDark: boolean): string {
  const dark = appearance === 'dark' || (appearance === 'system' && systemIsDark)
  return dark ? PAPER.dark : PAPER.light
}
