// A journal's record of which reflections exist and at which save, under the journal key
// (docs/security.md, "Rollback"). Every blob of a reflection is authentic for its place, so
// without it an older header and body put back, or a row deleted, would open as if nothing
// happened. Unlocking checks each header's save against the record; a save updates both in one
// transaction.
//
// The record is split into buckets by id, so a save rewrites one small bucket (about 40 entries
// at 10,000 reflections) and the root, which holds every bucket's write counter. Each bucket's
// blob is bound to its counter, and the root binds them all: no bucket can be put back alone.

import { decryptBlob, encryptBlob, type AeadKey, type BlobPlace } from '../crypto/aead.ts'
import { ROOT_BUCKET, type RecordRow } from '../storage/reflection-record-repository.ts'

export const RECORD_BUCKETS = 256
/**
 * Set on a save the record learnt from a header rather than wrote itself (its bucket was missing
 * or damaged): it may be an older save put back, so it stays "unchecked" until saved again or
 * confirmed by its owner (docs/security.md, "Rollback").
 */
const LEARNT = 0x8000_0000
const FORMAT = 1
const ROOT_BYTES = 1 + RECORD_BUCKETS * 4

export function bucketOf(id: string): number {
  // FNV-1a: the ids are random already, this only spreads them evenly and stably.
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % RECORD_BUCKETS
}

function rootPlace(profileId: string): BlobPlace {
  return { table: 'reflection_record', rowId: 'root', ownerId: profileId, field: 'root' }
}

function bucketPlace(profileId: string, bucket: number, counter: number): BlobPlace {
  return { table: 'reflection_record', rowId: String(bucket), ownerId: profileId, field: 'bucket', version: counter }
}

function encodeBucket(entries: Array<[string, number]>): Buffer {
  const ids = entries.map(([id]) => Buffer.from(id, 'utf8'))
  const out = Buffer.alloc(5 + ids.reduce((sum, id) => sum + 1 + id.length + 4, 0))
  out[0] = FORMAT
  out.writeUInt32BE(entries.length, 1)
  let at = 5
  entries.forEach(([, version], i) => {
    const id = ids[i]!
    out[at] = id.length
    id.copy(out, at + 1)
    out.writeUInt32BE(version, at + 1 + id.length)
    at += 1 + id.length + 4
  })
  return out
}

/** The entries of a decrypted bucket, or null if its bytes do not hold together. */
function decodeBucket(bytes: Buffer): Array<[string, number]> | null {
  if (bytes.length < 5 || bytes[0] !== FORMAT) return null
  const count = bytes.readUInt32BE(1)
  const entries: Array<[string, number]> = []
  let at = 5
  for (let i = 0; i < count; i++) {
    if (at >= bytes.length) return null
    const length = bytes[at]!
    if (at + 1 + length + 4 > bytes.length) return null
    entries.push([bytes.toString('utf8', at + 1, at + 1 + length), bytes.readUInt32BE(at + 1 + length)])
    at += 1 + length + 4
  }
  return at === bytes.length ? entries : null
}

/** Reading the stored record: what it says, and what of it could not be trusted. */
export interface LoadedRecord {
  record: ReflectionRecord
  /** No root at all (a journal from before the record, or one whose record was removed). */
  rootMissing: boolean
  /** The root is there but fails its check: no bucket can be trusted. */
  rootDamaged: boolean
  /** Buckets that fail their check under a sound root. */
  damagedBuckets: number[]
}

export class ReflectionRecord {
  readonly profileId: string
  /** Per bucket, the save of each reflection it lists: a save touches one bucket, not the whole list. */
  readonly #buckets = Array.from({ length: RECORD_BUCKETS }, () => new Map<string, number>())
  readonly #counters = new Uint32Array(RECORD_BUCKETS)
  /** Buckets whose members are not known (a missing or damaged root or bucket): learnt from the headers. */
  readonly #unknown = new Set<number>()

  private constructor(profileId: string) {
    this.profileId = profileId
  }

  /** The rows of a record with nothing in it, stored with a new journal's first key slots. */
  static firstRows(profileId: string, key: AeadKey): RecordRow[] {
    return new ReflectionRecord(profileId).stage([], key).rows
  }

