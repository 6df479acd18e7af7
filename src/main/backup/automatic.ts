// Automatic backups: in `<data folder>/backups/`, one when the newest is a day old, the last
// seven kept, their pictures in `backups/pictures/`, each file once, while a kept backup names it. Their names carry the time they were made (UTC, sortable as text), so the
// folder can be read without opening the files.

import { open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupStatus } from '../../shared/print.ts'
import type { Database } from '../storage/database.ts'
import { ensurePrivateDir, removeQuietly } from '../storage/private-files.ts'
import { BACKUP_EXTENSION, HEADER_BYTES, readHeader } from './backup-format.ts'
import { namesBeside, pruneShared } from './backup-pictures.ts'
import { writeBackup } from './write-backup.ts'

export const AUTOMATIC_FOLDER = 'backups'
export const AUTOMATIC_KEPT = 7
export const AUTOMATIC_EVERY_MS = 24 * 60 * 60 * 1000
/** Inside the backups folder: the pictures the automatic backups share, each file once (backup-pictures.ts). */
export const SHARED_PICTURES = 'pictures'

const NAME = new RegExp(`^automatic (\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.(\\d{3})Z\\.${BACKUP_EXTENSION}$`)

interface Automatic {
  file: string
  at: number
}

export function automaticName(at: number): string {
  return `automatic ${new Date(at).toISOString().replaceAll(':', '-')}.${BACKUP_EXTENSION}`
}

/** The automatic backups in `dir`, oldest first; other files are left alone. */
async function listAutomatic(dir: string): Promise<Automatic[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return [] as string[]
    throw error
  })
  const found: Automatic[] = []
  for (const name of names) {
    const match = NAME.exec(name)
    if (!match) continue
    const at = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
    if (!Number.isNaN(at)) found.push({ file: join(dir, name), at })
  }
  return found.sort((a, b) => a.at - b.at)
}

export async function automaticStatus(dataDir: string): Promise<BackupStatus> {
  const found = await listAutomatic(join(dataDir, AUTOMATIC_FOLDER))
  const newest = found.at(-1)
  return { lastAutomaticAt: newest ? new Date(newest.at).toISOString() : null, automaticCount: found.length }
}

/**
 * Makes an automatic backup if none was made in the last day, then keeps only the newest
 * seven. One dated in the future (the clock was wrong then) does not hold the next ones back.
 * Returns whether one was made.
 */
export async function makeAutomaticBackup(db: Database, dataDir: string, now: number): Promise<boolean> {
  const dir = join(dataDir, AUTOMATIC_FOLDER)
  await ensurePrivateDir(dir)
  const latest = (await listAutomatic(dir)).filter((backup) => backup.at <= now).at(-1)
  if (latest && now - latest.at < AUTOMATIC_EVERY_MS) return false
  await writeBackup(db, dataDir, join(dir, automaticName(now)), now, { where: 'beside', sharedDir: join(dir, SHARED_PICTURES) })
  const all = await listAutomatic(dir)
  await removeQuietly(...all.slice(0, Math.max(0, all.length - AUTOMATIC_KEPT)).map((backup) => backup.file))
  await pruneSharedPictures(dir)
  return true
}

/** The pictures beside the automatic backups that none of those kept names any more go. */
async function pruneSharedPictures(dir: string): Promise<void> {
  const kept = new Set<string>()
  for (const backup of await listAutomatic(dir)) {
    const handle = await open(backup.file, 'r').catch(() => null)
    if (!handle) continue
    let payloadEnd: number
    try {
      const header = await readHeader(handle)
      // A backup that cannot be read says nothing: keep every picture rather than guess.
      if (header.formatVersion < 2) continue
      payloadEnd = HEADER_BYTES + header.payloadLength
    } catch {
      return
    } finally {
      await handle.close()
    }
    for (const name of await namesBeside(backup.file, payloadEnd)) kept.add(name)
  }
  await pruneShared(join(dir, SHARED_PICTURES), kept)
}

/** Deletes every automatic backup (after a re-key they still open with the old secrets); returns how many. */
export async function removeAutomatic(dataDir: string): Promise<number> {
  const found = await listAutomatic(join(dataDir, AUTOMATIC_FOLDER))
  await removeQuietly(...found.map((backup) => backup.file), join(dataDir, AUTOMATIC_FOLDER, SHARED_PICTURES))
  return found.length
}
