// Applies an open journal's look to the whole page: appearance and text size live as data
// attributes on <html>, read by styles.css. `null` goes back to the system's look. Once a look
// is applied, data-look marks it, and the page paints its own paper (until then the window's
// colour shows through, already the lock screen's: no light frame for someone who chose dark).

import { APPEARANCES, type Appearance, type Settings } from '../../../../shared/settings.ts'

export type Look = Pick<Settings, 'appearance' | 'textSize'>

export function applyLook(look: Look | null): void {
  const root = document.documentElement.dataset
  root.look = ''
  if (look && look.appearance !== 'system') root.appearance = look.appearance
  else delete root.appearance
  if (look && look.textSize !== 'medium') root.textSize = look.textSize
  else delete root.textSize
}

/** The appearance the page wears now. */
export function currentAppearance(): Appearance {
  const value = document.documentElement.dataset.appearance
  return APPEARANCES.find((a) => a === value) ?? 'system'
}
