// What a print scope holds: the open journal's reflections (or the open vault's secrets) that
// it names, in chapters in the seven themes' order, oldest first within each; two days or chosen
// reflections in date order are regrouped into a chapter a month (by-month.ts). Choosing works on
// the decrypted headers already in memory; only building the book decrypts bodies, in slices.
// A journal only ever reaches its own reflections: a partner's are not in it to be chosen.

import { setImmediate as nextTurn } from 'node:timers/promises'
import { AppError } from '../../shared/errors.ts'
import type { PrintOptions, PrintScope, PrintSummary } from '../../shared/print.ts'
import { isolated } from '../../shared/text-direction.ts'
import { THEMES, type ThemeId } from '../../shared/themes.ts'
import type { CurrentJournal } from '../journal/index.ts'
import type { OpenVault } from '../vault/index.ts'
import type { PrintBook, PrintChapter, PrintCover, PrintEntry } from './print-book.ts'
import { chaptersByMonth, monthsOf, oldestFirst } from './by-month.ts'
import { journalCover, quotedTitle, vaultCover } from './cover.ts'
import { dateRange } from './print-dates.ts'
import { practiceLayout, sharedNeedsLayout } from './practice-layouts.ts'
import { readTime, TIME_CHAPTER, timeItems } from './time-together-print.ts'

/** Where printed reflections come from: only what is open right now. */
export interface PrintSources {
  /** The open journal (with its owner's display name); null while locked. */
  journal: CurrentJournal
  /** The open vault; null while locked. */
  vault: () => OpenVault | null
  /** A partner's display name, for the author of a secret. */
  nameOf: (profileId: string) => string
}

// Bodies decrypted per turn of the event loop (each costs well under a millisecond).
const BODIES_PER_TURN = 25

const VAULT_CHAPTER = { id: 'vault', title: 'Our secrets', colour: THEMES.find((t) => t.id === 'trust')!.colour }

interface Item {
  id: string
  title: string
  date: string
  createdAt: string
  authorId?: string
  themeId?: ThemeId
}

/** A scope chosen but not yet read: headers in chapters, and how to read each body. */
interface Selection {
  journalName: string
  scopeLabel: string
  /** The document's title and author (print-book.ts). */
  documentTitle: string
  author: string
  /** Every chapter the scope could show, empty ones included. */
  chapters: Array<{ id: string; title: string; colour: string; items: Item[] }>
  /** Whether the scope spans the themes (two days, chosen ones): it may print by month, or with empty themes. */
  spansThemes: boolean
  /** The title page's words for the chapters that are printed. */
  cover: (chapters: Selection['chapters']) => PrintCover
  read: (id: string) => Omit<PrintEntry, 'id' | 'title' | 'date'>
  /** False once what was read from has locked. */
  stillOpen: () => boolean
}

function journalLocked(): AppError {
  return new AppError('LOCKED', 'Your journal is locked. Unlock it to print from it.')
}

function vaultLocked(): AppError {
  return new AppError('LOCKED', 'The vault is locked. Open it together to print its secrets.')
}

function missing(count: number): AppError {
  return new AppError(
    'NOT_FOUND',
    count === 1
      ? 'One of the chosen reflections is not in your journal. It may have been deleted; choose again and print.'
      : `${count} of the chosen reflections are not in your journal. They may have been deleted; choose again and print.`
  )
}

