// The small talk theme's daily check-in (issue 17, item 5): today's form and the strip of the last
// two weeks, both from the theme's own list (check-ins are reflections whose header holds their
// lines, so nothing more is loaded). The theme's list of reflections leaves them to the strip.

import './check-in.css'
import { localDate } from '../../../../shared/dates.ts'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { CheckInForm } from './check-in-form.tsx'
import { CheckInStrip } from './check-in-strip.tsx'

interface Props {
  checkIns: readonly ReflectionHeader[]
  today: Date
  initialDay?: string | undefined
  onSaved: (header: ReflectionHeader) => void
}

export function DailyCheckIn({ checkIns, today, initialDay, onSaved }: Props) {
  const saved = checkIns.find((c) => c.date === localDate(today)) ?? null
  return (
    <div className="daily-check-in">
      <CheckInForm saved={saved} onSaved={onSaved} />
      <CheckInStrip checkIns={checkIns} today={today} initialDay={initialDay} />
    </div>
  )
}
