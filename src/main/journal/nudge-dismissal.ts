// The stored "Not now" on a nudge, checked when the settings blob is read: one stored before
// there were nudges, or damaged, reads as none.

import { z } from 'zod'
import type { NudgeDismissal } from '../../shared/insights.ts'
import { THEME_IDS } from '../../shared/themes.ts'

const nudgeDismissalSchema = z.strictObject({
  themeId: z.enum(THEME_IDS),
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  at: z.iso.datetime()
})

export function readableDismissal(value: unknown): NudgeDismissal | null {
  const parsed = nudgeDismissalSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
