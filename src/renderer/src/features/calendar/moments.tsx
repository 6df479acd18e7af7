// Moments together: what this partner did with the other on a day, as their journal kept it.
// One mark for all of them (two joined rings, a shape no theme dot has), and a sentence for each.

import type { MomentKind } from '../../../../shared/calendar.ts'
import { isolated } from '../../../../shared/text-direction.ts'

/** Two joined rings, drawn in the accent colour; for the eye only (names and sentences say it). */
export function MomentMark() {
  return (
    <svg className="moment-mark" viewBox="0 0 20 12" aria-hidden="true" focusable="false">
      <circle cx="7" cy="6" r="4.5" />
      <circle cx="13" cy="6" r="4.5" />
    </svg>
  )
}

export function momentSentence(kind: MomentKind, partner: string): string {
  const who = isolated(partner)
  switch (kind) {
    case 'asked':
      return `You asked ${who} a question to answer together.`
    case 'answered':
      return `You and ${who} answered a question together.`
    case 'revealed':
      return `You and ${who} revealed your answers to each other.`
    case 'sealed':
      return `You sealed something into your vault for the two of you.`
    case 'opened':
      return `You and ${who} opened your vault together.`
    case 'thanked':
      return `You sealed a thank-you note for ${who}.`
    case 'told':
      return `You sealed a small thing from your check-in to tell ${who}.`
    case 'shared-needs':
      return `You shared with ${who} what you need most right now.`
    case 'spent':
      return `You and ${who} noted a time you spent together.`
  }
}

/** How a day's cell says it had moments together. */
export function momentsLabel(count: number): string {
  return count === 1 ? 'a moment together' : `${count} moments together`
}
