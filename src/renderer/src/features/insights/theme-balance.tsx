// "How your writing is spread": the heptagon for the last 30 days, 12 months or all time,
// with the same numbers as a table (which doubles as the chart's legend) and writing days.
// Once the journal has kept moments together, each axis is reflections plus the moments its
// theme counts (all of them trust), and the table gives the two apart, so nothing is inflated
// unseen.

import { useId, useState, type CSSProperties } from 'react'
import { BALANCE_WINDOWS, type BalanceWindow, type Insights } from '../../../../shared/insights.ts'
import { THEMES } from '../../../../shared/themes.ts'
import { balanceSummary, TRUST_TITLE, WINDOW_NAMES, type Counts } from './balance-words.ts'
import { Heptagon } from './heptagon.tsx'
import { WritingDays } from './writing-days.tsx'
import '../../ui/segmented.css'
import './insights.css'

export function ThemeBalance({ insights, partnerName }: { insights: Insights; partnerName: string | null }) {
  const id = useId()
  const [window, setWindow] = useState<BalanceWindow>('last30Days')
  const counts = insights.balance[window]
  const together = insights.together[window]
  // The column and the note stay in every window once there is a moment at all, so the table keeps its shape.
  const withTogether = THEMES.some((theme) => insights.together.allTime[theme.id] > 0)
  const chartCounts = Object.fromEntries(THEMES.map((theme) => [theme.id, counts[theme.id] + together[theme.id]])) as Counts
  const total = THEMES.reduce((sum, theme) => sum + chartCounts[theme.id], 0)
  const journalEmpty = THEMES.every((theme) => insights.balance.allTime[theme.id] === 0) && !withTogether

  return (
    <section className="balance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="home__section-title">
        {withTogether ? 'How your writing and time together are spread' : 'How your writing is spread'}
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
              <Heptagon counts={chartCounts} label={balanceSummary(counts, window, withTogether ? together : undefined)} />
            )}
            <table className="balance__table">
              <caption className="visually-hidden">
                {withTogether ? 'Reflections and moments together' : 'Reflections'} per theme {WINDOW_NAMES[window].inSentence}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Theme</th>
                  <th scope="col">Reflections</th>
                  {withTogether && <th scope="col">Together</th>}
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
                    {withTogether && <td>{together[theme.id].toLocaleString()}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {withTogether && (
            <p className="balance__note">
              Moments together are what you did in your vault with {partnerName ? <bdi>{partnerName}</bdi> : 'your partner'}: a question asked, answered or
              revealed, something sealed for you both, a thank-you note, the vault opened together. Each counts in the theme it belongs to (most under “
              {TRUST_TITLE}”), beside what you wrote.
            </p>
          )}
        </>
      )}
    </section>
  )
}
