// What a partner can choose about how their journal looks and behaves. Shared by the main
// process (which stores them encrypted) and the renderer (which applies and edits them).

export const APPEARANCES = ['system', 'light', 'dark'] as const
export type Appearance = (typeof APPEARANCES)[number]

// 'larger' is for reading from further away: 'large' alone was barely larger.
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

export const MIN_AUTO_LOCK_MINUTES = 1
export const MAX_AUTO_LOCK_MINUTES = 60

export interface Settings {
  appearance: Appearance
  textSize: TextSize
  /** Idle minutes before the open journal locks itself. */
  autoLockMinutes: number
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ appearance: 'system', textSize: 'medium', autoLockMinutes: 5 })

/** Why this number of minutes is refused, as a sentence, or null if it will do. */
export function autoLockMinutesProblem(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < MIN_AUTO_LOCK_MINUTES || minutes > MAX_AUTO_LOCK_MINUTES) {
    return `Choose a whole number of minutes from ${MIN_AUTO_LOCK_MINUTES} to ${MAX_AUTO_LOCK_MINUTES}.`
  }
  return null
}
