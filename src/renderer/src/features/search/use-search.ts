// Asks the backend as the person types: a short pause first, and only the newest question's
// answer is kept (a slower earlier answer must not replace a newer one).

import { useEffect, useRef, useState } from 'react'
import type { SearchResult } from '../../../../shared/contract.ts'
import { api, problemOf } from '../../api.ts'
import { filtersProblem, type SearchFilters } from './search-filters.tsx'

const PAUSE_MS = 120

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; text: string; last: SearchResult | null }
  | { state: 'done'; text: string; result: SearchResult }
  | { state: 'failed'; text: string; message: string }

export function useSearch(text: string, includeVault: boolean, filters: SearchFilters): SearchState {
  const [answer, setAnswer] = useState<SearchState>({ state: 'idle' })
  const asked = useRef(0)

  const { themeId, from, to } = filters
  useEffect(() => {
    const trimmed = text.trim()
    const question = ++asked.current
    if (!trimmed) {
      setAnswer({ state: 'idle' })
      return
    }
    const problem = filtersProblem({ themeId, from, to })
    if (problem) {
      setAnswer({ state: 'failed', text: trimmed, message: problem })
      return
    }
    setAnswer((before) => ({
      state: 'searching',
      text: trimmed,
      last: before.state === 'done' ? before.result : before.state === 'searching' ? before.last : null
    }))
    const timer = window.setTimeout(() => {
      api.search
        .query({
          text: trimmed,
          includeVault,
          ...(themeId ? { themeIds: [themeId] } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {})
        })
        .then((result) => {
          if (question === asked.current) setAnswer({ state: 'done', text: trimmed, result })
        })
        .catch((error: unknown) => {
          if (question === asked.current) setAnswer({ state: 'failed', text: trimmed, message: problemOf(error).message })
        })
    }, PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [text, includeVault, themeId, from, to])

  return answer
}
