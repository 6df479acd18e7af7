// The journal's groups of the contract: reflections, the themes' summary and the partner's
// settings, each over the open journal (the session's; asking with none open is LOCKED).

import type { Backend } from '../../shared/contract.ts'
import type { SessionEvents } from '../app/session-events.ts'
import { refuseCheckInEdit, saveCheckIn } from './check-ins.ts'
import type { Journal } from './journal.ts'
import type { ProfileSettings } from './settings.ts'

export interface JournalHandlerDeps {
  /** The open journal and its settings; each throws LOCKED when none is open. */
  journal: () => Journal
  settings: () => ProfileSettings
  /** Told of each reflection saved or deleted (the search index keeps up with it). */
  events: SessionEvents
  now?: () => number
}

export function journalHandlers({
  journal,
  settings,
  events,
  now = Date.now
}: JournalHandlerDeps): Pick<Backend, 'reflections' | 'themes' | 'settings' | 'checkIns'> {
  return {
    reflections: {
      create: async (input) => {
        const created = journal().create(input)
        events.emit('reflection-saved', created.id)
        return created
      },
      update: async (input) => {
        refuseCheckInEdit(journal(), input)
        const header = journal().update(input)
        events.emit('reflection-saved', header.id)
        return header
      },
      get: async ({ id }) => journal().get(id),
      delete: async ({ id }) => {
        journal().delete(id)
        events.emit('reflection-deleted', id)
        return null
      },
      list: async (input) => journal().list(input?.themeId),
      confirmUnchecked: async ({ ids }) => {
        journal().confirmUnchecked(ids)
        return null
      }
    },
    checkIns: {
      save: async ({ lines }) => {
        const header = saveCheckIn(journal(), lines, new Date(now()))
        events.emit('reflection-saved', header.id)
        return header
      }
    },
    themes: {
      summary: async () => journal().themeSummary()
    },
    settings: {
      get: async () => settings().get(),
      update: async (changes) => settings().update(changes)
    }
  }
}
