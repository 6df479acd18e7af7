// Being there for a moment in the partner's life (issue 17, item 7), called an "occasion" in the
// code, since "moments" are the couple's moments together in the vault. An occasion is a
// reflection of the being-there theme dated on its day, whose encrypted header says so
// (`occasion`: what it is, what kind, a way to be there); its body is the same as labelled
// paragraphs, so search, the calendar, print, export and backup read it like any reflection.
// What its writer later writes about how they were there is an ordinary reflection whose header
// names it (`followsUp`). It stays in its writer's journal: it never goes into the vault.

import { dayNumberOf, localDate } from './dates.ts'
import type { RichTextNode } from './rich-text.ts'

export const OCCASION_TONES = ['hopeful', 'hard', 'celebration'] as const
export type OccasionTone = (typeof OCCASION_TONES)[number]

/** What the header keeps of an occasion; its day is the reflection's own date. */
export interface OccasionHeader {
  /** A few words: "Ben's job interview". Also its title. */
  what: string
  /** A way its writer thought they could be there ('' when none was written). */
  line: string
  tone?: OccasionTone
  /** When it was put aside ("no need to write"): home stops bringing it back. */
  asideAt?: string
}

/** An occasion as `occasions.list` answers it. */
export interface Occasion {
  id: string
  what: string
  /** Its day, as YYYY-MM-DD. */
  on: string
  tone: OccasionTone | null
  line: string
  asideAt: string | null
  /** What was written afterwards about being there, oldest first. */
  followUps: { id: string; date: string; title: string }[]
}

export const OCCASION_WHAT_MAX = 120
export const OCCASION_LINE_MAX = 280

/** Said in forms, lists and the body. */
export const OCCASION_TONE_LABELS: Record<OccasionTone, string> = {
  hopeful: 'Something hopeful',
  hard: 'Something hard',
  celebration: 'Something to celebrate'
}

/** The labels of the body's paragraphs (print and export read them there). */
export const OCCASION_LABELS = { what: 'A moment to be there for', tone: 'What kind of moment', line: 'How I could be there' } as const

const labelled = (label: string, words: string): RichTextNode => ({
  type: 'paragraph',
  content: [
    { type: 'text', text: `${label}:`, marks: [{ type: 'bold' }] },
    { type: 'text', text: ` ${words}` }
  ]
})

/** The body an occasion is stored with: one labelled paragraph for each thing written. */
export function occasionBody(occasion: OccasionHeader): RichTextNode {
  const content = [labelled(OCCASION_LABELS.what, occasion.what.trim())]
  if (occasion.tone) content.push(labelled(OCCASION_LABELS.tone, OCCASION_TONE_LABELS[occasion.tone]))
  if (occasion.line.trim() !== '') content.push(labelled(OCCASION_LABELS.line, occasion.line.trim()))
  return { type: 'doc', content }
}

const isTone = (value: unknown): value is OccasionTone => typeof value === 'string' && (OCCASION_TONES as readonly string[]).includes(value)

/** Whether `value` is an occasion as a header keeps it (a header read back is checked with it). */
export function isOccasionHeader(value: unknown): value is OccasionHeader {
  if (typeof value !== 'object' || value === null) return false
  const { what, line, tone, asideAt } = value as Record<string, unknown>
  return (
    typeof what === 'string' &&
    what.trim() !== '' &&
    what.length <= OCCASION_WHAT_MAX &&
    typeof line === 'string' &&
    line.length <= OCCASION_LINE_MAX &&
    (tone === undefined || isTone(tone)) &&
    (asideAt === undefined || typeof asideAt === 'string')
  )
}

/** Home shows what is coming up this many days ahead… */
export const SOON_DAYS = 7
/** …and asks how it went on the day and up to this many days after, until it is written about or put aside. */
export const FOLLOW_UP_DAYS = 14

/**
 * Where an occasion's day stands on `today`, on this computer's calendar: `later` (beyond
 * SOON_DAYS), `soon`, `today`, `after` (within FOLLOW_UP_DAYS) or `gone`. `days` is how many
 * days ahead (negative: ago).
 */
export function occasionStage(on: string, today: Date): { stage: 'later' | 'soon' | 'today' | 'after' | 'gone'; days: number } {
  const days = dayNumberOf(on) - dayNumberOf(localDate(today))
  if (days > SOON_DAYS) return { stage: 'later', days }
  if (days > 0) return { stage: 'soon', days }
  if (days === 0) return { stage: 'today', days }
  return { stage: -days <= FOLLOW_UP_DAYS ? 'after' : 'gone', days }
}

/** Written about, or put aside: home leaves it be. */
export function isSettled(occasion: Occasion): boolean {
  return occasion.asideAt !== null || occasion.followUps.length > 0
}

/** Whether home brings it up on `today`: soon, on its day or a little after, and not settled. */
export function isOnHome(occasion: Occasion, today: Date): boolean {
  const { stage } = occasionStage(occasion.on, today)
  return !isSettled(occasion) && (stage === 'soon' || stage === 'today' || stage === 'after')
}
