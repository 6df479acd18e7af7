// The journal's groups of the contract: reflections, the themes' summary, the partner's
// settings, check-ins and occasions, each over the open journal (the session's; asking with
// none open is LOCKED).

import type { Backend } from '../../shared/contract.ts'
import type { SessionEvents } from '../app/session-events.ts'
import { refuseCheckInEdit, saveCheckIn } from './check-ins.ts'
import { changeOccasion, checkFollowsUp, listOccasions, noteOccasion, refuseOccasionEdit, setOccasionAside } from './occasions.ts'
import type { Journal } from './journal.ts'
import { refuseNeedsEdit, saveNeeds } from './needs.ts'
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
}: JournalHandlerDeps): Pick<Backend, 'reflections' | 'themes' | 'settings' | 'checkIns' | 'occasions' | 'needs'> {
  // Search takes a practice's words (its title and body) like any reflection's.
  const saved = <T extends { id: string }>(answer: T): T => {
    events.emit('reflection-saved', answer.id)
    return answer
  }
  return {
    reflections: {
      create: async (input) => {
        checkFollowsUp(journal(), input.followsUp)
        const created = journal().create(input)
        events.emit('reflection-saved', created.id)
        return created
      },
      update: async (input) => {
        refuseCheckInEdit(journal(), input)
        refuseOccasionEdit(journal(), input)
        refuseNeedsEdit(journal(), input)
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
    occasions: {
      list: async () => listOccasions(journal()),
      note: async (fields) => saved(noteOccasion(journal(), fields, new Date(now()))),
      change: async ({ id, ...fields }) => saved(changeOccasion(journal(), id, fields, new Date(now()))),
      setAside: async ({ id, aside }) => setOccasionAside(journal(), id, aside, new Date(now()))
    },
    needs: {
      save: async ({ top, line }) => saved(saveNeeds(journal(), top, line, new Date(now())))
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