function selectFromJournal(scope: Exclude<PrintScope, { kind: 'vault' }>, sources: PrintSources): Selection {
  const open = sources.journal()
  if (!open) throw journalLocked()
  const { journal } = open
  const headers = journal.list()
  let chosen = headers
  let scopeLabel: string
  let what: string | undefined
  let printed: string
  switch (scope.kind) {
    case 'reflection':
      chosen = headers.filter((h) => h.id === scope.id)
      if (chosen.length === 0) throw new AppError('NOT_FOUND', 'That reflection is not in your journal. It may have been deleted.')
      scopeLabel = 'One reflection'
      what = quotedTitle(chosen[0]!.title)
      printed = chosen[0]!.title.replace(/\s+/g, ' ').trim() || scopeLabel
      break
    case 'theme':
      chosen = headers.filter((h) => h.themeId === scope.themeId)
      scopeLabel = THEMES.find((t) => t.id === scope.themeId)!.title
      printed = scopeLabel
      break
    case 'dateRange':
      if (scope.to < scope.from)
        throw new AppError('INVALID_INPUT', 'The last day is before the first. Choose a last day on or after the first.', { field: 'to' })
      chosen = headers.filter((h) => h.date >= scope.from && h.date <= scope.to)
      scopeLabel = dateRange(scope.from, scope.to)
      printed = scopeLabel
      break
    case 'chosen': {
      const wanted = new Set(scope.ids)
      chosen = headers.filter((h) => wanted.has(h.id))
      // Unknown ids are counted, never named: they may be a partner's, and say nothing of them.
      if (chosen.length < wanted.size) throw missing(wanted.size - chosen.length)
      scopeLabel = 'Chosen reflections'
      printed = scopeLabel
      break
    }
  }
  const themes = scope.kind === 'theme' ? THEMES.filter((t) => t.id === scope.themeId) : THEMES
  // The name isolated (FSI…PDI when it runs right to left), so "’s journal" stays after it everywhere it shows.
  const journalName = `${isolated(open.displayName)}'s journal`
  return {
    journalName,
    scopeLabel,
    cover: (chapters) => journalCover(journalName, what ?? scopeLabel, chapters),
    documentTitle: `${open.displayName} — ${printed}`,
    author: open.displayName,
    chapters: themes.map((t) => ({ id: t.id, title: t.title, colour: t.colour, items: chosen.filter((h) => h.themeId === t.id) })),
    spansThemes: scope.kind === 'dateRange' || scope.kind === 'chosen',
    read: (id) => {
      const reflection = journal.get(id)
      const { body, prompt } = reflection
      return { body, ...(prompt === null ? {} : { prompt }), ...practiceLayout(reflection) }
    },
    stillOpen: () => !journal.signal.aborted
  }
}

function selectFromVault(sources: PrintSources): Selection {
  const vault = sources.vault()
  if (!vault) throw vaultLocked()
  const time = vault.time.peek()
  return {
    journalName: 'Our vault',
    scopeLabel: 'Our secrets',
    documentTitle: 'Our secrets',
    author: vault.partners
      .map(sources.nameOf)
      .filter((name) => name.trim() !== '')
      .join(' and '),
    chapters: [
      { ...VAULT_CHAPTER, items: vault.list() },
      { ...TIME_CHAPTER, items: timeItems(time) }
    ],
    spansThemes: false,
    cover: (chapters) => vaultCover(vault.partners.map(sources.nameOf), chapters),
    read: (id) => {
      const together = readTime(id, time)
      if (together) return together
      const secret = vault.peek(id)
      const card = secret.kind === 'thanks' && secret.forId ? { card: { forName: sources.nameOf(secret.forId) } } : {}
      const table = secret.kind === 'needs' ? sharedNeedsLayout(secret.needs, secret.responses.offer, sources.nameOf) : {}
      return { body: secret.body, author: sources.nameOf(secret.authorId), ...card, ...table }
    },
    stillOpen: () => !vault.signal.aborted
  }
}

function select(scope: PrintScope, sources: PrintSources): Selection {
  const selection = scope.kind === 'vault' ? selectFromVault(sources) : selectFromJournal(scope, sources)
  for (const chapter of selection.chapters) chapter.items.sort(oldestFirst)
  return selection
}

function datesOf(chapters: Selection['chapters']): { from: string | null; to: string | null } {
  let from: string | null = null
  let to: string | null = null
  for (const { items } of chapters) {
    for (const { date } of items) {
      if (from === null || date < from) from = date
      if (to === null || date > to) to = date
    }
  }
  return { from, to }
}

