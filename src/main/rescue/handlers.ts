// The backend when the journal file is damaged at start (DATABASE_CORRUPT): the database is not
// opened at all, so nothing can make the damage worse. The app still starts, says what is wrong,
// and offers the one thing that helps: a restore from a backup (the damaged files are set aside
// as they are, never deleted). Every other method answers with the same problem.

import { MAX_PROFILES, type AppStatus, type Backend } from '../../shared/contract.ts'
import type { AppError } from '../../shared/errors.ts'
import { METHODS } from '../../shared/methods.ts'
import type { SevenfoldBackend } from '../app/backend.ts'
import { restoreChosenBackup } from '../backup/index.ts'
import { automaticStatus, createRestoreChoice, RESTORE_DIALOG } from '../backup/index.ts'
import { requireHost } from '../app/host-required.ts'
import { serial } from '../app/serial.ts'
import { UnlockThrottle } from '../passphrase/index.ts'
import type { Host } from '../app/host.ts'
import { readLockAppearance } from '../app/lock-appearance.ts'
import { removeLeftoverTemps } from '../storage/private-files.ts'

export interface RescueOptions {
  dataDir: string
  host?: Host | undefined
  /** The reason the journal could not be opened, as createBackend gave it. */
  problem: AppError
  now?: () => number
}

export function createRescueBackend(options: RescueOptions): SevenfoldBackend {
  const { dataDir, problem } = options
  const refuse = async (): Promise<never> => {
    throw problem
  }
  // Every method refuses, unless given below.
  const refusing = Object.fromEntries(
    Object.entries(METHODS).map(([group, names]) => [group, Object.fromEntries(names.map((name) => [name, refuse]))])
  ) as unknown as Backend
  const oneAtATime = serial()
  // One for the life of this start, so wrong passphrases meet a growing wait.
  const throttle = new UnlockThrottle(options.now)
  const choice = createRestoreChoice(() => requireHost(options.host).chooseOpenFile(RESTORE_DIALOG))
  const status: AppStatus = {
    profiles: [],
    maxProfiles: MAX_PROFILES,
    unlockedProfileId: null,
    damagedItems: 0,
    uncheckedReflections: [],
    vault: { exists: false, open: false },
    lockAppearance: readLockAppearance(dataDir),
    startProblem: { code: 'DATABASE_CORRUPT', message: problem.message }
  }
  return {
    ...refusing,
    app: { status: async () => status },
    // The shell locks on suspend and screen lock: there is nothing open to lock.
    session: { ...refusing.session, lock: async () => null },
    vault: { ...refusing.vault, lock: async () => null },
    backup: {
      ...refusing.backup,
      status: () => automaticStatus(dataDir),
      chooseRestoreFile: () => choice.choose(),
      restore: ({ passphrase }) =>
        restoreChosenBackup(
          {
            dataDir,
            host: options.host,
            throttle,
            closeAll: () => undefined,
            choice,
            inTurn: (task) =>
              oneAtATime(async () => {
                await removeLeftoverTemps(dataDir)
                return task()
              })
          },
          passphrase
        )
    },
    autoBackup: async () => undefined,
    close: () => undefined
  }
}
