// The emotional needs theme's needs check-in (issue 17, item 2): today's form, what keeps coming
// back, and the last few, all from the theme's own list (a needs check-in is a reflection whose
// header holds its needs, so nothing more is loaded). The theme's list leaves them to this.

import './needs.css'
import type { ReflectionHeader } from '../../../../../shared/contract.ts'
import { localDate } from '../../../../../shared/dates.ts'
import { NeedsForm } from './needs-form.tsx'
import { NeedsLately } from './needs-lately.tsx'
import { NeedsPicture } from './needs-picture.tsx'

interface Props {
  /** The theme's needs check-ins, newest first. */
  checkIns: readonly ReflectionHeader[]
  today: Date
  initialDay?: string | undefined
  onSaved: (header: ReflectionHeader) => void
}

export function NeedsCheckIn({ checkIns, today, initialDay, onSaved }: Props) {
  const saved = checkIns.find((c) => c.date === localDate(today)) ?? null
  const dated = checkIns.map((c) => ({ date: c.date, needs: c.needs! }))
  return (
    <div className="needs-check-in">
      <NeedsForm saved={saved} onSaved={onSaved} />
      <div className="needs-check-in__over-time">
        <NeedsPicture checkIns={dated} today={today} />
        <NeedsLately checkIns={checkIns} initialDay={initialDay} />
      </div>
    </div>
  )
}
