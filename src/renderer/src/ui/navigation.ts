// Where an open journal can go. Screens ask for a route through useNavigate(); the journal
// shell decides what to show. Routes carry ids only, never decrypted text.

import { createContext, useContext } from 'react'
import type { FollowUpKind } from '../../../shared/occasion-prompts.ts'
import type { ThemeId } from '../../../shared/themes.ts'

/** A reflection written after an occasion: which occasion, and which of the follow-up's prompts (occasion-prompts.ts). */
export interface FollowUpStart {
  occasionId: string
  kind: FollowUpKind
  index: number
}

export type JournalRoute =
  | { name: 'home' }
  /**
   * `checkInDay`: on the small talk theme, the day whose check-in is shown; on the emotional needs
   * theme, whose needs check-in (one opened from search or the calendar).
   * `occasionId`: on the being-there theme, the occasion to show (likewise).
   */
  | { name: 'theme'; themeId: ThemeId; checkInDay?: string; occasionId?: string }
  /**
   * A new reflection when reflectionId is absent, started from `prompt` if given (kept with it), or from the
   * guided template whose id is `template` (its body, suggested title and name as the prompt). `find`: the
   * words a search matched, so the reflection opens with the first of them selected. `from`: where
   * "Back" goes, if not to the reflection's theme. `followUp`: a new reflection about being there
   * for an occasion, started from one of the follow-up's prompts. `date`: the day a new one is
   * about, if not today.
   */
  | {
      name: 'editor'
      themeId: ThemeId
      reflectionId?: string
      prompt?: string
      template?: string
      followUp?: FollowUpStart
      find?: readonly string[]
      from?: JournalRoute
      date?: string
    }
  | { name: 'settings' }
  /** The calendar, on the month of `day` with that day chosen if given (coming back to it). */
  | { name: 'calendar'; day?: string }
  /** The print screen, starting on one reflection or one theme if given; `from` is where "Back" goes. */
  | { name: 'print'; reflectionId?: string; themeId?: ThemeId; from?: JournalRoute }

const BACK_LABELS: Record<JournalRoute['name'], string> = {
  home: 'Back home',
  theme: 'Back to the theme',
  editor: 'Back to the reflection',
  settings: 'Back to settings',
  calendar: 'Back to the calendar',
  print: 'Back'
}

/** The words of a "Back" button that returns to `route`. */
export function backLabel(route: JournalRoute): string {
  return BACK_LABELS[route.name]
}

export const NavigationContext = createContext<(route: JournalRoute) => void>(() => undefined)

export function useNavigate(): (route: JournalRoute) => void {
  return useContext(NavigationContext)
}
