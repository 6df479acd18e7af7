// The backend: everything the renderer may ask, implemented over the domain, with no
// Electron in sight so it runs under plain Node in tests and the benchmark.

import { MAX_PROFILES, type Backend } from '../shared/contract.ts'
import { AppError } from '../shared/errors.ts'
import { SessionKey } from './crypto/session-key.ts'
import { wipe } from './crypto/secret-buffer.ts'
import { createProfile, displayNameOf, requireAcceptable, recoverWithCode, setPassphrase, unlockWithPassphrase, type AccessDeps } from './domain/access.ts'
import { calendarMonth } from './domain/calendar/month.ts'
import { calendarYear } from './domain/calendar/year.ts'
import { localDate } from './domain/dates.ts'
import { insightsOf } from './domain/insights/summary.ts'
import { Journal } from './domain/journal.ts'
import { serial } from './domain/serial.ts'
import { ProfileSettings } from './domain/settings.ts'
import { UnlockThrottle } from './domain/unlock-throttle.ts'
import { ensureProfileKeys } from './domain/profile-keys.ts'
import { vouchAtUnlock } from './domain/vault-pinning.ts'
import type { OpenedSlot } from './domain/journal-keys.ts'
import { openDatabase } from './storage/database.ts'
import { createKeySlotRepository } from './storage/key-slot-repository.ts'
import { createProfileRepository } from './storage/profile-repository.ts'
import { createJournalStore } from './storage/journal-store.ts'
import { createSettingsRepository } from './storage/settings-repository.ts'
import { createUnlockWaitRepository } from './storage/unlock-wait-repository.ts'
import { createProfileKeyRepository } from './storage/profile-key-repository.ts'
import { createJournalPinRepository } from './storage/journal-pin-repository.ts'
import { createVaultBackend } from './vault-backend.ts'
import { createBackupBackend } from './backup-backend.ts'
import { createExportBackend } from './export-backend.ts'
import type { Host } from './host.ts'
import { createPrintBackend } from './print-backend.ts'
import { createSearchBackend } from './search-backend.ts'

export interface BackendOptions {
  /** The folder that holds the database (Electron's userData folder in the app). */
  dataDir: string
  /** Target time of one passphrase derivation when a journal is created; 0 uses the floor (tests). */
  kdfTargetMs?: number
  /** The clock for how long a given vault part is remembered (tests move it on). */
  now?: () => number
  /** File dialogs, print window and restart (the Electron shell's); without it those methods say they are unavailable. */
  host?: Host
}

export interface SevenfoldBackend extends Backend {
  /** Makes the day's automatic backup if one is due. */
  autoBackup(): Promise<void>
  /** Locks and closes the database. */
  close(): void
}

const DEFAULT_KDF_TARGET_MS = 500

