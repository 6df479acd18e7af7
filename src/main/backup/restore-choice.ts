// "Restore from a backup" starts with the file: the person chooses it, its header is read at
// once (so a file that is no backup, or one from a newer Sevenfold, is said before any
// passphrase is typed), and the choice is kept here until the restore uses it. Only the path
// is kept, in memory; the file is checked in full when the restore runs (check-backup.ts).

import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ChosenBackup } from '../../shared/print.ts'
import { LATEST_SCHEMA_VERSION } from '../storage/migrations/index.ts'
import { BACKUP_EXTENSION, newerBackup, readHeader, unreadableBackup } from './backup-format.ts'

export const BACKUP_FILTERS = [{ name: 'Sevenfold backup', extensions: [BACKUP_EXTENSION] }]
export const RESTORE_DIALOG = { title: 'Choose a Sevenfold backup to restore', filters: BACKUP_FILTERS }

/** What the chosen file's header says, or the refusal a restore of it would end in. */
async function describe(file: string): Promise<ChosenBackup> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch {
    throw unreadableBackup()
  }
  try {
    const header = await readHeader(handle)
    if (header.schemaVersion > LATEST_SCHEMA_VERSION) throw newerBackup()
    return { fileName: basename(file), madeAt: new Date(header.createdAt).toISOString() }
  } finally {
    await handle.close()
  }
}

export interface RestoreChoice {
  /** Asks which file; null if the dialog was cancelled (an earlier choice then stays). */
  choose(): Promise<ChosenBackup | null>
  /** The chosen file, or else the one the person chooses now; null if they cancel. */
  fileToRestore(): Promise<string | null>
  /** After a restore has used it. */
  forget(): void
}

/** `askForFile`: the system's open dialog (RESTORE_DIALOG), from the handlers. */
export function createRestoreChoice(askForFile: () => Promise<string | null>): RestoreChoice {
  let chosen: string | null = null
  return {
    async choose() {
      const file = await askForFile()
      if (!file) return null
      // A refused file is not kept: the restore would only refuse it again.
      chosen = null
      const described = await describe(file)
      chosen = file
      return described
    },
    async fileToRestore() {
      return chosen ?? (await askForFile())
    },
    forget() {
      chosen = null
    }
  }
}
