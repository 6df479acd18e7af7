// A moment together as the insights read it: the kind and the day the journal kept
// (journal/moments.ts), never a word of either partner's.

import type { MomentKind } from '../../shared/calendar.ts'

export interface DatedMoment {
  kind: MomentKind
  /** YYYY-MM-DD */
  on: string
}
