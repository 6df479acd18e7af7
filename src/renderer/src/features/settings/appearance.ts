// Applies an open journal's look to the whole page: appearance and text size live as data
// attributes on <html>, read by styles.css. `null` (locked) goes back to the system's look.

import type { Settings } from '../../../../shared/settings.ts'

export type Look = Pick<Settings, 'appearance' | 'textSize'>

export function applyLook(look: Look | null): void {
  const root = document.documentElement.dataset
  if (look && look.appearance !== 'system') root.appearance = look.appearance
  else delete root.appearance
  if (look && look.textSize !== 'medium') root.textSize = look.textSize
  else delete root.textSize
}
