// One partner's settings while their journal is open: read once on unlock, kept in memory
// (the idle check asks for them every few seconds), written through on each change.
// They use the session's key, which the backend owns and wipes on lock. The same blob keeps
// the last "Not now" on a home-screen nudge and the days of moments together (moments.ts), which
// are not settings people edit. The blob is a
// guarded item of the journal: bound to its save in the journal's record, so an older one put
// back (longer auto-lock minutes, say) fails its check, and a failing one is counted damaged.

import { settingsSchema } from '../../shared/contract.ts'
import type { NudgeDismissal } from '../../shared/insights.ts'
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts'
import { decryptJson, encryptJson, type BlobPlace } from '../crypto/aead.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import { readableDismissal } from './nudge-dismissal.ts'
import { readableMoments, withMoment, type Moment } from './moments.ts'
import type { SettingsRepository } from '../storage/settings-repository.ts'
import type { GuardedItems } from './guarded-items.ts'

/** Where a journal's settings live; `version`: their save in the record (none for settings from before that). */
export function settingsPlace(profileId: string, version: number | undefined): BlobPlace {
  const place: BlobPlace = { table: 'profile_settings', rowId: profileId, ownerId: profileId, field: 'settings' }
  if (version !== undefined) place.version = version
  return place
}

/**
 * Whatever of the stored value is still valid, defaults for the rest. A damaged or
 * unreadable blob gives the defaults: a preference is never worth refusing to open a journal.
 */
function readable(stored: Record<string, unknown>): Settings {
  const shape = settingsSchema.shape
  const pick = <K extends keyof Settings>(name: K): Settings[K] => {
    const parsed = shape[name].safeParse(stored[name])
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[name]) as Settings[K]
  }
  return { appearance: pick('appearance'), textSize: pick('textSize'), autoLockMinutes: pick('autoLockMinutes') }
}

export class ProfileSettings {
  readonly profileId: string
  readonly #key: SessionKey
  #current: Settings
  #dismissal: NudgeDismissal | null
  #moments: Moment[]
  readonly #repo: SettingsRepository
  readonly #items: GuardedItems
  /** The stored blob failed its check (or was missing though the record says it was saved): the defaults are used. */
  readonly damaged: boolean

  private constructor(profileId: string, key: SessionKey, repo: SettingsRepository, items: GuardedItems, read: Read) {
    this.profileId = profileId
    this.#key = key
    this.#repo = repo
    this.#items = items
    this.#current = read.current
    this.#dismissal = read.dismissal
    this.#moments = read.moments
    this.damaged = read.damaged
  }

  static open(profileId: string, key: SessionKey, repo: SettingsRepository, items: GuardedItems): ProfileSettings {
    return new ProfileSettings(profileId, key, repo, items, readStored(repo.get(profileId), key, settingsPlace(profileId, items.versionOf('@settings'))))
  }

  get(): Settings {
    return { ...this.#current }
  }

  /** `changes` has been validated by the contract's schema. */
  update(changes: Partial<Settings>): Settings {
    const next: Settings = { ...this.#current }
    if (changes.appearance !== undefined) next.appearance = changes.appearance
    if (changes.textSize !== undefined) next.textSize = changes.textSize
    if (changes.autoLockMinutes !== undefined) next.autoLockMinutes = changes.autoLockMinutes
    this.#write(next, this.#dismissal, this.#moments)
    return this.get()
  }

  /** The last "Not now" on a nudge, or null. */
  nudgeDismissal(): NudgeDismissal | null {
    return this.#dismissal ? { ...this.#dismissal } : null
  }

  dismissNudge(dismissal: NudgeDismissal): void {
    this.#write(this.#current, dismissal, this.#moments)
  }

  /** The days of moments together, earliest first. */
  moments(): Moment[] {
    return this.#moments.map((m) => ({ ...m }))
  }

  /** Keeps a moment together (once per kind and day). */
  recordMoment(moment: Moment): void {
    const next = withMoment(this.#moments, moment)
    if (next) this.#write(this.#current, this.#dismissal, next)
  }

  #write(settings: Settings, dismissal: NudgeDismissal | null, moments: Moment[]): void {
    const stored: Record<string, unknown> = { ...settings }
    if (dismissal) stored['nudgeDismissal'] = dismissal
    if (moments.length > 0) stored['moments'] = moments
    this.#items.stage('@settings', (version) =>
      this.#repo.put(this.profileId, encryptJson(this.#key.cipherKey, stored, settingsPlace(this.profileId, version)))
    )()
    this.#current = settings
    this.#dismissal = dismissal
    this.#moments = moments
  }
}

interface Read {
  current: Settings
  dismissal: NudgeDismissal | null
  moments: Moment[]
  damaged: boolean
}

/** What a stored blob holds; the defaults for none, or for one that fails its check (counted damaged). */
function readStored(blob: Buffer | undefined, key: SessionKey, place: BlobPlace): Read {
  const defaults: Read = { current: { ...DEFAULT_SETTINGS }, dismissal: null, moments: [], damaged: false }
  if (!blob) return { ...defaults, damaged: place.version !== undefined }
  try {
    const value = decryptJson<unknown>(key.cipherKey, blob, place)
    const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
    return { current: readable(stored), dismissal: readableDismissal(stored['nudgeDismissal']), moments: readableMoments(stored['moments']), damaged: false }
  } catch {
    // A preference is never worth refusing to open a journal: the next change writes a fresh blob.
    return { ...defaults, damaged: true }
  }
}
