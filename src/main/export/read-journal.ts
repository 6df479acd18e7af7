// The open journal's reflections for an export, theme by theme in the seven themes' order and
// oldest first within each, bodies decrypted a slice at a time so the app keeps answering.
// If the journal locks part way, the export stops (and its caller removes what it wrote).

import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Reflection, ReflectionHeader } from '../../shared/contract.ts'
import { AppError, isAppError } from '../../shared/errors.ts'
import { THEME_IDS } from '../../shared/themes.ts'
import type { CurrentJournal, Journal, OpenJournal } from '../journal/index.ts'

const BODIES_PER_TURN = 25

export function journalLocked(): AppError {
  return new AppError('LOCKED', 'Your journal is locked. Unlock it to export it.')
}

function lockedMidway(): AppError {
  return new AppError('LOCKED', 'Your journal locked while it was being exported, so the export was removed. Unlock it and export again.')
}

function inBookOrder(a: ReflectionHeader, b: ReflectionHeader): number {
  const theme = THEME_IDS.indexOf(a.themeId) - THEME_IDS.indexOf(b.themeId)
  if (theme !== 0) return theme
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
}

/** The journal open now, or LOCKED. */
export function requireOpen(current: CurrentJournal): OpenJournal {
  const open = current()
  if (!open) throw journalLocked()
  return open
}

/** Every readable reflection of `journal` in book order; one whose body fails its check is left out. Stops with LOCKED if the journal closes. */
export async function* reflectionsOf(journal: Journal): AsyncGenerator<Reflection> {
  const headers = journal.list().sort(inBookOrder)
  for (const [i, header] of headers.entries()) {
    if (i % BODIES_PER_TURN === 0) {
      await nextTurn()
      if (journal.signal.aborted) throw lockedMidway()
    }
    try {
      yield journal.get(header.id)
    } catch (error) {
      // Damaged or deleted since the list was taken: the app already tells of damaged ones.
      if (isAppError(error) && (error.code === 'TAMPERED' || error.code === 'NOT_FOUND')) continue
      throw error
    }
  }
  if (journal.signal.aborted) throw lockedMidway()
}
