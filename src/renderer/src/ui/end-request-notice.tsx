// "Ana asked to end your vault on 3 Dec 2026. It ends on 10 Dec 2026 unless you open it together
// before then.": said on the lock screen and in the other partner's journal. The asker's own
// journal says it in its settings instead (`forOthersOnly`).

import type { EndingsStatus } from '../../../shared/contract.ts'
import { api } from '../api.ts'
import { formatDay } from './dates.ts'
import { useLoad } from './use-load.ts'
import './end-request-notice.css'

export function endDates(request: NonNullable<EndingsStatus['request']>): { asked: string; ends: string } {
  const day = (iso: string) => formatDay(iso.slice(0, 10))
  return { asked: day(request.requestedAt), ends: day(request.endsAt) }
}

export function EndRequestNotice({ forOthersOnly = false }: { forOthersOnly?: boolean }) {
  const { loaded } = useLoad(() => api.endings.status(), 'endings')
  const request = loaded.state === 'ready' ? loaded.value.request : null
  if (!request || (forOthersOnly && request.mine)) return null
  const { asked, ends } = endDates(request)
  return (
    <p className="end-request-notice" role="note">
      <bdi>{request.displayName}</bdi> asked to end your vault on {asked}. It ends on {ends} unless you open it together before then.
    </p>
  )
}