/** What the scope holds, from headers alone (nothing is decrypted for it). */
export function printSummary(scope: PrintScope, sources: PrintSources): PrintSummary {
  const { chapters } = select(scope, sources)
  const filled = chapters.filter((c) => c.items.length > 0)
  return { items: filled.reduce((n, c) => n + c.items.length, 0), chapters: filled.length, months: monthsOf(filled), ...datesOf(filled) }
}

/**
 * Throws what printing the scope would (LOCKED, NOT_FOUND, nothing to print) without reading
 * a body; else the book's names, for a file name.
 */
export function requirePrintable(scope: PrintScope, sources: PrintSources): Pick<PrintBook, 'journalName' | 'scopeLabel'> {
  const { chapters, journalName, scopeLabel } = select(scope, sources)
  if (chapters.every((c) => c.items.length === 0)) throw nothingToPrint(scope)
  return { journalName, scopeLabel }
}

/**
 * The book for a scope, bodies decrypted a slice per turn of the event loop. Fails with
 * LOCKED if the journal (or vault) locks meanwhile, and with NOT_FOUND when there is nothing
 * to print, so no empty document is ever made.
 */
export async function printBook(scope: PrintScope, options: PrintOptions, sources: PrintSources): Promise<PrintBook> {
  const selection = select(scope, sources)
  const { read, stillOpen } = selection
  if (selection.chapters.every((c) => c.items.length === 0)) throw nothingToPrint(scope)
  const byMonth = selection.spansThemes && options.arrangement === 'byDate'
  const all = byMonth ? chaptersByMonth(selection.chapters) : selection.chapters
  const chapters: PrintChapter[] = []
  let done = 0
  for (const chapter of all) {
    if (chapter.items.length === 0 && !(selection.spansThemes && options.includeEmptyThemes)) continue
    const entries: PrintEntry[] = []
    for (const item of chapter.items) {
      if (done++ % BODIES_PER_TURN === 0) {
        await nextTurn()
        if (!stillOpen()) throw scope.kind === 'vault' ? vaultLocked() : journalLocked()
      }
      const theme = byMonth && item.themeId ? { themeId: item.themeId } : {}
      entries.push({
        id: item.id,
        title: item.title,
        date: item.date,
        ...theme,
        ...readIntact(read, item.id, scope.kind === 'vault' ? 'secrets' : 'reflections')
      })
    }
    chapters.push({ id: chapter.id, title: chapter.title, colour: chapter.colour, entries })
  }
  // A date range prints as asked ("1 – 31 March"), not as the first and last day written in it.
  const dates = scope.kind === 'dateRange' ? { from: scope.from, to: scope.to } : datesOf(all)
  const { journalName, scopeLabel, documentTitle, author } = selection
  return { journalName, scopeLabel, documentTitle, author, ...dates, chapters, cover: selection.cover(all) }
}

function readIntact(read: Selection['read'], id: string, things: string): ReturnType<Selection['read']> {
  try {
    return read(id)
  } catch (error) {
    if (error instanceof AppError && error.code === 'TAMPERED') {
      throw new AppError('TAMPERED', `One of these ${things} failed its integrity check, so nothing was printed. Choose the others and print again.`)
    }
    throw error
  }
}

function nothingToPrint(scope: PrintScope): AppError {
  switch (scope.kind) {
    case 'vault':
      return new AppError('NOT_FOUND', 'The vault holds no secrets yet, so there is nothing to print.')
    case 'theme':
      return new AppError('NOT_FOUND', 'There are no reflections in this theme yet, so there is nothing to print.')
    case 'dateRange':
      return new AppError('NOT_FOUND', 'There are no reflections between these dates. Choose other dates and print again.')
    default:
      return new AppError('NOT_FOUND', 'There is nothing to print in this choice.')
  }
}
