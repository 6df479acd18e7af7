// What each theme invites a person to do (issue 17): the practice its screen leads with, named
// as home's theme cards say it. Some are for two and go through the vault, so with one journal
// the card names only what can be done alone.

import type { ThemeId } from './themes.ts'

interface Practice {
  /** As the card says it: "Daily check-in" (read as "Practice: Daily check-in"). */
  name: string
  /** Done together through the vault, so only named once there are two journals. */
  forTwo: boolean
}

const PRACTICES: Record<ThemeId, Practice> = {
  'self-love': { name: 'A kind letter to yourself', forTwo: false },
  'emotional-needs': { name: 'Needs check-in', forTwo: false },
  trust: { name: 'Ask and reveal together', forTwo: true },
  'quality-time': { name: 'Time together', forTwo: true },
  'small-talk': { name: 'Daily check-in', forTwo: false },
  appreciation: { name: 'Thank-you notes', forTwo: true },
  'being-there': { name: 'Moments coming up', forTwo: false }
}

/** The practice home names for a theme, or null when it needs two journals and there is one. */
export function practiceOf(themeId: ThemeId, withPartner: boolean): string | null {
  const practice = PRACTICES[themeId]
  return practice.forTwo && !withPartner ? null : practice.name
}