  static load(profileId: string, rows: RecordRow[], key: AeadKey): LoadedRecord {
    const record = new ReflectionRecord(profileId)
    const root = rows.find((row) => row.bucket === ROOT_BUCKET)
    const loaded: LoadedRecord = { record, rootMissing: !root, rootDamaged: false, damagedBuckets: [] }
    if (!root || !record.#readRoot(root.data, key)) {
      loaded.rootDamaged = root !== undefined
      for (let bucket = 0; bucket < RECORD_BUCKETS; bucket++) record.#unknown.add(bucket)
      return loaded
    }
    for (const row of rows) {
      if (row.bucket < 0 || row.bucket >= RECORD_BUCKETS || record.#readBucket(row.bucket, row.data, key)) continue
      loaded.damagedBuckets.push(row.bucket)
      record.#unknown.add(row.bucket)
    }
    // A counter above 0 means the bucket was written: if its row is gone, so is what it listed.
    for (let bucket = 0; bucket < RECORD_BUCKETS; bucket++) {
      if (record.#counters[bucket]! > 0 && !rows.some((row) => row.bucket === bucket)) {
        loaded.damagedBuckets.push(bucket)
        record.#unknown.add(bucket)
      }
    }
    return loaded
  }

  #readRoot(blob: Buffer, key: AeadKey): boolean {
    let bytes: Buffer
    try {
      bytes = decryptBlob(key, blob, rootPlace(this.profileId))
    } catch {
      return false
    }
    if (bytes.length !== ROOT_BYTES || bytes[0] !== FORMAT) return false
    for (let bucket = 0; bucket < RECORD_BUCKETS; bucket++) this.#counters[bucket] = bytes.readUInt32BE(1 + bucket * 4)
    return true
  }

  #readBucket(bucket: number, blob: Buffer, key: AeadKey): boolean {
    let entries: Array<[string, number]> | null
    try {
      entries = decodeBucket(decryptBlob(key, blob, bucketPlace(this.profileId, bucket, this.#counters[bucket]!)))
    } catch {
      return false
    }
    if (!entries || entries.some(([id]) => bucketOf(id) !== bucket)) return false
    for (const [id, version] of entries) this.#buckets[bucket]!.set(id, version)
    return true
  }

  /** The save the record holds for `id`; undefined if it lists no such reflection. */
  versionOf(id: string): number | undefined {
    const stored = this.#buckets[bucketOf(id)]!.get(id)
    return stored === undefined ? undefined : (stored & ~LEARNT) >>> 0
  }

  /** Whether the record could say nothing about `id` (its bucket was missing or damaged). */
  isUnknown(id: string): boolean {
    return this.#unknown.has(bucketOf(id))
  }

  /** Takes what a header says for an id the record could not vouch for, marked as learnt. */
  adopt(id: string, version: number): void {
    if (this.isUnknown(id)) this.#buckets[bucketOf(id)]!.set(id, (version | LEARNT) >>> 0)
  }

  /** Takes every learnt save as the record's own (a journal from before the record, learning it for the first time). */
  trustLearnt(): void {
    for (const bucket of this.#buckets) for (const [id, stored] of bucket) bucket.set(id, (stored & ~LEARNT) >>> 0)
  }

  /** Ids whose save the record learnt from their header, not from a save of its own. */
  *learnt(): Generator<string> {
    for (const bucket of this.#buckets) for (const [id, stored] of bucket) if (stored & LEARNT) yield id
  }

  /** Every reflection the record lists. */
  *ids(): Generator<string> {
    for (const bucket of this.#buckets) yield* bucket.keys()
  }

  /**
   * The rows to store for these changes (a version, or null for a deleted reflection), and the
   * step that makes them this record's own: call `apply` once the rows are stored.
   */
  stage(changes: Array<[id: string, version: number | null]>, key: AeadKey): { rows: RecordRow[]; apply(): void } {
    const buckets = new Set(changes.map(([id]) => bucketOf(id)))
    return this.#rowsFor(buckets, changes, key)
  }

  /** Every bucket and the root under `key` (a re-key), as `stage` gives them. */
  rewritten(key: AeadKey): { rows: RecordRow[]; apply(): void } {
    return this.#rowsFor(new Set(this.#buckets.keys()), [], key)
  }

  /** Every bucket learnt from the headers, written anew with the root (after a load that left some unknown). */
  relearnt(key: AeadKey): { rows: RecordRow[]; apply(): void } | null {
    if (this.#unknown.size === 0) return null
    return this.#rowsFor(new Set(this.#unknown), [], key)
  }

  #rowsFor(buckets: Set<number>, changes: Array<[string, number | null]>, key: AeadKey): { rows: RecordRow[]; apply(): void } {
    const next = new Map([...buckets].map((bucket) => [bucket, new Map(this.#buckets[bucket])]))
    for (const [id, version] of changes) {
      const members = next.get(bucketOf(id))!
      if (version === null) members.delete(id)
      else members.set(id, version)
    }
    const counters = Uint32Array.from(this.#counters)
    const rows: RecordRow[] = []
    for (const [bucket, members] of next) {
      counters[bucket] = counters[bucket]! + 1
      const entries = [...members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      rows.push({ bucket, data: encryptBlob(key, encodeBucket(entries), bucketPlace(this.profileId, bucket, counters[bucket]!)) })
    }
    const root = Buffer.alloc(ROOT_BYTES)
    root[0] = FORMAT
    counters.forEach((counter, bucket) => root.writeUInt32BE(counter, 1 + bucket * 4))
    rows.push({ bucket: ROOT_BUCKET, data: encryptBlob(key, root, rootPlace(this.profileId)) })
    return {
      rows,
      apply: () => {
        for (const [bucket, members] of next) {
          this.#buckets[bucket] = members
          this.#unknown.delete(bucket)
        }
        this.#counters.set(counters)
      }
    }
  }
}
