// The journal open right now, in the one shape every feature that reads from it or seals with it
// is given (by the session, app/session.ts); null while locked.

import type { SessionKey } from '../crypto/session-key.ts'
import type { Journal } from './journal.ts'

export interface OpenJournal {
  journal: Journal
  key: SessionKey
  /** Its owner's name, as printed books and exports show it. */
  displayName: string
}

export type CurrentJournal = () => OpenJournal | null
