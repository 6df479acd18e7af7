// The seven themes. Ids are stable (they are stored, encrypted, with each reflection);
// titles, descriptions and prompts are ours and may change.

export const THEME_IDS = [
  'self-love',
  'emotional-needs',
  'trust',
  'quality-time',
  'small-talk',
  'appreciation',
  'being-there'
] as const

export type ThemeId = (typeof THEME_IDS)[number]

export interface Theme {
  id: ThemeId
  title: string
  /** Works on both the light and the dark background. */
  colour: string
}

export const THEMES: readonly Theme[] = [
  { id: 'self-love', title: 'Love yourself first', colour: '#c8617a' },
  { id: 'emotional-needs', title: "Know each other's needs", colour: '#8a6bbf' },
  { id: 'trust', title: 'Trust each other', colour: '#3f8f8a' },
  { id: 'quality-time', title: 'Time that is ours', colour: '#d08a3c' },
  { id: 'small-talk', title: 'The small talk', colour: '#5b8bc9' },
  { id: 'appreciation', title: 'Say thank you', colour: '#b9a03a' },
  { id: 'being-there', title: 'Being there', colour: '#6f9b57' }
]

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value)
}
