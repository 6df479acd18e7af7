// Files only their owner may read (0600) in folders only they may enter (0700), written
// under a temporary name and renamed, so nobody ever finds half a file under the real name.

import { randomBytes } from 'node:crypto'
import { constants, type Stats } from 'node:fs'
import { chmod, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError } from '../../shared/errors.ts'

export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600
/** Temporary files of ours in the data folder start with this; any found at a quiet moment are leftovers. */
export const TEMP_PREFIX = '.sevenfold-temp-'

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  await chmod(dir, PRIVATE_DIR_MODE)
}

/** A new, unused name for a temporary file in `dir`. */
export function tempPathIn(dir: string, label = ''): string {
  return join(dir, `${TEMP_PREFIX}${label}${randomBytes(8).toString('hex')}.tmp`)
}

/** A temporary name beside `target`, in the same folder (so the final rename stays on one disk). */
export function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

const TEMP_BESIDE = /^\.(.+)\.[0-9a-f]{12}\.tmp$/

/**
 * Removes temporary files a crash left beside `target` (only those named as tempPathBeside names
 * them for that very target): a killed backup leaves a whole encrypted copy there otherwise.
 */
export async function removeTempsBeside(target: string): Promise<void> {
  const dir = dirname(target)
  const names = await readdir(dir).catch(() => [] as string[])
  const ours = names.filter((name) => TEMP_BESIDE.exec(name)?.[1] === basename(target))
  await removeQuietly(...ours.map((name) => join(dir, name)))
}

/** Creates a file that must not exist yet, readable by its owner only. */
export async function createPrivateFile(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, PRIVATE_FILE_MODE)
  try {
    // The process umask can only take permissions away, but a file system may ignore the mode.
    await handle.chmod(PRIVATE_FILE_MODE)
  } catch (error) {
    await handle.close()
    throw error
  }
  return handle
}

/** Makes a rename in `dir` durable. Windows cannot open a folder for fsync; NTFS journals renames itself. */
export async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    if (process.platform !== 'win32') throw error
  } finally {
    await handle?.close()
  }
}

/** Removes files (and folders) if they are there; used on the way out of a failure, so it never throws. */
export async function removeQuietly(...paths: string[]): Promise<void> {
  for (const path of paths) await rm(path, { recursive: true, force: true }).catch(() => undefined)
}

/** A database file with the files SQLite may have left beside it. */
export function withSidecars(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]
}

export async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return null
    throw error
  })
}

/** Whether `error` means the disk (or the user's quota) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL'
}

/** A full disk said in the caller's words (what was not done), anything else as it was. */
export function diskFullAs(error: unknown, sentence: string): unknown {
  return isDiskFull(error) ? new AppError('DISK_FULL', sentence) : error
}

/** Removes our temporary files left in `dir` by a crash; call only when none can be in use. */
export async function removeLeftoverTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  await removeQuietly(...names.filter((name) => name.startsWith(TEMP_PREFIX)).map((name) => join(dir, name)))
}

/**
 * Writes `data` to `target` as a private file: beside it under a temporary name, synced, then
 * renamed onto it, so a failure never leaves half a file under the real name (nor the temporary one).
 * Pieces of text are written one after another (a document too large to join into one string).
 */
export async function writePrivateFile(target: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  await removeTempsBeside(target)
  const temp = tempPathBeside(target)
  try {
    const file = await createPrivateFile(temp)
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await file.writeFile(data)
      else for (const piece of data) await writeAll(file, Buffer.from(piece, 'utf8'))
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, target)
    await syncDir(dirname(target))
  } catch (error) {
    await removeQuietly(temp)
    throw error
  }
}

/** Writes all of `bytes` at the file's position (one write may take fewer). */
async function writeAll(file: FileHandle, bytes: Buffer): Promise<void> {
  for (let done = 0; done < bytes.length;) done += (await file.write(bytes, done, bytes.length - done, null)).bytesWritten
}

const CANNOT_WRITE_THERE = new Set(['EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOENT', 'ENOTDIR'])

/** Whether `error` means the chosen place cannot take the file (no permission, read-only, gone). */
export function isUnwritablePlace(error: unknown): boolean {
  return CANNOT_WRITE_THERE.has(String((error as { code?: unknown } | null)?.code))
}
