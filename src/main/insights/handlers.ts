// The insights group: home's summary of the open journal (its reflections and the moments
// together it kept), and "Not now" on its nudge.

import type { Backend } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import type { Journal } from '../journal/index.ts'
import type { ProfileSettings } from '../journal/index.ts'
import { insightsOf } from './summary.ts'

export interface InsightsHandlerDeps {
  journal: () => Journal
  settings: () => ProfileSettings
  /** Today; tests move it on to see a nudge's week of quiet pass. */
  now: () => number
}

export function insightsHandlers({ journal, settings, now }: InsightsHandlerDeps): Backend['insights'] {
  return {
    summary: async () => insightsOf(journal().list(), localDate(new Date(now())), settings().nudgeDismissal(), settings().moments()),
    dismissNudge: async ({ themeId }) => {
      const open = journal()
      const at = new Date(now())
      settings().dismissNudge({ themeId, on: localDate(at), at: at.toISOString() })
      return insightsOf(open.list(), localDate(at), settings().nudgeDismissal(), settings().moments())
    }
  }
}
