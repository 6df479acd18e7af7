// The pictures a backup carries (issue 19). Pictures are files beside the database, not in it
// (docs/security.md, "Pictures"), so a backup of format 2 follows its database with a section
// naming every picture file the database's rows name, each either inside the backup (a backup
// saved anywhere, "Back up now") or in the `pictures/` folder beside it (the automatic backups:
// each file is written there once and shared by every kept backup that names it, so seven days
// of backups do not hold seven copies of every picture). The files are already encrypted and are
// copied as they are. The section is covered by the backup's digest like the rest.
//
//   per picture: 32 B file name (hex) ‖ 8 B size ‖ 1 B where (1 inside, 0 beside) ‖ [its bytes]
//   then       : 4 B how many pictures

import { constants } from 'node:fs'
import { open, readdir, rename, stat, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { isPictureFileName, MAX_PICTURE_FILE_BYTES, PICTURES_FOLDER } from '../storage/picture-files.ts'
import { createPrivateFile, ensurePrivateDir, removeQuietly, syncDir, tempPathBeside, tempPathIn } from '../storage/private-files.ts'
import { damagedBackup } from './backup-format.ts'
import { copyHashed } from './write-backup.ts'

const ENTRY_BYTES = 32 + 8 + 1
const INSIDE = 1
const BESIDE = 0

export type PictureWhere = 'inside' | 'beside'

interface Hash {
  update(bytes: Buffer): unknown
}

async function openPicture(path: string): Promise<{ handle: FileHandle; size: number } | null> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch {
    return null
  }
  const info = await handle.stat().catch(() => null)
  if (!info || !info.isFile() || info.size > MAX_PICTURE_FILE_BYTES) {
    await handle.close()
    return null
  }
  return { handle, size: info.size }
}

function entryHead(name: string, size: number, where: number): Buffer {
  const head = Buffer.alloc(ENTRY_BYTES)
  head.write(name, 0, 'latin1')
  head.writeBigUInt64BE(BigInt(size), 32)
  head[40] = where
  return head
}

/** Puts `source` into the shared folder under `name`, unless a file of that name and size is there (a name is never reused for other bytes). */
async function shareOnce(source: FileHandle, size: number, shared: string, name: string): Promise<void> {
  const target = join(shared, name)
  const there = await stat(target).catch(() => null)
  if (there?.isFile() && there.size === size) return
  const temp = tempPathBeside(target)
  const out = await createPrivateFile(temp)
  try {
    if ((await copyHashed(source, out, 0, size, { update: () => undefined })) !== size) throw new Error('a picture changed while it was being backed up')
    await out.sync()
    await out.close()
    await rename(temp, target)
  } catch (error) {
    await out.close().catch(() => undefined)
    await removeQuietly(temp)
    throw error
  }
}

/**
 * Writes the section for the files `names` (in the data folder's pictures/) into `out` at
 * `offset`, feeding it to `hash`; returns its length. A file gone since the snapshot was taken is
 * left out (its picture will read as missing).
 */
export async function writePictureSection(
  out: FileHandle,
  offset: number,
  hash: Hash,
  dataDir: string,
  names: readonly string[],
  where: PictureWhere,
  sharedDir?: string
): Promise<number> {
  const live = join(dataDir, PICTURES_FOLDER)
  let at = offset
  let count = 0
  let sharing = false
  for (const name of names) {
    if (!isPictureFileName(name)) continue
    const picture = await openPicture(join(live, name))
    if (!picture) continue
    try {
      const head = entryHead(name, picture.size, where === 'inside' ? INSIDE : BESIDE)
      if (where === 'beside') {
        if (!sharing) await ensurePrivateDir(sharedDir!)
        sharing = true
        await shareOnce(picture.handle, picture.size, sharedDir!, name)
      }
      hash.update(head)
      await out.write(head, 0, head.length, at)
      at += head.length
      if (where === 'inside') {
        const copied = await copyHashed(picture.handle, out, at, picture.size, hash)
        if (copied !== picture.size) throw new Error('a picture changed while it was being backed up')
        at += copied
      }
      count++
    } finally {
      await picture.handle.close()
    }
  }
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(count, 0)
  hash.update(tail)
  await out.write(tail, 0, 4, at)
  if (sharing) await syncDir(sharedDir!)
  return at + 4 - offset
}

/** A picture a backup carries, once read: its bytes in a temporary file of ours, or the name of its file beside the backup. */
export type CarriedPicture = { name: string; size: number; temp: string } | { name: string; size: number; temp?: undefined }

