// The calendar's answers from the open journal. They hold reflection titles (decrypted), so
// they live only in this screen's state and go when it unmounts on lock.

import { useEffect, useState } from 'react'
import type { CalendarMonth, CalendarYear } from '../../../../shared/calendar.ts'
import { api, problemOf } from '../../api.ts'

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string }

function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<{ key: string; answer: Loaded<T> }>({ key, answer: { state: 'loading' } })
  useEffect(() => {
    let current = true
    load()
      .then((value) => current && setLoaded({ key, answer: { state: 'ready', value } }))
      .catch((error: unknown) => current && setLoaded({ key, answer: { state: 'failed', message: problemOf(error).message } }))
    return () => {
      current = false
    }
    // `key` names what `load` asks for, so it is all the effect depends on.
  }, [key])
  // An answer for another month is never shown as this one's.
  return loaded.key === key ? loaded.answer : { state: 'loading' }
}

export function useCalendarMonth(month: string): Loaded<CalendarMonth> {
  return useLoaded(() => api.calendar.month({ month }), month)
}

export function useCalendarYear(year: number): Loaded<CalendarYear> {
  return useLoaded(() => api.calendar.year({ year }), String(year))
}
