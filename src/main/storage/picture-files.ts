// The pictures/ folder of the data folder: one encrypted file per stored picture, named by a
// random name its row holds (never by anything about the picture). Files are written as every
// private file is (a temporary name beside, synced, renamed), read without following links or
// blocking on a pipe, and only up to the largest size a picture's file can have, so a file
// planted in the folder can neither point elsewhere nor hold the app up.

import { randomBytes } from 'node:crypto'
import { constants, existsSync } from 'node:fs'
import { open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { PICTURE_STORED_LIMITS } from '../../shared/pictures.ts'
import { openReadOnly, tidySidecarsAfterLook } from './database-file.ts'
import { ensurePrivateDir, removeQuietly, writePrivateFile } from './private-files.ts'

export const PICTURES_FOLDER = 'pictures'
/** The largest a picture's file can be: the largest picture, and its blob's version, IV and tag. */
export const MAX_PICTURE_FILE_BYTES = PICTURE_STORED_LIMITS.maxBytes + 1 + 12 + 16

/** 128 random bits in lower-case hex: one name on every file system, whatever it does with case. */
const FILE_NAME = /^[0-9a-f]{32}$/

export function newPictureFileName(): string {
  return randomBytes(16).toString('hex')
}

/** Whether `name` is a name this folder gives its files; a row naming anything else (`../…`) is never followed. */
export function isPictureFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_NAME.test(name)
}

export function pictureFiles(dataDir: string) {
  const dir = join(dataDir, PICTURES_FOLDER)
  const pathOf = (name: string): string => {
    if (!isPictureFileName(name)) throw new Error('not a picture file name')
    return join(dir, name)
  }
  return {
    dir,
    async write(name: string, data: Uint8Array): Promise<void> {
      await ensurePrivateDir(dir)
      await writePrivateFile(pathOf(name), data)
    },
    /** The file's bytes; null when it is missing, not a plain file, or larger than `maxBytes`. */
    async read(name: string, maxBytes: number): Promise<Buffer | null> {
      if (!isPictureFileName(name)) return null
      let handle
      try {
        handle = await open(join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
      } catch {
        return null
      }
      try {
        const stat = await handle.stat()
        if (!stat.isFile() || stat.size > maxBytes) return null
        const bytes = Buffer.alloc(stat.size)
        const { bytesRead } = await handle.read(bytes, 0, stat.size, 0)
        return bytesRead === stat.size ? bytes : null
      } catch {
        return null
      } finally {
        await handle.close()
      }
    },
    async remove(...names: string[]): Promise<void> {
      await removeQuietly(...names.filter(isPictureFileName).map((name) => join(dir, name)))
    },
    /** Every entry in the folder, ours or not (a missing folder has none). */
    async entries(): Promise<string[]> {
      return readdir(dir).catch(() => [] as string[])
    },
    /** Removes entries of the folder by name, whatever they are (leftovers of a crash, files of no row). */
    async removeEntries(names: string[]): Promise<void> {
      await removeQuietly(
        ...names.filter((name) => name !== '' && !name.includes('/') && !name.includes('\\') && name !== '.' && name !== '..').map((name) => join(dir, name))
      )
    }
  }
}

export type PictureFiles = ReturnType<typeof pictureFiles>

/**
 * The picture files the rows of the database file `file` name (a backup's snapshot, the copy kept
 * from before a restore); none for one from before pictures, or one that cannot be read.
 */
export function pictureFilesNamedIn(file: string): string[] {
  if (!existsSync(file)) return []
  // A look leaves no -wal or -shm beside a file that had none (database-file.ts).
  const tidy = tidySidecarsAfterLook(file)
  try {
    const db = openReadOnly(file)
    try {
      const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'pictures'").all()
      if (rows.length === 0) return []
      return db
        .prepare<[], { file: unknown }>('SELECT file FROM pictures')
        .all()
        .map((row) => row.file)
        .filter(isPictureFileName)
    } finally {
      db.close()
    }
  } catch {
    return []
  } finally {
    tidy()
  }
}
