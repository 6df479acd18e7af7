// The composition root: opens the database, builds the repositories, and puts every feature's
// handlers together into the contract's groups. No Electron in sight, so it runs under plain
// Node in tests and the benchmark (docs/architecture.md).

import { MAX_PROFILES, type Backend } from '../../shared/contract.ts'
import { calendarHandlers } from '../calendar/handlers.ts'
import { insightsHandlers } from '../insights/handlers.ts'
import { AppError } from '../../shared/errors.ts'
import { proveOwnPassphrase, unlockWithPassphrase, type AccessDeps } from '../journal/access.ts'
import { journalHandlers } from '../journal/handlers.ts'
import { standaloneItems } from '../journal/guarded-items.ts'
import type { Journal } from '../journal/journal.ts'
import { serial } from './serial.ts'
import type { ProfileSettings } from '../journal/settings.ts'
import { UnlockThrottle } from '../passphrase/unlock-throttle.ts'
import { openDatabase } from '../storage/database.ts'
import { createKeySlotRepository } from '../storage/key-slot-repository.ts'
import { createProfileRepository } from '../storage/profile-repository.ts'
import { createJournalStore } from '../storage/journal-store.ts'
import { createSettingsRepository } from '../storage/settings-repository.ts'
import { lockAppearance } from './lock-appearance.ts'
import { createUnlockWaitRepository } from '../storage/unlock-wait-repository.ts'
import { createProfileKeyRepository } from '../storage/profile-key-repository.ts'
import { createJournalPinRepository } from '../storage/journal-pin-repository.ts'
import { createRevealRepository } from '../storage/reveal-repository.ts'
import { createVaultBackend } from '../vault/handlers.ts'
import { endingsHandlers } from '../endings/handlers.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import { createBackupBackend } from '../backup/handlers.ts'
import { createExportBackend } from '../export/handlers.ts'
import type { Host } from './host.ts'
import { createPrintBackend } from '../print/handlers.ts'
import { createPicturesBackend } from '../pictures/handlers.ts'
import { heldBack, RekeyGate } from './rekey-gate.ts'
import { createSearchBackend } from '../search/handlers.ts'
import { createSessionBackend, type SessionBackend } from './session.ts'
import { sessionEvents } from './session-events.ts'

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

/** Answered even while a re-key holds everything else back: a lock above all, which rolls it back. */
const ALWAYS_ANSWERED = new Set(['app.status', 'session.lock', 'vault.lock', 'session.rekeyProgress'])

