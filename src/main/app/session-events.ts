// What changed in the session, for whoever keeps something in step with it (the search index,
// the calendar's moments together, a request to end the vault): a journal opened or closed, a
// re-key under way, a reflection or a secret saved or deleted, the vault opened together or
// closed, a partner taking part in something together. The handlers that make a change say so
// here; no one wraps another's group.

import { EventEmitter } from 'node:events'
import type { MomentKind } from '../../shared/calendar.ts'
import type { Journal } from '../journal/index.ts'

export interface SessionEventMap {
  'journal-opened': [journal: Journal]
  /** The journal closed (locked, or replaced by another), and with it the vault. */
  'journal-closed': []
  /** Around a re-key of the open journal: nothing may read its bodies from 'start' to 'end'. */
  rekey: [phase: 'start' | 'end', journal: Journal]
  'reflection-saved': [id: string]
  'reflection-deleted': [id: string]
  /** A secret of the open vault created, changed or deleted. */
  'secret-changed': [id: string]
  /** The vault opened together (both parts): a request to end it alone is cancelled by this. */
  'vault-opened': []
  'vault-closed': []
  /** `profileId` took part in something together (asked, answered, saw a reveal, sealed, opened the vault). */
  together: [profileId: string, kind: MomentKind]
}

export type SessionEvents = EventEmitter<SessionEventMap>

export function sessionEvents(): SessionEvents {
  return new EventEmitter<SessionEventMap>()
}
