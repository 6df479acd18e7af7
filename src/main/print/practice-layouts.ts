// How a practice kept in a journal prints (issue 17): a check-in as a small table of its lines,
// an occasion as one of what it is, its kind and a way to be there, in the labels its body
// keeps. A reflection that is no practice prints its body as written.

import { CHECK_IN_KEYS, CHECK_IN_LABELS } from '../../shared/check-ins.ts'
import type { Reflection } from '../../shared/contract.ts'
import { OCCASION_LABELS, OCCASION_TONE_LABELS } from '../../shared/occasions.ts'
import type { PrintEntry } from './print-book.ts'

export function practiceLayout(reflection: Reflection): Pick<PrintEntry, 'table'> {
  const { checkIn } = reflection
  if (checkIn) {
    const rows = CHECK_IN_KEYS.filter((key) => checkIn[key].trim() !== '').map((key) => ({ label: CHECK_IN_LABELS[key], value: checkIn[key].trim() }))
    return { table: rows }
  }
  const { occasion } = reflection
  if (occasion) {
    const rows: Array<{ label: string; value: string }> = [{ label: OCCASION_LABELS.what, value: occasion.what.trim() }]
    if (occasion.tone) rows.push({ label: OCCASION_LABELS.tone, value: OCCASION_TONE_LABELS[occasion.tone] })
    if (occasion.line.trim() !== '') rows.push({ label: OCCASION_LABELS.line, value: occasion.line.trim() })
    return { table: rows }
  }
  return {}
}
