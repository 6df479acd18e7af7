// The `backup` group: "Back up now" (a consistent snapshot of the database, already encrypted,
// behind a small versioned header), automatic daily backups in the data folder (the last 7
// kept), and restore (checked before anything is replaced; the current database kept aside).
// None of it needs an open journal: nothing is decrypted, and a restore proves itself with a
// passphrase that opens a journal in the backup.

import { basename, join } from 'node:path'
import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { AccessDeps } from '../journal/index.ts'
import { automaticStatus, makeAutomaticBackup, removeAutomatic } from './automatic.ts'
import { BACKUP_EXTENSION } from './backup-format.ts'
import { checkBackup } from './check-backup.ts'
import { dropCarried, placeCarried } from './backup-pictures.ts'
import { BACKUP_FILTERS, createRestoreChoice, RESTORE_DIALOG, type RestoreChoice } from './restore-choice.ts'
import { createKeySlotRepository } from '../storage/key-slot-repository.ts'
import { createProfileRepository } from '../storage/profile-repository.ts'
import type { Database } from '../storage/database.ts'
import { ASIDE_FILE, swapIn } from './swap-in.ts'
import { writeBackup } from './write-backup.ts'
import { localDate } from '../../shared/dates.ts'
import { serial } from '../app/serial.ts'
import type { Host } from '../app/host.ts'
import type { Reading } from '../app/rekey-gate.ts'
import { requireHost } from '../app/host-required.ts'
import { diskFullAs, isUnwritablePlace, removeLeftoverTemps, removeQuietly, statOrNull, withSidecars } from '../storage/private-files.ts'

/** A backup's own database, read for its journals and their key slots while it is checked. */
export const backupRepositories = (db: Database) => ({ profiles: createProfileRepository(db), slots: createKeySlotRepository(db) })

export interface BackupDeps {
  dataDir: string
  access: AccessDeps
  host: Host | undefined
  now: () => number
  /** Locks every journal and the vault and closes the database (before the files are swapped). */
  closeAll: () => void
  /** A copy is a reading: a re-key waits for it (rekey-gate.ts). */
  reading: Reading
}

export interface BackupBackend {
  group: Backend['backup']
  /** Makes the day's automatic backup if the newest is a day old or more (called at start and daily). */
  autoBackup(): Promise<void>
}

const NOT_SAVED = 'The disk is full, so the backup was not saved. Free some space and try again.'

function notWritable(): AppError {
  return new AppError('INTERNAL', 'Sevenfold could not write the backup there. Choose another place, such as a folder in your documents, and try again.')
}

function restarting(): AppError {
  return new AppError('INTERNAL', 'Sevenfold is restarting after a restore. Wait a moment; it will open again by itself.')
}

export interface RestoreDeps {
  dataDir: string
  host: Host | undefined
  throttle: AccessDeps['throttle']
  /** Closes whatever is open on the database before the files are swapped. */
  closeAll: () => void
  /** Runs the restore in turn with other backups (and clears their leftovers first). */
  inTurn: <T>(task: () => Promise<T>) => Promise<T>
  /** The file chosen first (restore-choice.ts). */
  choice: RestoreChoice
}

/**
 * Restore: the person chooses a file, which is checked (and a journal in it opened with the
 * passphrase) before anything is replaced; then the live files are swapped for it, the old ones
 * kept aside, and the app restarts. Also what a damaged journal's rescue start offers.
 */
export async function restoreChosenBackup(deps: RestoreDeps, passphrase: string): Promise<{ restored: boolean }> {
  const host = requireHost(deps.host)
  const file = await deps.choice.fileToRestore()
  if (!file) return { restored: false }
  await deps.inTurn(async () => {
    const { payload: checked, pictures } = await checkBackup({
      file,
      dataDir: deps.dataDir,
      passphrase,
      throttle: deps.throttle,
      repositories: backupRepositories
    })
    try {
      // Its pictures first: until its database is in, they are files nothing names, and harmless.
      await placeCarried(pictures, deps.dataDir, file)
      deps.closeAll()
    } catch (error) {
      await removeQuietly(checked)
      await dropCarried(pictures)
      throw diskFullAs(error, 'The disk is full, so the backup could not be restored. Your journals are as they were; free some space and try again.')
    }
    // From here the database is closed: whatever happens, the app starts again. Until the
    // last rename the live file is the old one, whole.
    try {
      await swapIn(deps.dataDir, checked)
    } catch (error) {
      await removeQuietly(checked)
      host.restart()
      throw diskFullAs(error, 'The disk is full, so the backup could not be restored. Your journals are as they were; free some space and try again.')
    }
    deps.choice.forget()
    host.restart()
  })
  return { restored: true }
}

export function createBackupBackend(deps: BackupDeps): BackupBackend {
  const { dataDir, access } = deps
  const db = access.db
  // Backups and restores take turns; what one leaves in the data folder the next can clear.
  const oneAtATime = serial()
  const inTurn = <T>(task: () => Promise<T>): Promise<T> =>
    oneAtATime(() =>
      deps.reading(async () => {
        if (!db.open) throw restarting()
        await removeLeftoverTemps(dataDir)
        return task()
      })
    )

  const create = async () => {
    const host = requireHost(deps.host)
    const target = await host.chooseSaveFile({
      title: 'Back up Sevenfold',
      defaultName: `Sevenfold backup ${localDate(new Date(deps.now()))}.${BACKUP_EXTENSION}`,
      filters: BACKUP_FILTERS
    })
    if (!target) return { saved: false }
    await inTurn(() => writeBackup(db, dataDir, target, deps.now())).catch((error: unknown) => {
      throw isUnwritablePlace(error) ? notWritable() : diskFullAs(error, NOT_SAVED)
    })
    return { saved: true, fileName: basename(target) }
  }

  const choice = createRestoreChoice(() => requireHost(deps.host).chooseOpenFile(RESTORE_DIALOG))
  const restore = ({ passphrase }: { passphrase: string }) =>
    restoreChosenBackup({ dataDir, host: deps.host, throttle: access.throttle, closeAll: deps.closeAll, inTurn, choice }, passphrase)

  /**
   * After a re-key: the automatic backups and the copy kept before a restore hold the old key slots,
   * so they are deleted, and a backup of the journals as they are now is made at once.
   */
  const forgetOlder = () =>
    inTurn(async () => {
      const aside = join(dataDir, ASIDE_FILE)
      const hadAside = (await statOrNull(aside)) !== null
      const removed = (await removeAutomatic(dataDir)) + (hadAside ? 1 : 0)
      await removeQuietly(...withSidecars(aside))
      await makeAutomaticBackup(db, dataDir, deps.now())
      return { removed }
    }).catch((error: unknown) => {
      throw diskFullAs(error, 'The disk is full, so the new backup was not made. Free some space and try again.')
    })

  return {
    group: {
      status: () => automaticStatus(dataDir),
      create,
      chooseRestoreFile: () => choice.choose(),
      restore,
      forgetOlder
    },
    autoBackup: () =>
      inTurn(async () => {
        // Nothing is worth keeping before the first journal exists.
        if (access.profiles.list().length === 0) return
        await makeAutomaticBackup(db, dataDir, deps.now())
      }).catch((error: unknown) => {
        throw diskFullAs(error, 'The disk is full, so today’s automatic backup was not made. Free some space; Sevenfold tries again later.')
      })
  }
}
