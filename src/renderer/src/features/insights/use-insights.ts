// The home screen's insights, read when it opens. They are decrypted data, so they live only
// in this hook's state and go when the screen unmounts on lock.

import { useCallback, useEffect, useState } from 'react'
import type { Insights } from '../../../../shared/insights.ts'
import type { ThemeId } from '../../../../shared/themes.ts'
import { api, problemOf } from '../../api.ts'

export type InsightsState = { state: 'loading' } | { state: 'ready'; insights: Insights } | { state: 'failed'; message: string }

export function useInsights(): { insights: InsightsState; dismissNudge: (themeId: ThemeId) => Promise<void> } {
  const [insights, setInsights] = useState<InsightsState>({ state: 'loading' })

  useEffect(() => {
    let current = true
    api.insights
      .summary()
      .then((answer) => current && setInsights({ state: 'ready', insights: answer }))
      .catch((error: unknown) => current && setInsights({ state: 'failed', message: problemOf(error).message }))
    return () => {
      current = false
    }
  }, [])

  // Throws the problem for the nudge card to show; the rest of the screen stays as it was.
  const dismissNudge = useCallback(async (themeId: ThemeId) => {
    const answer = await api.insights.dismissNudge({ themeId })
    setInsights({ state: 'ready', insights: answer })
  }, [])

  return { insights, dismissNudge }
}
