// The `backup` group: "Back up now" (a consistent snapshot of the database, already encrypted,
// behind a small versioned header), automatic daily backups in the data folder (the last 7
// kept), and restore (checked before anything is replaced; the current database kept aside).

import type { Backend } from '../shared/contract.ts'
import type { AccessDeps } from './domain/access.ts'
import type { Host } from './host.ts'
import { notBuiltYet } from './host-required.ts'

export interface BackupDeps {
  dataDir: string
  access: AccessDeps
  host: Host | undefined
  now: () => number
  /** Locks every journal and the vault and closes the database (before the files are swapped). */
  closeAll: () => void
}

export interface BackupBackend {
  group: Backend['backup']
  /** Makes the day's automatic backup if the newest is a day old or more (called at start and daily). */
  autoBackup(): Promise<void>
}

export function createBackupBackend(deps: BackupDeps): BackupBackend {
  void deps
  return {
    group: {
      status: () => notBuiltYet(),
      create: () => notBuiltYet(),
      restore: () => notBuiltYet()
    },
    autoBackup: () => notBuiltYet()
  }
}
