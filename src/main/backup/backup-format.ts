// A backup file is a small fixed header followed by the SQLite snapshot, byte for byte:
//
//   0  16 B  magic (a non-ASCII first byte and CR LF, so a text-mode copy shows as damage)
//  16   2 B  format version (1)            18  2 B  header length (72)
//  20   4 B  schema version of the snapshot
//  24   8 B  creation time, ms since 1970  32  8 B  payload length
//  40  32 B  SHA-256 of bytes 0–39 and everything after the header
//
// Format 2 (issue 19) follows the payload with the pictures the database names (backup-pictures.ts);
// format 1 ends with the payload. Integers are big-endian. The digest covers the header's fields
// as well, so no bit of the file can change unnoticed. The payload and the pictures are already
// encrypted; the header says nothing private.

import { createHash, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { AppError } from '../../shared/errors.ts'

export const BACKUP_EXTENSION = 'sevenfold-backup'
export const MAGIC = Buffer.from([0x89, ...Buffer.from('SEVENFOLD-BAK', 'ascii'), 0x0d, 0x0a])
export const FORMAT_VERSION = 2
/** The pictures' section ends with its count: a format 2 file has at least these bytes after its payload. */
export const PICTURES_MIN_BYTES = 4
export const HEADER_BYTES = 72
const FIELDS_BYTES = 40

export interface BackupHeader {
  formatVersion: number
  schemaVersion: number
  createdAt: number
  payloadLength: number
  /** SHA-256 over the header's fields and the payload. */
  digest: Buffer
}

export function unreadableBackup(): AppError {
  return new AppError('BACKUP_INVALID', 'Sevenfold could not read that file. Check that it is still there and that you may open it, then try again.')
}

export function notABackup(): AppError {
  return new AppError('BACKUP_INVALID', 'This file is not a Sevenfold backup, so nothing was restored. Choose a file whose name ends in .sevenfold-backup.')
}

export function damagedBackup(): AppError {
  return new AppError(
    'BACKUP_INVALID',
    'This backup file is incomplete or damaged, so nothing was restored and your journals are as they were. Try another backup file.'
  )
}

/** Its schema is not what Sevenfold's migrations make: tables, views, triggers or indexes were added or changed. */
export function alteredBackup(): AppError {
  return new AppError(
    'BACKUP_INVALID',
    'This backup was changed outside Sevenfold (its tables, triggers or indexes are not the ones Sevenfold makes), so nothing was restored and your journals are as they were. Try another backup file.'
  )
}

export function newerBackup(): AppError {
  return new AppError('BACKUP_INVALID', 'This backup was made by a newer version of Sevenfold. Update Sevenfold first, then restore it; nothing was changed.')
}

function fields(header: Omit<BackupHeader, 'digest'>): Buffer {
  const bytes = Buffer.alloc(FIELDS_BYTES)
  MAGIC.copy(bytes, 0)
  bytes.writeUInt16BE(header.formatVersion, 16)
  bytes.writeUInt16BE(HEADER_BYTES, 18)
  bytes.writeUInt32BE(header.schemaVersion, 20)
  bytes.writeBigUInt64BE(BigInt(header.createdAt), 24)
  bytes.writeBigUInt64BE(BigInt(header.payloadLength), 32)
  return bytes
}

/** A hash already fed the header's fields: feed it the payload, then `encodeHeader` with its digest. */
export function startDigest(header: Omit<BackupHeader, 'digest'>): Hash {
  return createHash('sha256').update(fields(header))
}

export function encodeHeader(header: BackupHeader): Buffer {
  if (header.digest.length !== 32) throw new Error('a backup digest is 32 bytes')
  return Buffer.concat([fields(header), header.digest])
}

/**
 * The header of a file of `fileSize` bytes whose first bytes are `bytes`, checked as far as
 * it can be without the payload: magic, format version, and that the length adds up.
 */
export function parseHeader(bytes: Buffer, fileSize: number): BackupHeader {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup()
  if (bytes.length < 18) throw damagedBackup()
  const formatVersion = bytes.readUInt16BE(16)
  // A later format may lay out the rest differently: only the version is read from it.
  if (formatVersion > FORMAT_VERSION) throw newerBackup()
  if (formatVersion < 1 || bytes.length < HEADER_BYTES || bytes.readUInt16BE(18) !== HEADER_BYTES) throw damagedBackup()
  const payloadLength = bytes.readBigUInt64BE(32)
  const after = BigInt(fileSize - HEADER_BYTES) - payloadLength
  if (formatVersion === 1 ? after !== 0n : after < BigInt(PICTURES_MIN_BYTES)) throw damagedBackup()
  return {
    formatVersion,
    schemaVersion: bytes.readUInt32BE(20),
    createdAt: Number(bytes.readBigUInt64BE(24)),
    payloadLength: Number(payloadLength),
    digest: Buffer.from(bytes.subarray(FIELDS_BYTES, HEADER_BYTES))
  }
}

/** Reads and parses the header at the start of an open backup file. */
export async function readHeader(input: FileHandle): Promise<BackupHeader> {
  const size = (await input.stat()).size
  const head = Buffer.alloc(HEADER_BYTES)
  const { bytesRead } = await input.read(head, 0, HEADER_BYTES, 0)
  return parseHeader(head.subarray(0, bytesRead), size)
}
