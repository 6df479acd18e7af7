// The home screen's insights, read when it opens. They are decrypted data, so they live only
// in this hook's state and go when the screen unmounts on lock (ui/use-load.ts).

import { useCallback } from 'react'
import type { Insights } from '../../../../shared/insights.ts'
import type { ThemeId } from '../../../../shared/themes.ts'
import { api } from '../../api.ts'
import { useLoad, type Loaded } from '../../ui/use-load.ts'

export function useInsights(): { insights: Loaded<Insights>; dismissNudge: (themeId: ThemeId) => Promise<void> } {
  const { loaded, set } = useLoad(() => api.insights.summary(), 'insights')

  // Throws the problem for the nudge card to show; the rest of the screen stays as it was.
  const dismissNudge = useCallback(
    async (themeId: ThemeId) => {
      set(await api.insights.dismissNudge({ themeId }))
    },
    [set]
  )

  return { insights: loaded, dismissNudge }
}
