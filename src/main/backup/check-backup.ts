// Everything a backup must pass before it may replace anything: its header, its checksum,
// its schema (exactly what the migrations make at its version), SQLite's integrity check,
// and a passphrase that opens one of its journals (each profile's passphrase slot, unwrapped
// as an unlock would). The payload is checked as a private temporary file in the data folder,
// which is what then moves into place.

import { timingSafeEqual } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { AppError, isAppError } from '../../shared/errors.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import { openReadOnly, schemaVersion, soundInWorker } from '../storage/database-file.ts'
import type { Database } from '../storage/database.ts'
import type { KeySlotRepository } from '../storage/key-slot-repository.ts'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../storage/migrations/index.ts'
import { createPrivateFile, diskFullAs, removeQuietly, tempPathIn, withSidecars } from '../storage/private-files.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import { schemaIsMigrations } from '../storage/schema-trust.ts'
import { checkNotThrottled, wrongSecret } from '../journal/index.ts'
import { openWithPassphrase } from '../journal/index.ts'
import type { UnlockThrottle } from '../passphrase/index.ts'
import { HEADER_BYTES, alteredBackup, damagedBackup, newerBackup, readHeader, startDigest, unreadableBackup, type BackupHeader } from './backup-format.ts'
import { copyHashed } from './write-backup.ts'
import { dropCarried, readPictureSection, type CarriedPicture } from './backup-pictures.ts'

/** A backup checked all the way: its database as a private file in the data folder, and the pictures it carries. */
export interface CheckedBackup {
  payload: string
  pictures: CarriedPicture[]
}

/** Wrong passphrases for restores count here, and against each journal in the backup too. */
export const RESTORE_THROTTLE_KEY = 'restore'

export interface CheckRequest {
  file: string
  dataDir: string
  passphrase: string
  throttle: UnlockThrottle
  /** The repositories a backup's own database is read through (the handlers build them). */
  repositories: (db: Database) => { profiles: ProfileRepository; slots: KeySlotRepository }
  /** The newest schema this app knows (tests of older and newer backups change it). */
  latestSchema?: number
}

function noJournals(): AppError {
  return new AppError('BACKUP_INVALID', 'This backup holds no journals, so there is nothing to restore. Choose another backup file.')
}

const diskFull = 'The disk is full, so the backup could not be restored. Free some space and try again; nothing was changed.'

/** Copies the payload (and any pictures inside) out of `file` into new private files, proving its checksum on the way. */
async function extractPayload(file: string, dataDir: string): Promise<{ header: BackupHeader; payload: string; pictures: CarriedPicture[] }> {
  let input: FileHandle
  try {
    input = await open(file, 'r')
  } catch {
    throw unreadableBackup()
  }
  const payload = tempPathIn(dataDir, 'restore-')
  let out: FileHandle | undefined
  try {
    const header = await readHeader(input)
    out = await createPrivateFile(payload)
    const hash = startDigest(header)
    const copied = await copyHashed(input, out, 0, header.payloadLength, hash, HEADER_BYTES)
    if (copied !== header.payloadLength) throw damagedBackup()
    const end = (await input.stat()).size
    const pictures = header.formatVersion >= 2 ? await readPictureSection(input, HEADER_BYTES + header.payloadLength, end, hash, dataDir) : []
    if (!timingSafeEqual(hash.digest(), header.digest)) {
      await dropCarried(pictures)
      throw damagedBackup()
    }
    await out.sync()
    return { header, payload, pictures }
  } catch (error) {
    await out?.close().catch(() => undefined)
    out = undefined
    await removeQuietly(payload)
    if (isAppError(error)) throw error
    const full = diskFullAs(error, diskFull)
    throw isAppError(full) ? full : unreadableBackup()
  } finally {
    await out?.close()
    await input.close().catch(() => undefined)
  }
}

/**
 * Refuses a payload whose schema is not the migrations' at the header's version, before the
 * integrity check and before any of its rows is read.
 */
