// Writing a backup: SQLite's online backup copies the open database page by page between
// turns of the event loop (the app keeps answering, and writes made meanwhile are either in
// the copy or not, never half), into a private temporary file in the data folder. That copy
// becomes the payload behind the header, written beside the target under a temporary name and
// renamed into place. Nothing is decrypted: the pages are copied as they are stored, and so are
// the pictures' files its rows name, after it (backup-pictures.ts).

import { open, rename, stat, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Database } from '../storage/database.ts'
import { settleToOneFile } from '../storage/database-file.ts'
import { createPrivateFile, removeQuietly, removeTempsBeside, syncDir, tempPathBeside, tempPathIn, withSidecars } from '../storage/private-files.ts'
import { FORMAT_VERSION, HEADER_BYTES, encodeHeader, startDigest } from './backup-format.ts'
import { writePictureSection, type PictureWhere } from './backup-pictures.ts'
import { pictureFilesNamedIn } from '../storage/picture-files.ts'

const CHUNK_BYTES = 1024 * 1024
const PAGES_PER_TURN = 100

export interface WrittenBackup {
  bytes: number
  schemaVersion: number
}

/**
 * Runs SQLite's online backup of `db` into `file`, a few pages per turn of the event loop.
 * The copy's last step commits it, and SQLite then syncs the file on this thread: with tens of
 * megabytes still unwritten that is a long stall. So the file is flushed from another thread
 * as the copy goes, and before that last step the copy waits (copying nothing per turn) until
 * a final flush is done, leaving the commit little to sync.
 */
async function copyInto(db: Database, file: string): Promise<void> {
  const handle = await open(file, 'r+')
  let flushing: Promise<void> | null = null
  const flush = (): Promise<void> =>
    (flushing ??= handle.datasync().finally(() => {
      flushing = null
    }))
  let lastStep: 'not yet' | 'waiting' | 'go' = 'not yet'
  try {
    await db.backup(file, {
      progress: ({ remainingPages }) => {
        if (remainingPages > PAGES_PER_TURN) {
          flush().catch(() => undefined)
          return PAGES_PER_TURN
        }
        if (lastStep === 'not yet') {
          lastStep = 'waiting'
          // After a flush in flight, one more for what it missed; a failed flush only costs time.
          ;(flushing ?? Promise.resolve())
            .then(flush)
            .catch(() => undefined)
            .finally(() => (lastStep = 'go'))
        }
        return lastStep === 'go' ? PAGES_PER_TURN : 0
      }
    })
  } finally {
    await (flushing as Promise<void> | null)?.catch(() => undefined)
    await handle.close()
  }
}

/** A consistent copy of `db` as one self-contained file in `dataDir`; the caller removes it. */
async function snapshot(db: Database, dataDir: string): Promise<{ file: string; schemaVersion: number }> {
  const file = tempPathIn(dataDir, 'snapshot-')
  try {
    await (await createPrivateFile(file)).close()
    await copyInto(db, file)
    return { file, schemaVersion: settleToOneFile(file) }
  } catch (error) {
    await removeQuietly(...withSidecars(file))
    throw error
  }
}

/** Copies `from` to `out` at `offset`, feeding every chunk to `hash` too; returns the bytes copied. */
export async function copyHashed(
  from: FileHandle,
  out: FileHandle,
  offset: number,
  length: number,
  hash: { update(b: Buffer): unknown },
  fromOffset = 0
): Promise<number> {
  const chunk = Buffer.alloc(CHUNK_BYTES)
  let done = 0
  while (done < length) {
    const { bytesRead } = await from.read(chunk, 0, Math.min(CHUNK_BYTES, length - done), fromOffset + done)
    if (bytesRead === 0) break
    const piece = chunk.subarray(0, bytesRead)
    hash.update(piece)
    await out.write(piece, 0, bytesRead, offset + done)
    done += bytesRead
  }
  return done
}

/** Where a backup's pictures go: inside it (the default), or once each into a folder shared by backups (the automatic ones). */
export interface BackupPictures {
  where: PictureWhere
  /** For 'beside': the folder beside the backups. */
  sharedDir?: string
}

/** Writes a backup of `db` to `target` (replacing any file there only once it is complete). */
export async function writeBackup(
  db: Database,
  dataDir: string,
  target: string,
  createdAt: number,
  pictures: BackupPictures = { where: 'inside' }
): Promise<WrittenBackup> {
  const snap = await snapshot(db, dataDir)
  await removeTempsBeside(target)
  const temp = tempPathBeside(target)
  let input: FileHandle | undefined
  let out: FileHandle | undefined
  try {
    const payloadLength = (await stat(snap.file)).size
    const fields = { formatVersion: FORMAT_VERSION, schemaVersion: snap.schemaVersion, createdAt, payloadLength }
    const hash = startDigest(fields)
    input = await open(snap.file, 'r')
    out = await createPrivateFile(temp)
    const copied = await copyHashed(input, out, HEADER_BYTES, payloadLength, hash)
    if (copied !== payloadLength) throw new Error('the snapshot changed while it was being copied')
    // The pictures the snapshot's rows name, as they are now (a picture's file never changes under its name).
    const names = pictureFilesNamedIn(snap.file)
    const section = await writePictureSection(out, HEADER_BYTES + payloadLength, hash, dataDir, names, pictures.where, pictures.sharedDir)
    await out.write(encodeHeader({ ...fields, digest: hash.digest() }), 0, HEADER_BYTES, 0)
    await out.sync()
    await out.close()
    out = undefined
    await rename(temp, target)
    await syncDir(dirname(target))
    return { bytes: HEADER_BYTES + payloadLength + section, schemaVersion: snap.schemaVersion }
  } catch (error) {
    await out?.close().catch(() => undefined)
    await removeQuietly(temp)
    throw error
  } finally {
    await input?.close().catch(() => undefined)
    await removeQuietly(...withSidecars(snap.file))
  }
}
