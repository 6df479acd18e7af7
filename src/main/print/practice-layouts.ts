// How a practice prints (issue 17): a check-in as a small table of its lines, a needs check-in as
// one of its needs in order (and, in the vault, what the other could do for the first), an
// occasion as one of what it is, its kind and a way to be there, in the labels the app shows.
// A reflection or secret that is no practice prints its body as written.

import { CHECK_IN_KEYS, CHECK_IN_LABELS } from '../../shared/check-ins.ts'
import type { Reflection } from '../../shared/contract.ts'
import { OCCASION_LABELS, OCCASION_TONE_LABELS } from '../../shared/occasions.ts'
import { NEEDS_LINE_LABEL, pickLabel, placeName, type NeedsCheckIn, type NeedsOffer } from '../../shared/needs.ts'
import { isolated } from '../../shared/text-direction.ts'
import type { PrintEntry } from './print-book.ts'

type Rows = NonNullable<PrintEntry['table']>

function needsRows(needs: NeedsCheckIn): Rows {
  const rows = needs.top.map((pick, i) => ({ label: `${placeName(i)} need`, value: pickLabel(pick) }))
  if (needs.line) rows.push({ label: NEEDS_LINE_LABEL, value: needs.line })
  return rows
}

/** A needs check-in shared into the vault: its needs, then what the other partner could do this week. */
export function sharedNeedsLayout(needs: NeedsCheckIn | undefined, offer: NeedsOffer | undefined, nameOf: (id: string) => string): Pick<PrintEntry, 'table'> {
  if (!needs) return {}
  const rows = needsRows(needs)
  // The name isolated, as the open vault's own label has it (a label is plain text, so FSI…PDI rather than <bdi>).
  if (offer) rows.push({ label: `One thing ${isolated(nameOf(offer.authorId))} could do this week`, value: offer.text })
  return { table: rows }
}

export function practiceLayout(reflection: Reflection): Pick<PrintEntry, 'table'> {
  const { checkIn } = reflection
  if (checkIn) {
    const rows = CHECK_IN_KEYS.filter((key) => checkIn[key].trim() !== '').map((key) => ({ label: CHECK_IN_LABELS[key], value: checkIn[key].trim() }))
    return { table: rows }
  }
  if (reflection.needs) return { table: needsRows(reflection.needs) }
  const { occasion } = reflection
  if (occasion) {
    const rows: Rows = [{ label: OCCASION_LABELS.what, value: occasion.what.trim() }]
    if (occasion.tone) rows.push({ label: OCCASION_LABELS.tone, value: OCCASION_TONE_LABELS[occasion.tone] })
    if (occasion.line.trim() !== '') rows.push({ label: OCCASION_LABELS.line, value: occasion.line.trim() })
    return { table: rows }
  }
  return {}
}
