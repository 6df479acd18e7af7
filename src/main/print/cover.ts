// The title page's words (issue 18): whose book it is, what was printed, how much of it and the
// days its entries span. "Printed on …" is added when the page is made (print-document.ts).

import { isolated } from '../../shared/text-direction.ts'
import type { PrintCover } from './print-book.ts'
import { headingText } from './entry-html.ts'
import { dateRange } from './print-dates.ts'

interface Counted {
  items: ReadonlyArray<{ date: string }>
}

/** "One reflection", "12 reflections"; the vault's chapters hold secrets, notes and lists alike: "3 entries". */
function howMany(count: number, vault: boolean): string {
  if (vault) return count === 1 ? 'One entry' : `${count} entries`
  return count === 1 ? 'One reflection' : `${count} reflections`
}

/** "12 reflections, 3 March – 20 May 2026": the days are those of the entries, not of the scope asked for. */
function spanOf(chapters: readonly Counted[], vault: boolean): string {
  const dates = chapters.flatMap((c) => c.items.map((item) => item.date)).sort()
  const count = howMany(dates.length, vault)
  return dates.length === 0 ? count : `${count}, ${dateRange(dates[0]!, dates.at(-1)!)}`
}

/** "Ana and Ben"; a name that is gone (a deleted journal) is left out rather than printed blank. */
export function bothNames(names: readonly string[]): string {
  const named = names.map((n) => n.trim()).filter((n) => n !== '')
  // Each name isolated, so two names right to left keep their order around "and".
  return named.length === 0 ? 'Our vault' : named.map(isolated).join(' and ')
}

/** A journal's cover: what was printed is a theme's title, the days asked for ("1–30 November 2026"), "Chosen reflections", or one reflection's title. */
export function journalCover(journalName: string, what: string, chapters: readonly Counted[]): PrintCover {
  return { name: journalName, what, span: spanOf(chapters, false) }
}

/** One reflection is named by its title, as its heading shows it. */
export const quotedTitle = (title: string) => `“${isolated(headingText(title))}”`

/** The vault's cover: "Our secrets", both partners' names, its entries and their days. */
export function vaultCover(partners: readonly string[], chapters: readonly Counted[]): PrintCover {
  return { name: 'Our secrets', what: bothNames(partners), span: spanOf(chapters, true) }
}
