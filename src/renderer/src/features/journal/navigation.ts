// Where an open journal can go. Screens ask for a route through useNavigate(); the journal
// shell decides what to show. Routes carry ids only, never decrypted text.

import { createContext, useContext } from 'react'
import type { ThemeId } from '../../../../shared/themes.ts'

export type JournalRoute =
  | { name: 'home' }
  | { name: 'theme'; themeId: ThemeId }
  /**
   * A new reflection when reflectionId is absent; the prompt becomes its placeholder. `find`: the
   * words a search matched, so the reflection opens with the first of them selected.
   */
  | { name: 'editor'; themeId: ThemeId; reflectionId?: string; prompt?: string; find?: readonly string[] }
  | { name: 'settings' }
  /** The print screen, starting on one reflection or one theme if given; `from` is where "Back" goes. */
  | { name: 'print'; reflectionId?: string; themeId?: ThemeId; from?: JournalRoute }

export const NavigationContext = createContext<(route: JournalRoute) => void>(() => undefined)

export function useNavigate(): (route: JournalRoute) => void {
  return useContext(NavigationContext)
}
