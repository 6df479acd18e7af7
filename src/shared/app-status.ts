import type { Appearance } from './settings.ts'

// What `app.status` answers: who has a journal here, which one is open, and what is wrong with it.

export interface ProfileSummary {
  id: string
  displayName: string
}

export interface AppStatus {
  profiles: ProfileSummary[]
  maxProfiles: number
  unlockedProfileId: string | null
  /**
   * Items of the open journal that failed their integrity check and are left out: reflections
   * (changed, put back from an older copy, deleted or brought back behind its back), its record
   * of them, its sealing keys, questions sealed to it that can no longer be read.
   */
  damagedItems: number
  /**
   * Ids of the open journal's reflections that are shown but could not be checked against its
   * record (part of it was missing or damaged, and was learnt again): one may be an older save
   * put back. Saving one, or `reflections.confirmUnchecked`, makes it checked again.
   */
  uncheckedReflections: string[]
  vault: { exists: boolean; open: boolean }
  /** The appearance the last open journal chose, for the lock screen (not secret: docs/security.md). */
  lockAppearance: Appearance
  /**
   * Set when the journal file could not be opened at start (it is damaged): nothing but a restore
   * from a backup is offered, and the file is left as it was.
   */
  startProblem: { code: 'DATABASE_CORRUPT'; message: string } | null
}
