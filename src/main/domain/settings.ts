// One partner's settings while their journal is open: read once on unlock, kept in memory
// (the idle check asks for them every few seconds), written through on each change.
// They use the session's key, which the backend owns and wipes on lock. The same blob keeps
// the last "Not now" on a home-screen nudge, which is not a setting people edit.

import { settingsSchema } from '../../shared/contract.ts'
import type { NudgeDismissal } from '../../shared/insights.ts'
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts'
import { decryptJson, encryptJson, type BlobPlace } from '../crypto/aead.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import { readableDismissal } from './insights/dismissal.ts'
import type { SettingsRepository } from '../storage/settings-repository.ts'

function place(profileId: string): BlobPlace {
  return { table: 'profile_settings', rowId: profileId, ownerId: profileId, field: 'settings' }
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
  readonly #repo: SettingsRepository

  private constructor(profileId: string, key: SessionKey, repo: SettingsRepository, current: Settings, dismissal: NudgeDismissal | null) {
    this.profileId = profileId
    this.#key = key
    this.#repo = repo
    this.#current = current
    this.#dismissal = dismissal
  }

  static open(profileId: string, key: SessionKey, repo: SettingsRepository): ProfileSettings {
    const blob = repo.get(profileId)
    let current: Settings = { ...DEFAULT_SETTINGS }
    let dismissal: NudgeDismissal | null = null
    if (blob) {
      try {
        const value = decryptJson<unknown>(key.cipherKey, blob, place(profileId))
        const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
        current = readable(stored)
        dismissal = readableDismissal(stored['nudgeDismissal'])
      } catch {
        // TAMPERED: keep the defaults; the next change writes a fresh blob over it.
      }
    }
    return new ProfileSettings(profileId, key, repo, current, dismissal)
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
    this.#write(next, this.#dismissal)
    return this.get()
  }

  /** The last "Not now" on a nudge, or null. */
  nudgeDismissal(): NudgeDismissal | null {
    return this.#dismissal ? { ...this.#dismissal } : null
  }

  dismissNudge(dismissal: NudgeDismissal): void {
    this.#write(this.#current, dismissal)
  }

  #write(settings: Settings, dismissal: NudgeDismissal | null): void {
    const stored = dismissal ? { ...settings, nudgeDismissal: dismissal } : settings
    this.#repo.put(this.profileId, encryptJson(this.#key.cipherKey, stored, place(this.profileId)))
    this.#current = settings
    this.#dismissal = dismissal
  }
}