/**
 * Reads the section of `input` from `offset` to the end of the file, feeding it to `hash`; the
 * pictures inside are copied to temporary files in `dataDir` (removed by `dropCarried` unless
 * placed). Throws BACKUP_INVALID when the section does not hold together.
 */
export async function readPictureSection(input: FileHandle, offset: number, end: number, hash: Hash, dataDir: string): Promise<CarriedPicture[]> {
  const carried: CarriedPicture[] = []
  try {
    let at = offset
    const head = Buffer.alloc(ENTRY_BYTES)
    while (at < end - 4) {
      if (end - 4 - at < ENTRY_BYTES || (await input.read(head, 0, ENTRY_BYTES, at)).bytesRead !== ENTRY_BYTES) throw damagedBackup()
      hash.update(head)
      at += ENTRY_BYTES
      const name = head.toString('latin1', 0, 32)
      const size = Number(head.readBigUInt64BE(32))
      if (!isPictureFileName(name) || size > MAX_PICTURE_FILE_BYTES || (head[40] !== INSIDE && head[40] !== BESIDE)) throw damagedBackup()
      if (head[40] === BESIDE) {
        carried.push({ name, size })
        continue
      }
      if (at + size > end - 4) throw damagedBackup()
      const temp = tempPathIn(dataDir, 'restore-picture-')
      const out = await createPrivateFile(temp)
      carried.push({ name, size, temp })
      try {
        if ((await copyHashed(input, out, 0, size, hash, at)) !== size) throw damagedBackup()
        await out.sync()
      } finally {
        await out.close()
      }
      at += size
    }
    const tail = Buffer.alloc(4)
    if (at !== end - 4 || (await input.read(tail, 0, 4, at)).bytesRead !== 4) throw damagedBackup()
    hash.update(tail)
    if (tail.readUInt32BE(0) !== carried.length) throw damagedBackup()
    return carried
  } catch (error) {
    await dropCarried(carried)
    throw error
  }
}

export async function dropCarried(carried: readonly CarriedPicture[]): Promise<void> {
  await removeQuietly(...carried.flatMap((picture) => (picture.temp ? [picture.temp] : [])))
}

/**
 * Puts a checked backup's pictures into the data folder's pictures/ before its database goes in:
 * those inside it from their temporary files, those beside it copied from the pictures/ folder
 * next to the backup file. A file of the same name already there (the same picture) is kept; one
 * that cannot be found is left out, and reads as missing. Files already there stay: the copy kept
 * from before the restore names them (picture-sweep.ts keeps what it names).
 */
export async function placeCarried(carried: readonly CarriedPicture[], dataDir: string, backupFile: string): Promise<void> {
  const live = join(dataDir, PICTURES_FOLDER)
  if (carried.length === 0) return
  await ensurePrivateDir(live)
  try {
    for (const picture of carried) {
      const target = join(live, picture.name)
      const there = await stat(target).catch(() => null)
      if (there?.isFile() && there.size === picture.size) continue
      if (picture.temp) {
        await rename(picture.temp, target)
        continue
      }
      const source = await openPicture(join(dirname(backupFile), PICTURES_FOLDER, picture.name))
      if (!source) continue
      const temp = tempPathBeside(target)
      try {
        const out = await createPrivateFile(temp)
        try {
          if ((await copyHashed(source.handle, out, 0, source.size, { update: () => undefined })) === source.size) await out.sync()
        } finally {
          await out.close()
        }
        await rename(temp, target)
      } catch (error) {
        await removeQuietly(temp)
        throw error
      } finally {
        await source.handle.close()
      }
    }
    await syncDir(live)
  } finally {
    await dropCarried(carried)
  }
}

/** The names of the pictures a backup file keeps beside it (none for a format 1 backup, or one that cannot be read). */
export async function namesBeside(file: string, payloadEnd: number): Promise<string[]> {
  const input = await open(file, 'r').catch(() => null)
  if (!input) return []
  try {
    const size = (await input.stat()).size
    const names: string[] = []
    const head = Buffer.alloc(ENTRY_BYTES)
    for (let at = payloadEnd; at < size - 4;) {
      if ((await input.read(head, 0, ENTRY_BYTES, at)).bytesRead !== ENTRY_BYTES) return names
      at += ENTRY_BYTES
      if (head[40] === BESIDE) names.push(head.toString('latin1', 0, 32))
      else at += Number(head.readBigUInt64BE(32))
    }
    return names
  } finally {
    await input.close()
  }
}

/** Removes the shared pictures no kept automatic backup names any more. */
export async function pruneShared(sharedDir: string, kept: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(sharedDir).catch(() => [] as string[])
  await removeQuietly(...entries.filter((name) => !kept.has(name)).map((name) => join(sharedDir, name)))
}
