// How a practice kept in a journal prints (issue 17): a check-in as a small table of its lines,
// in the labels the app shows. A reflection that is no practice prints its body as written.

import { CHECK_IN_KEYS, CHECK_IN_LABELS } from '../../shared/check-ins.ts'
import type { Reflection } from '../../shared/contract.ts'
import type { PrintEntry } from './print-book.ts'

export function practiceLayout(reflection: Reflection): Pick<PrintEntry, 'table'> {
  const { checkIn } = reflection
  if (checkIn) {
    const rows = CHECK_IN_KEYS.filter((key) => checkIn[key].trim() !== '').map((key) => ({ label: CHECK_IN_LABELS[key], value: checkIn[key].trim() }))
    return { table: rows }
  }
  return {}
}
