// The appearance the last open journal chose (light, dark or system), kept outside the database
// so the lock screen can wear it while every journal is locked, and the window can be painted in
// it before the page loads. Nothing else is kept here: it is not secret, and anyone with the data
// folder learns only whether the last partner liked a dark screen (docs/security.md).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APPEARANCES, type Appearance } from '../../shared/settings.ts'
import { writePrivateFile } from '../storage/private-files.ts'

export const LOCK_APPEARANCE_FILE = 'lock-appearance'

/** What the file says, or 'system' when it is missing or says anything but one of the three words. */
export function readLockAppearance(dataDir: string): Appearance {
  try {
    const text = readFileSync(join(dataDir, LOCK_APPEARANCE_FILE), 'utf8').trim()
    return (APPEARANCES as readonly string[]).includes(text) ? (text as Appearance) : 'system'
  } catch {
    return 'system'
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
