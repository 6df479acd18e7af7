// "Your last check-ins": the newest few needs check-ins, each its day, its needs in order and its
// line. One opened from search or the calendar (`initialDay`) is among them, marked, and in view.

import './needs-over-time.css'
import { useEffect, useId, useRef } from 'react'
import type { ReflectionHeader } from '../../../../../shared/contract.ts'
import { pickLabel } from '../../../../../shared/needs.ts'
import { formatDayWithWeekday } from '../../../ui/dates.ts'

export const LATELY_SHOWN = 5

interface Props {
  /** Newest first. */
  checkIns: readonly ReflectionHeader[]
  initialDay?: string | undefined
}

export function NeedsLately({ checkIns, initialDay }: Props) {
  const ids = useId()
  const opened = useRef<HTMLLIElement>(null)
  const shown = checkIns.slice(0, LATELY_SHOWN)
  const asked = initialDay === undefined ? undefined : checkIns.find((c) => c.date === initialDay)
  if (asked && !shown.includes(asked)) shown.push(asked)

  useEffect(() => {
    opened.current?.scrollIntoView({ block: 'nearest' })
  }, [])

  if (checkIns.length === 0) return null
  return (
    <section className="needs-lately" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your last check-ins</h2>
      <ol className="needs-lately__list" aria-labelledby={`${ids}-title`}>
        {shown.map((checkIn) => {
          const isAsked = checkIn === asked
          return (
            <li
              key={checkIn.id}
              ref={isAsked ? opened : undefined}
              className={isAsked ? 'needs-lately__item needs-lately__item--asked' : 'needs-lately__item'}
              aria-current={isAsked ? 'true' : undefined}
            >
              <h3>{formatDayWithWeekday(checkIn.date)}</h3>
              <ol className="needs-lately__needs">
                {checkIn.needs!.top.map((pick, index) => (
                  <li key={index}>
                    <bdi>{pickLabel(pick)}</bdi>
                  </li>
                ))}
              </ol>
              {checkIn.needs!.line && (
                <p className="needs-lately__line" dir="auto">
                  {checkIn.needs!.line}
                </p>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
