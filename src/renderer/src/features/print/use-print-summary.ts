// Asks the backend what a scope holds whenever the scope changes. Only the answer for the
// scope on screen now is kept: a slower answer for an earlier choice is dropped (ui/use-load.ts).

import type { PrintSummary } from '../../../../shared/print.ts'
import { api } from '../../api.ts'
import { useLoad, type Loaded } from '../../ui/use-load.ts'
import type { Scope } from './scope-draft.ts'

/** `none`: no scope to count yet (the choices say what is missing). */
export type SummaryState = { state: 'none' } | Loaded<PrintSummary>

export function usePrintSummary(scope: Scope | undefined): SummaryState {
  // Without a scope there is nothing to ask: its empty answer (null) is never shown.
  const summary = useLoad(() => (scope ? api.print.summary({ scope }) : Promise.resolve(null)), scope ? JSON.stringify(scope) : '').loaded
  if (!scope) return { state: 'none' }
  if (summary.state !== 'ready') return summary
  return summary.value ? { state: 'ready', value: summary.value } : { state: 'none' }
}
