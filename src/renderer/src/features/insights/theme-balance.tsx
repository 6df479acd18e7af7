// "How your writing is spread": the heptagon for the last 30 days, 12 months or all time,
// with the same numbers as a table (which doubles as the chart's legend) and writing days.

import { useId, useState, type CSSProperties } from 'react'
import { BALANCE_WINDOWS, type BalanceWindow, type Insights } from '../../../../shared/insights.ts'
import { THEMES, type ThemeId } from '../../../../shared/themes.ts'
import { Heptagon } from './heptagon.tsx'
import { WritingDays } from './writing-days.tsx'
import './insights.css'

const WINDOW_NAMES: Record<BalanceWindow, { label: string; inSentence: string }> = {
  last30Days: { label: 'Last 30 days', inSentence: 'in the last 30 days' },
  last12Months: { label: '12 months', inSentence: 'in the last 12 months' },
  allTime: { label: 'All time', inSentence: 'so far' }
}

function count(n: number): string {
  return n === 1 ? '1 reflection' : `${n.toLocaleString()} reflections`
}

/** What the chart shows, in a sentence or two, for screen readers. */
export function balanceSummary(counts: Record<ThemeId, number>, window: BalanceWindow): string {
  const sorted = [...THEMES].sort((a, b) => counts[b.id] - counts[a.id])
  const most = sorted[0]!
  const least = sorted.at(-1)!
  if (counts[most.id] === counts[least.id]) return `Theme balance ${WINDOW_NAMES[window].inSentence}: ${count(counts[most.id])} in every theme.`
  return `Theme balance ${WINDOW_NAMES[window].inSentence}: most in ${most.title} (${count(counts[most.id])}), least in ${least.title} (${count(counts[least.id])}). The table beside it has every number.`
}

export function ThemeBalance({ insights }: { insights: Insights }) {
  const id = useId()
  const [window, setWindow] = useState<BalanceWindow>('last30Days')
  const counts = insights.balance[window]
  const total = THEMES.reduce((sum, theme) => sum + counts[theme.id], 0)
  const journalEmpty = THEMES.every((theme) => insights.balance.allTime[theme.id] === 0)

  return (
    <section className="balance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="home__section-title">
        How your writing is spread
      </h2>
      {journalEmpty ? (
        <p className="writing-days">
          Nothing written yet, and that is fine. Whenever you like, any theme is a good place to begin, and a seven-sided picture here will show which themes
          you have spent time with.
        </p>
      ) : (
        <>
          <WritingDays numbers={insights.writing} />
          <fieldset className="segmented">
            <legend className="visually-hidden">Show the balance for</legend>
            {BALANCE_WINDOWS.map((value) => (
              <label key={value} className="segmented__choice">
                <input type="radio" name={`${id}-window`} value={value} checked={window === value} onChange={() => setWindow(value)} />
                <span>{WINDOW_NAMES[value].label}</span>
              </label>
            ))}
          </fieldset>
          <div className="balance__body">
            {total === 0 ? (
              <p className="balance__empty">Nothing written {WINDOW_NAMES[window].inSentence} yet. The other views show what came before.</p>
            ) : (
              <Heptagon counts={counts} label={balanceSummary(counts, window)} />
            )}
            <table className="balance__table">
              <caption className="visually-hidden">Reflections per theme {WINDOW_NAMES[window].inSentence}</caption>
              <thead>
                <tr>
                  <th scope="col">Theme</th>
                  <th scope="col">Reflections</th>
                </tr>
              </thead>
              <tbody>
                {THEMES.map((theme) => (
                  <tr key={theme.id} style={{ '--theme-colour': theme.colour } as CSSProperties}>
                    <th scope="row">
                      <span className="balance__swatch" aria-hidden="true" />
                      {theme.title}
                    </th>
                    <td>{counts[theme.id].toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
