// Two days or chosen reflections told in date order (the print default): every reflection
// oldest first, in a chapter a month ("November 2026"), each naming its theme beside its date,
// as a month of a journal is read back. The chapters by theme are regrouped, nothing re-read.

import { monthYear } from './print-dates.ts'
import type { ThemeId } from '../../shared/themes.ts'

/** The app's own accent: a month is no theme's, so its heading takes the journal's colour. */
export const MONTH_COLOUR = '#6d5a8f'

const MONTH_ID = 'month-'

/** A chapter a month holds reflections, as a theme's does. */
export const isMonthChapter = (chapterId: string) => chapterId.startsWith(MONTH_ID)

interface Dated {
  date: string
  createdAt: string
  themeId?: ThemeId
}

export function oldestFirst(a: Dated, b: Dated): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
}

/** The month chapters of what the theme chapters hold, oldest month first; empty months are not printed. */
export function chaptersByMonth<I extends Dated>(chapters: ReadonlyArray<{ items: I[] }>): Array<{ id: string; title: string; colour: string; items: I[] }> {
  const months = new Map<string, I[]>()
  for (const item of chapters.flatMap((c) => c.items).sort(oldestFirst)) {
    const month = item.date.slice(0, 7)
    const items = months.get(month)
    if (items) items.push(item)
    else months.set(month, [item])
  }
  return [...months].map(([month, items]) => ({ id: `${MONTH_ID}${month}`, title: monthYear(`${month}-01`), colour: MONTH_COLOUR, items }))
}

/** How many months the items span (a month with nothing in it between two others is not counted). */
export function monthsOf(chapters: ReadonlyArray<{ items: ReadonlyArray<{ date: string }> }>): number {
  return new Set(chapters.flatMap((c) => c.items.map((item) => item.date.slice(0, 7)))).size
}
