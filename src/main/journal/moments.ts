// The days this partner did something together with the other, kept in their own journal: only
// the kind and the day, never a word of either partner's. They travel in the journal's settings
// blob (settings.ts), so they are under the journal key, bound to their place and guarded by the
// record like the settings (docs/security.md, "Rollback"); a blob from before them reads as none.

import { z } from 'zod'
import { MOMENT_KINDS, type MomentKind } from '../../shared/calendar.ts'

export interface Moment {
  kind: MomentKind
  /** YYYY-MM-DD, on this computer's calendar. */
  on: string
}

/** Years of a couple's life (five kinds a day at most, most days none); the oldest go first past it. */
export const MAX_MOMENTS = 5000

const momentsSchema = z.array(z.strictObject({ kind: z.enum(MOMENT_KINDS), on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))

/** What a stored value holds; anything unreadable reads as none (a damaged blob is counted by the settings). */
export function readableMoments(value: unknown): Moment[] {
  const parsed = momentsSchema.safeParse(value)
  return parsed.success ? parsed.data.slice(-MAX_MOMENTS) : []
}

/** `moments` with this one added at the end, or null if that day already has it. */
export function withMoment(moments: readonly Moment[], moment: Moment): Moment[] | null {
  if (moments.some((m) => m.kind === moment.kind && m.on === moment.on)) return null
  const next = [...moments, moment]
  next.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
  return next.slice(-MAX_MOMENTS)
}
