// "What keeps coming back": the needs of the last four weeks, three months or all time, heaviest
// first, each with a bar and the same numbers in words (the bar is only a picture of them). It
// counts what was written, never the days without a check-in.

import '../../../ui/segmented.css'
import './needs-over-time.css'
import { useId, useState, type CSSProperties } from 'react'
import { localDate } from '../../../../../shared/dates.ts'
import { needsPicture, NEEDS_WINDOWS, placesInWords, windowStart, type DatedNeeds, type NeedsWindow } from '../../../../../shared/needs-picture.ts'

const WINDOWS: Record<NeedsWindow, { label: string; inSentence: string }> = {
  last4Weeks: { label: 'Last 4 weeks', inSentence: 'in the last four weeks' },
  last3Months: { label: 'Last 3 months', inSentence: 'in the last three months' },
  allTime: { label: 'All', inSentence: 'so far' }
}

function checkInsText(count: number): string {
  return count === 1 ? 'one check-in' : `${count.toLocaleString()} check-ins`
}

interface Props {
  checkIns: readonly DatedNeeds[]
  today: Date
}

export function NeedsPicture({ checkIns, today }: Props) {
  const ids = useId()
  const [window, setWindow] = useState<NeedsWindow>('last4Weeks')
  const from = windowStart(window, today)
  const last = localDate(today)
  const counted = checkIns.filter((c) => (from === null || c.date >= from) && c.date <= last)
  const tallies = needsPicture(counted, from, last)
  const heaviest = tallies[0]?.weight ?? 1

  return (
    <section className="needs-picture" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>What keeps coming back</h2>
      {checkIns.length === 0 ? (
        <p className="needs-picture__empty">After a few check-ins, the needs you name most often gather here, the ones you put first weighing most.</p>
      ) : (
        <>
          <fieldset className="segmented">
            <legend className="visually-hidden">Show the needs of</legend>
            {NEEDS_WINDOWS.map((value) => (
              <label key={value} className="segmented__choice">
                <input type="radio" name={`${ids}-window`} value={value} checked={window === value} onChange={() => setWindow(value)} />
                <span>{WINDOWS[value].label}</span>
              </label>
            ))}
          </fieldset>
          {tallies.length === 0 ? (
            <p className="needs-picture__empty">No check-ins {WINDOWS[window].inSentence}. The other views show what came before.</p>
          ) : (
            <>
              <p className="needs-picture__summary" id={`${ids}-summary`}>
                From {checkInsText(counted.length)} {WINDOWS[window].inSentence}; a first place counts most.
              </p>
              <ol className="needs-picture__list" aria-describedby={`${ids}-summary`}>
                {tallies.map((tally) => (
                  <li key={tally.key} className="needs-picture__need" style={{ '--share': `${Math.round((tally.weight / heaviest) * 100)}%` } as CSSProperties}>
                    <span className="needs-picture__label">
                      {tally.label}
                      {!tally.id && <span className="needs-picture__own"> · in your words</span>}
                    </span>
                    <span className="needs-picture__places">{placesInWords(tally.places)}</span>
                    <span className="needs-picture__bar" aria-hidden="true" />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  )
}
