// The seven themes as <option>s, in their usual order: the editor's, print's and search's
// theme choosers all offer the same list.

import { THEMES } from '../../../shared/themes.ts'

export function ThemeOptions() {
  return THEMES.map((theme) => (
    <option key={theme.id} value={theme.id}>
      {theme.title}
    </option>
  ))
}
