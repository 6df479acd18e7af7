// The appearance the last open journal chose (light, dark or system), kept outside the database
// so the lock screen can wear it while every journal is locked, and the window can be painted in
// it before the page loads. Nothing else is kept here: it is not secret, and anyone with the data
// folder learns only whether the last partner liked a dark screen (docs/security.md).

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { APPEARANCES, type Appearance } from '../../shared/settings.ts'
import { writePrivateFile } from '../storage/private-files.ts'

export const LOCK_APPEARANCE_FILE = 'lock-appearance'

// The longest word it may hold, and a little room for a newline.
const MOST_BYTES = 16

/**
 * What the file says, or 'system' when it is missing or says anything but one of the three words.
 * Read at start, before the window: a pipe, a link or a huge file put in its place must not hold
 * the app up, so it is opened without blocking or following links, and only a file of a few bytes is read.
 */
export function readLockAppearance(dataDir: string): Appearance {
  let fd: number | undefined
  try {
    fd = openSync(join(dataDir, LOCK_APPEARANCE_FILE), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size > MOST_BYTES) return 'system'
    const bytes = Buffer.alloc(MOST_BYTES)
    const text = bytes.toString('utf8', 0, readSync(fd, bytes, 0, MOST_BYTES, 0)).trim()
    return (APPEARANCES as readonly string[]).includes(text) ? (text as Appearance) : 'system'
  } catch {
    return 'system'
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Held in memory once read; written only when it changes. A failed write keeps the lock screen as it was. */
export function lockAppearance(dataDir: string) {
  let current = readLockAppearance(dataDir)
  return {
    get: (): Appearance => current,
    remember: async (appearance: Appearance): Promise<void> => {
      if (appearance === current) return
      current = appearance
      await writePrivateFile(join(dataDir, LOCK_APPEARANCE_FILE), appearance).catch(() => undefined)
    }
  }
}
