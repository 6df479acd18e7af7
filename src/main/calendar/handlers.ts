// The calendar group: the open journal's reflections by day, for a month or a year.

import type { Backend } from '../../shared/contract.ts'
import type { Journal } from '../journal/index.ts'
import { calendarMonth } from './month.ts'
import { calendarYear } from './year.ts'

export function calendarHandlers({ journal }: { journal: () => Journal }): Backend['calendar'] {
  return {
    month: async ({ month }) => calendarMonth(journal().headers(), month),
    year: async ({ year }) => calendarYear(journal().headers(), year)
  }
}
