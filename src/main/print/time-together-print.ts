// Time together in the vault's book (issue 17, item 4): a chapter of its own after the secrets,
// with what the two of them did as a dated list (oldest first, as a story is told) and their
// ideas as a list, those planned said so. Read without marking new ideas seen.

import { themeById } from '../../shared/themes.ts'
import type { TimeTogether } from '../../shared/time-together.ts'
import type { PrintEntry } from './print-book.ts'
import { longDate } from './print-dates.ts'

const QUALITY_TIME = themeById('quality-time')
export const TIME_CHAPTER = { id: 'time-together', title: 'Time together', colour: QUALITY_TIME.colour }

const DONE = 'time-together-done'
const IDEAS = 'time-together-ideas'

interface TimeItem {
  id: string
  title: string
  date: string
  createdAt: string
}

const newest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a))

/** The chapter's entries, from what is in the vault: none when it holds neither a time logged nor an idea. */
export function timeItems(time: TimeTogether): TimeItem[] {
  const items: TimeItem[] = []
  if (time.log.length > 0) {
    const date = newest(time.log.map((t) => t.date))
    items.push({ id: DONE, title: 'What we did together', date, createdAt: `${date}T00:00:00.000Z` })
  }
  if (time.ideas.length > 0) {
    const added = newest(time.ideas.map((i) => i.addedAt))
    items.push({ id: IDEAS, title: 'Ideas for the two of us', date: added.slice(0, 10), createdAt: added })
  }
  return items
}

/** What one of the chapter's entries prints, or null if `id` is not one of them. */
export function readTime(id: string, time: TimeTogether): Omit<PrintEntry, 'id' | 'title' | 'date'> | null {
  const body = { type: 'doc', content: [] }
  if (id === DONE) {
    const oldestFirst = [...time.log].reverse()
    return { body, list: oldestFirst.map((t) => ({ when: t.date, text: t.what })) }
  }
  if (id === IDEAS) {
    return { body, list: time.ideas.map((i) => ({ text: i.text, ...(i.planned ? { note: `planned for the week of ${longDate(i.planned)}` } : {}) })) }
  }
  return null
}
