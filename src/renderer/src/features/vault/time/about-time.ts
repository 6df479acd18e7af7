// A reflection about a time together, in the journal of the partner who chose "Write about it":
// of the quality-time theme, on the day of that time, started from the time's own words (kept in
// the reflection's encrypted header as the prompt it was started from, shown as "Started from: …").
// Nothing of what is written there goes back into the vault.

import type { TogetherTime } from '../../../../../shared/time-together.ts'
import type { JournalRoute } from '../../../ui/navigation.ts'
import { formatDay } from '../../../ui/dates.ts'

export function aboutTime(time: TogetherTime): JournalRoute {
  return { name: 'editor', themeId: 'quality-time', prompt: `Our time together on ${formatDay(time.date)}: ${time.what}`, date: time.date }
}
