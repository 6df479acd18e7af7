import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION, HEADER_BYTES, MAGIC, encodeHeader, parseHeader, startDigest } from '../../../../src/main/backup/backup-format.ts'
import { AppError } from '../../../../src/shared/errors.ts'

const payload = Buffer.from('SQLite format 3\0 and the rest of the pages')
// Format 1: the payload is all there is after the header (format 2's pictures are below).
const fields = { formatVersion: 1, schemaVersion: 3, createdAt: Date.parse('2026-11-25T08:30:00Z'), payloadLength: payload.length }

function file(): Buffer {
  const digest = startDigest(fields).update(payload).digest()
  return Buffer.concat([encodeHeader({ ...fields, digest }), payload])
}

function refusal(bytes: Buffer, size = bytes.length): AppError {
  try {
    parseHeader(bytes, size)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('the header was accepted')
}

describe('the backup header', () => {
  it('reads back what was written, with a digest over the fields and the payload', () => {
    const bytes = file()
    expect(bytes.length).toBe(HEADER_BYTES + payload.length)
    expect(bytes.subarray(0, 16)).toEqual(MAGIC)
    const header = parseHeader(bytes.subarray(0, HEADER_BYTES), bytes.length)
    expect(header).toEqual({ ...fields, digest: header.digest })
    // Independently: SHA-256 of bytes 0–39 and the payload.
    const expected = createHash('sha256').update(bytes.subarray(0, 40)).update(payload).digest()
    expect(header.digest).toEqual(expected)
  })

  it('binds every field: a different schema version or time gives a different digest', () => {
    const base = startDigest(fields).update(payload).digest()
    expect(
      startDigest({ ...fields, schemaVersion: 4 })
        .update(payload)
        .digest()
    ).not.toEqual(base)
    expect(
      startDigest({ ...fields, createdAt: fields.createdAt + 1 })
        .update(payload)
        .digest()
    ).not.toEqual(base)
  })

  it('takes a format 2 file with at least its pictures’ count after the payload, and nothing shorter', () => {
    const v2 = { ...fields, formatVersion: FORMAT_VERSION }
    expect(FORMAT_VERSION).toBe(2)
    const section = Buffer.alloc(4)
    const digest = startDigest(v2).update(payload).update(section).digest()
    const bytes = Buffer.concat([encodeHeader({ ...v2, digest }), payload, section])
    expect(parseHeader(bytes.subarray(0, HEADER_BYTES), bytes.length)).toEqual({ ...v2, digest })
    expect(parseHeader(bytes.subarray(0, HEADER_BYTES), bytes.length + 100).payloadLength).toBe(payload.length)
    expect(refusal(bytes.subarray(0, HEADER_BYTES), bytes.length - 1).message).toMatch(/incomplete or damaged/)
  })

  it('refuses what is not a backup, what is cut short or padded, and a newer format', () => {
    const bytes = file()
    expect(refusal(Buffer.alloc(0)).message).toMatch(/not a Sevenfold backup/)
    expect(refusal(Buffer.from('SQLite format 3\0')).message).toMatch(/not a Sevenfold backup/)
    expect(refusal(bytes.subarray(0, 17)).message).toMatch(/incomplete or damaged/)
    expect(refusal(bytes.subarray(0, 40)).message).toMatch(/incomplete or damaged/)
    expect(refusal(bytes.subarray(0, HEADER_BYTES), bytes.length - 1).message).toMatch(/incomplete or damaged/)
    expect(refusal(bytes.subarray(0, HEADER_BYTES), bytes.length + 1).message).toMatch(/incomplete or damaged/)
    const newer = Buffer.from(bytes)
    newer.writeUInt16BE(FORMAT_VERSION + 1, 16)
    expect(refusal(newer).message).toMatch(/newer version of Sevenfold\. Update Sevenfold first/)
    const zero = Buffer.from(bytes)
    zero.writeUInt16BE(0, 16)
    expect(refusal(zero).message).toMatch(/incomplete or damaged/)
    const longer = Buffer.from(bytes)
    longer.writeUInt16BE(HEADER_BYTES + 8, 18)
    expect(refusal(longer).message).toMatch(/incomplete or damaged/)
    for (const error of [refusal(Buffer.alloc(0)), refusal(newer)]) expect(error.code).toBe('BACKUP_INVALID')
  })
})
