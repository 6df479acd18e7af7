// Putting a checked backup in place of the live database, with every connection closed.
// At every moment either the live name holds the old database whole, or the new one is in
// place and the old one is whole under the aside name (for a file SQLite can read; a damaged
// one keeps its -wal with it, aside):
//  1. the live file is settled into one file (its -wal folded in, a rollback journal from
//     now on, so the aside copy never needs or grows files beside it), if it is sound and its
//     schema is the migrations' (a planted one is kept aside untouched, like a damaged one);
//  2. it gets a second name, `<aside>.pending`, by a hard link (a copy where links are not
//     supported), made durable, then renamed over any older aside copy — which is replaced
//     only now that the new one is complete;
//  3. any -wal/-shm left beside the live file move to the aside name, so none can ever be
//     read as part of the restored file;
//  4. the checked backup is renamed onto the live name (atomic), and the folder synced.

import { chmod, copyFile, link, open, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { DATABASE_FILE } from '../storage/database.ts'
import { settleIfSound } from '../storage/database-file.ts'
import { PRIVATE_FILE_MODE, removeQuietly, statOrNull, syncDir } from '../storage/private-files.ts'

export const ASIDE_FILE = 'sevenfold.before-restore.db'

async function secondName(from: string, to: string): Promise<void> {
  await removeQuietly(to)
  try {
    await link(from, to)
    return
  } catch {
    // FAT and some network drives have no hard links.
  }
  await copyFile(from, to)
  const handle = await open(to, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Moves the live database aside and the checked file `checked` (in `dataDir`) into its place. */
export async function swapIn(dataDir: string, checked: string): Promise<void> {
  const live = join(dataDir, DATABASE_FILE)
  const aside = join(dataDir, ASIDE_FILE)
  if (await statOrNull(live)) {
    // A damaged or planted file is not settled; step 3 keeps its -wal with it instead.
    await settleIfSound(live)
    // The older aside copy's own -wal/-shm must not end up beside the new aside copy.
    await removeQuietly(`${aside}-wal`, `${aside}-shm`)
    await secondName(live, `${aside}.pending`)
    await rename(`${aside}.pending`, aside)
    await syncDir(dataDir)
    for (const suffix of ['-wal', '-shm']) {
      if (await statOrNull(`${live}${suffix}`)) await rename(`${live}${suffix}`, `${aside}${suffix}`)
    }
  }
  await chmod(checked, PRIVATE_FILE_MODE)
  await rename(checked, live)
  // The restore has happened; a folder that cannot be synced now does not undo it.
  await syncDir(dataDir).catch(() => undefined)
}
