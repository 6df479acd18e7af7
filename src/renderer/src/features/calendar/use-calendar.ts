// The calendar's answers from the open journal. They hold reflection titles (decrypted), so
// they live only in this screen's state and go when it unmounts on lock (ui/use-load.ts).

import type { CalendarMonth, CalendarYear } from '../../../../shared/calendar.ts'
import { api } from '../../api.ts'
import { useLoad, type Loaded } from '../../ui/use-load.ts'

export type { Loaded }

export function useCalendarMonth(month: string): Loaded<CalendarMonth> {
  return useLoad(() => api.calendar.month({ month }), month).loaded
}

export function useCalendarYear(year: number): Loaded<CalendarYear> {
  return useLoad(() => api.calendar.year({ year }), String(year)).loaded
}