function checkSchema(payload: string, header: BackupHeader): void {
  let ours: boolean
  try {
    const db = openReadOnly(payload)
    try {
      if (schemaVersion(db) !== header.schemaVersion) throw damagedBackup()
      ours = schemaIsMigrations(db, MIGRATIONS)
    } finally {
      db.close()
    }
  } catch (error) {
    if (isAppError(error)) throw error
    throw damagedBackup()
  }
  if (!ours) throw alteredBackup()
}

/** The profiles of a sound database file, or BACKUP_INVALID; SQLite's own errors mean damage. */
async function soundProfiles(payload: string, header: BackupHeader, repositories: CheckRequest['repositories']) {
  checkSchema(payload, header)
  // The whole-file check runs in a worker; the rest are small reads.
  if (!(await soundInWorker(payload))) throw damagedBackup()
  try {
    const db = openReadOnly(payload)
    return { db, profiles: checkedProfiles(db, header, repositories) }
  } catch (error) {
    if (isAppError(error)) throw error
    throw damagedBackup()
  }
}

function checkedProfiles(db: Database, header: BackupHeader, repositories: CheckRequest['repositories']) {
  try {
    if (schemaVersion(db) !== header.schemaVersion) throw damagedBackup()
    const profiles = repositories(db).profiles.list()
    if (profiles.length === 0) throw noJournals()
    return profiles
  } catch (error) {
    db.close()
    throw error
  }
}

/** The journal the passphrase opens in `db` (null if none); damaged slots are passed over. */
async function opensAJournal(slots: KeySlotRepository, profileIds: string[], passphrase: string): Promise<{ opened: string | null; damaged: boolean }> {
  let damaged = false
  for (const profileId of profileIds) {
    let opened: Awaited<ReturnType<typeof openWithPassphrase>>
    try {
      opened = await openWithPassphrase(slots, profileId, passphrase)
    } catch (error) {
      if (!isAppError(error)) throw error
      damaged = true
      continue
    }
    if (opened) {
      wipe(opened.key)
      return { opened: profileId, damaged }
    }
  }
  return { opened: null, damaged }
}

/**
 * Checks a backup file all the way; returns the path of its checked payload (a private temp
 * file in `dataDir`, which the caller moves into place or removes) and the pictures it carries
 * (placeCarried puts them in, dropCarried removes them). Refuses with
 * BACKUP_INVALID, WRONG_PASSPHRASE, TOO_MANY_ATTEMPTS or DISK_FULL, leaving nothing behind.
 */
export async function checkBackup(request: CheckRequest): Promise<CheckedBackup> {
  const { throttle, passphrase } = request
  checkNotThrottled(throttle, RESTORE_THROTTLE_KEY)
  const { header, payload, pictures } = await extractPayload(request.file, request.dataDir)
  try {
    if (header.schemaVersion > (request.latestSchema ?? LATEST_SCHEMA_VERSION)) throw newerBackup()
    if (header.schemaVersion < 1) throw damagedBackup()
    const { db, profiles } = await soundProfiles(payload, header, request.repositories)
    // Each journal in the backup is a door this passphrase is tried at: its own wait holds here.
    const doors = [RESTORE_THROTTLE_KEY, ...profiles.map((p) => p.id)]
    let result: { opened: string | null; damaged: boolean }
    try {
      checkNotThrottled(throttle, ...doors)
      result = await opensAJournal(
        request.repositories(db).slots,
        profiles.map((p) => p.id),
        passphrase
      )
    } catch (error) {
      throw isAppError(error) && error.code === 'TOO_MANY_ATTEMPTS' ? error : damagedBackup()
    } finally {
      db.close()
    }
    if (!result.opened) {
      if (result.damaged) throw damagedBackup()
      throw wrongSecret(throttle, doors, 'passphrase', 'any journal in this backup')
    }
    throttle.succeed(RESTORE_THROTTLE_KEY)
    throttle.succeed(result.opened)
    // A read-only look may leave empty -wal/-shm files beside a WAL-mode payload.
    await removeQuietly(...withSidecars(payload).slice(1))
    return { payload, pictures }
  } catch (error) {
    await removeQuietly(...withSidecars(payload))
    await dropCarried(pictures)
    throw error
  }
}