export async function createBackend(options: BackendOptions): Promise<SevenfoldBackend> {
  const db = openDatabase(options.dataDir)
  const profiles = createProfileRepository(db)
  const journalStore = createJournalStore(db)
  const settingsRepo = createSettingsRepository(db)
  const profileKeys = createProfileKeyRepository(db)
  const pins = createJournalPinRepository(db)
  const access: AccessDeps = {
    db,
    profiles,
    slots: createKeySlotRepository(db),
    records: journalStore.record,
    throttle: new UnlockThrottle(options.now, createUnlockWaitRepository(db)),
    kdfTargetMs: options.kdfTargetMs ?? DEFAULT_KDF_TARGET_MS
  }
  const oneAtATime = serial()
  // What an open journal holds; all of it goes on lock, the key wiped.
  let session: { key: SessionKey; journal: Journal; settings: ProfileSettings } | null = null
  // Bumped by every lock that is asked for, so an unlock still deriving its key when one arrives
  // (suspend, screen lock, the window closing) does not open the journal after it.
  let locks = 0
  const lockedSince = (since: number) => since !== locks

  const vault = createVaultBackend({
    db,
    profiles,
    profileKeys,
    pins,
    throttle: access.throttle,
    kdfTargetMs: access.kdfTargetMs,
    now: options.now ?? Date.now,
    journal: () => (session ? { profileId: session.journal.profileId, key: session.key } : null),
    // In turn with unlocks, so two tries cannot race the throttle.
    journalKey: (profileId, passphrase) => oneAtATime(async () => (await unlockWithPassphrase(access, profileId, passphrase)).key),
    oneAtATime
  })

  const search = createSearchBackend({ vault: () => vault.opened() })

  // The vault locks whenever a journal does (SECURITY.md, lock triggers).
  const lock = () => {
    if (session) vault.lock()
    search.close()
    session?.journal.close()
    session?.key.close()
    session = null
  }
  const locked = () => new AppError('LOCKED', 'Your journal is locked. Unlock it to go on.')
  /** Opens the journal with the key of `opened` (owned from here), unless a lock was asked for after `since`. */
  const open = async (profileId: string, opened: OpenedSlot, since: number) => {
    lock()
    let sessionKey: SessionKey
    try {
      if (lockedSince(since)) throw locked()
      sessionKey = new SessionKey(opened.key)
    } catch (error) {
      wipe(opened.key)
      throw error
    }
    try {
      const keysPutRight = ensureProfileKeys(profileKeys, profileId, sessionKey)
      const journal = await Journal.open(profileId, sessionKey, journalStore, { recordExpected: opened.anchored })
      if (lockedSince(since)) {
        journal.close()
        throw locked()
      }
      // What the journal holds besides reflections is counted too when it fails its check.
      const me = { profileId, key: sessionKey }
      if (keysPutRight) journal.noteDamage('sealing-keys')
      if (vouchAtUnlock(pins, profileKeys, me) === 'damaged') journal.noteDamage('pins')
      for (const id of vault.unreadableQuestions(me)) journal.noteDamage(`question:${id}`)
      session = { key: sessionKey, journal, settings: ProfileSettings.open(profileId, sessionKey, settingsRepo) }
      search.open(journal)
    } catch (error) {
      sessionKey.close()
      throw error
    }
  }
  const current = (): Journal => {
    if (!session) throw locked()
    return session.journal
  }
  const nameOf = (profileId: string) => profiles.list().find((p) => p.id === profileId)?.displayName ?? ''
  const openJournal = () => (session ? { journal: session.journal, displayName: nameOf(session.journal.profileId) } : null)
  const closeAll = () => {
    lock()
    vault.lock()
    db.close()
  }
  const print = createPrintBackend({ journal: openJournal, vault: () => vault.opened(), nameOf, host: options.host })
  const journalExport = createExportBackend({ journal: openJournal, host: options.host, now: options.now ?? Date.now })
  const backup = createBackupBackend({ dataDir: options.dataDir, access, host: options.host, now: options.now ?? Date.now, closeAll })
  // Today for the insights; tests move it on to see a nudge's week of quiet pass.
  const clock = options.now ?? Date.now
  const currentSettings = (): ProfileSettings => {
    if (!session) throw locked()
    return session.settings
  }

  return {
    app: {
      status: async () => ({
        profiles: profiles.list().map(({ id, displayName }) => ({ id, displayName })),
        maxProfiles: MAX_PROFILES,
        unlockedProfileId: session?.journal.profileId ?? null,
        damagedItems: session?.journal.damagedCount ?? 0,
        vault: { exists: (await vault.vault.status()).exists, open: vault.isOpen() },
        startProblem: null
      })
    },
    profile: {
      create: ({ displayName, passphrase }) =>
        oneAtATime(async () => {
          const { profileId, key, recoveryCode } = await createProfile(access, displayName, passphrase)
          // The journal exists now and its recovery code must reach its owner: a lock meanwhile does not undo that.
          await open(profileId, { key, anchored: true }, locks)
          return { profileId, recoveryCode }
        })
    },
    session: {
      unlock: ({ profileId, passphrase }) => {
        const since = locks
        return oneAtATime(async () => {
          await open(profileId, await unlockWithPassphrase(access, profileId, passphrase), since)
          return { profileId }
        })
      },
      /** Locks everything: the open journal and the vault, and any unlock still under way. */
      lock: async () => {
        locks += 1
        lock()
        vault.lock()
        return null
      },
      changePassphrase: ({ currentPassphrase, newPassphrase }) =>
        oneAtATime(async () => {
          const { profileId } = current()
          await requireAcceptable(newPassphrase, 'newPassphrase', displayNameOf(access, profileId))
          const { key } = await unlockWithPassphrase(access, profileId, currentPassphrase)
          try {
            await setPassphrase(access, profileId, key, newPassphrase)
          } finally {
            wipe(key)
          }
          return null
        }),
      recover: ({ profileId, recoveryCode, newPassphrase }) => {
        const since = locks
        return oneAtATime(async () => {
          const opened = await recoverWithCode(access, profileId, recoveryCode, newPassphrase, () => lockedSince(since))
          await open(profileId, opened, since)
          return { profileId }
        })
      }
    },
    reflections: {
      create: async (input) => {
        const created = current().create(input)
        search.saved(created.id)
        return created
      },
      update: async (input) => {
        const header = current().update(input)
        search.saved(header.id)
        return header
      },
      get: async ({ id }) => current().get(id),
      delete: async ({ id }) => {
        current().delete(id)
        search.deleted(id)
        return null
      },
      list: async (input) => current().list(input?.themeId)
    },
    themes: {
      summary: async () => current().themeSummary()
    },
    settings: {
      get: async () => currentSettings().get(),
      update: async (changes) => currentSettings().update(changes)
    },
    vault: search.watchVault(vault.vault),
    vaultSecrets: search.watchSecrets(vault.vaultSecrets),
    vaultReveals: vault.vaultReveals,
    insights: {
      summary: async () => insightsOf(current().list(), localDate(new Date(clock())), currentSettings().nudgeDismissal()),
      dismissNudge: async ({ themeId }) => {
        const journal = current()
        const now = new Date(clock())
        currentSettings().dismissNudge({ themeId, on: localDate(now), at: now.toISOString() })
        return insightsOf(journal.list(), localDate(now), currentSettings().nudgeDismissal())
      }
    },
    search: search.group,
    calendar: {
      month: async ({ month }) => calendarMonth(current().headers(), month),
      year: async ({ year }) => calendarYear(current().headers(), year)
    },
    print,
    backup: backup.group,
    journalExport,
    autoBackup: () => backup.autoBackup(),
    close: closeAll
  }
}