export async function createBackend(options: BackendOptions): Promise<SevenfoldBackend> {
  const db = openDatabase(options.dataDir)
  const profiles = createProfileRepository(db)
  const journalStore = createJournalStore(db)
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
  // What changed, for the search index to follow (session-events.ts).
  const events = sessionEvents()
  const gate = new RekeyGate()
  const now = options.now ?? Date.now
  // The lock screen wears the look of the journal open last (set at its unlock, and when changed).
  const look = lockAppearance(options.dataDir)
  // The open journal's pictures, made at its unlock (so it is wired before the session, which it follows).
  const pictures = createPicturesBackend({ db, dataDir: options.dataDir, events, reading: gate.reading, journal: () => session.opened() })

  const session: SessionBackend = createSessionBackend({
    db,
    access,
    store: journalStore,
    slots: access.slots,
    settings: createSettingsRepository(db),
    profileKeys,
    pins,
    reveals: createRevealRepository(db),
    oneAtATime,
    gate,
    // The vault locks whenever a journal does (docs/security.md, "Locking").
    onLock: () => {
      vault.lock()
      events.emit('journal-closed')
    },
    unreadableQuestions: (me, takeInOwn) => vault.unreadableQuestions(me, takeInOwn),
    onOpened: (journal) => {
      events.emit('journal-opened', journal)
      void look.remember(session.current().settings.get().appearance)
    },
    vaultId: () => vault.id(),
    onRekey: (phase, journal) => events.emit('rekey', phase, journal),
    pictureHooks: pictures.hooks,
    pictures: pictures.rekey
  })

  const vault = createVaultBackend({
    db,
    profiles,
    profileKeys,
    pins,
    throttle: access.throttle,
    kdfTargetMs: access.kdfTargetMs,
    now,
    journal: session.opened,
    // The vault calls it in turn with unlocks (oneAtATime), so two tries cannot race the throttle.
    journalKey: async (profileId, passphrase) => (await unlockWithPassphrase(access, profileId, passphrase)).key,
    journalItems: (profileId, key) => standaloneItems(journalStore, profileId, key),
    oneAtATime,
    gate,
    events
  })

  const endings = endingsHandlers({
    db,
    profiles,
    pins,
    journal: session.opened,
    checkPassphrase: async (profileId, passphrase) => {
      const open = session.opened()
      if (!open || open.journal.profileId !== profileId) throw new AppError('LOCKED', 'Open your own journal first.')
      wipe((await proveOwnPassphrase(access, profileId, open.key, passphrase)).key)
    },
    vaultIsOpen: () => vault.isOpen(),
    proveBothParts: (partA, partB) => vault.proveBothParts(partA, partB),
    lockVault: () => vault.lock(),
    closeJournal: () => session.close(),
    events,
    now,
    oneAtATime,
    removeUnnamedPictures: () => pictures.removeUnnamed()
  })

  const search = createSearchBackend({ vault: () => vault.opened(), events })
  const current = (): Journal => session.current().journal
  const currentSettings = (): ProfileSettings => session.current().settings
  const nameOf = (profileId: string) => profiles.list().find((p) => p.id === profileId)?.displayName ?? ''
  const closeAll = () => {
    session.close()
    vault.lock()
    db.close()
  }
  const print = createPrintBackend({
    journal: session.opened,
    vault: () => vault.opened(),
    nameOf,
    host: options.host,
    reading: gate.reading,
    pictures: pictures.reader
  })
  const journalExport = createExportBackend({ journal: session.opened, host: options.host, now, reading: gate.reading, pictures: pictures.reader })
  const backup = createBackupBackend({ dataDir: options.dataDir, access, host: options.host, now, closeAll, reading: gate.reading })

  const journalGroups = journalHandlers({ journal: current, settings: currentSettings, events, now })
  const backend: Backend = {
    app: {
      status: async () => {
        const open = session.opened()
        return {
          profiles: profiles.list().map(({ id, displayName }) => ({ id, displayName })),
          maxProfiles: MAX_PROFILES,
          unlockedProfileId: open?.journal.profileId ?? null,
          damagedItems: open ? current().damagedCount : 0,
          uncheckedReflections: open ? current().uncheckedIds() : [],
          vault: { exists: vault.exists(), open: vault.isOpen() },
          lockAppearance: look.get(),
          startProblem: null
        }
      }
    },
    profile: session.profile,
    session: session.group,
    ...journalGroups,
    settings: {
      ...journalGroups.settings,
      update: async (changes) => {
        const settings = await journalGroups.settings.update(changes)
        await look.remember(settings.appearance)
        return settings
      }
    },
    vault: vault.vault,
    vaultSecrets: vault.vaultSecrets,
    vaultReveals: vault.vaultReveals,
    vaultShared: vault.vaultShared,
    vaultTime: vault.vaultTime,
    insights: insightsHandlers({ journal: current, settings: currentSettings, now }),
    search,
    calendar: calendarHandlers({
      journal: current,
      settings: currentSettings,
      opened: () => {
        const open = session.opened()
        return open ? { profileId: open.journal.profileId, settings: currentSettings() } : null
      },
      partnerName: () => profiles.list().find((p) => p.id !== current().profileId)?.displayName ?? null,
      events,
      now
    }),
    pictures: pictures.group,
    print,
    backup: backup.group,
    ...endings,
    journalExport
  }
  return {
    ...heldBack(backend, gate, ALWAYS_ANSWERED),
    autoBackup: async () => {
      await gate.idle()
      await backup.autoBackup()
    },
    close: closeAll
  }
}
