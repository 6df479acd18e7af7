// Asks the backend what a scope holds whenever the scope changes. Only the answer for the
// scope on screen now is kept: a slower answer for an earlier choice is dropped.

import { useEffect, useState } from 'react'
import type { PrintSummary } from '../../../../shared/print.ts'
import { api, problemOf } from '../../api.ts'
import type { Scope } from './scope-draft.ts'

export type SummaryState =
  | { state: 'none' }
  | { state: 'loading'; key: string }
  | { state: 'ready'; key: string; summary: PrintSummary }
  | { state: 'failed'; key: string; message: string; code: string | undefined }

export function usePrintSummary(scope: Scope | undefined): SummaryState {
  const key = scope ? JSON.stringify(scope) : ''
  const [answer, setAnswer] = useState<SummaryState>({ state: 'none' })

  useEffect(() => {
    if (!key) return
    let current = true
    setAnswer({ state: 'loading', key })
    api.print
      .summary({ scope: JSON.parse(key) as Scope })
      .then((summary) => current && setAnswer({ state: 'ready', key, summary }))
      .catch((error: unknown) => {
        const { message, code } = problemOf(error)
        if (current) setAnswer({ state: 'failed', key, message, code })
      })
    return () => {
      current = false
    }
  }, [key])

  // Until the effect catches up with a new scope, the old answer is not this scope's.
  if (!key) return { state: 'none' }
  return answer.state !== 'none' && answer.key === key ? answer : { state: 'loading', key }
}
