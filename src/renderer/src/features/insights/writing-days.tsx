// How many days someone has written on, and runs of days, said as something to enjoy rather
// than something to keep up: nothing is said about a run that ended.

import type { WritingDays as Numbers } from '../../../../shared/insights.ts'
import { days, inWords } from './words.ts'

export function writingDaysSentences({ days: total, daysLast30, currentRun, longestRun }: Numbers): string[] {
  if (total === 0) return ['Nothing written yet, and that is fine. Whenever you like, any theme is a good place to begin.']
  const sentences = [
    daysLast30 > 0 && daysLast30 < total
      ? `You've written on ${days(total)}, ${inWords(daysLast30)} of them in the last 30.`
      : `You've written on ${days(total)}.`
  ]
  if (currentRun >= 2) sentences.push(`${days(currentRun).replace(/^./, (c) => c.toUpperCase())} in a row now.`)
  if (longestRun >= 2 && longestRun > currentRun) sentences.push(`Your longest run: ${days(longestRun)}.`)
  return sentences
}

export function WritingDays({ numbers }: { numbers: Numbers }) {
  return <p className="writing-days">{writingDaysSentences(numbers).join(' ')}</p>
}
