import { describe, expect, it } from 'vitest'
import { newJournalKey } from '../../../../src/main/crypto/key-slots.ts'
import { randomId } from '../../../../src/main/crypto/secret-buffer.ts'
import { bucketOf, RECORD_BUCKETS, ReflectionRecord } from '../../../../src/main/journal/reflection-record.ts'
import { ROOT_BUCKET, type RecordRow } from '../../../../src/main/storage/reflection-record-repository.ts'
import { flipped } from '../../../support/vault.ts'

const OWNER = 'owner-aaaaaaaaaaaaaaaa'

/** A stored record as rows by bucket, written the way a journal writes it, save by save. */
function storedRecord(key: Buffer, saves: Array<[string, number | null]>) {
  const rows = new Map<number, Buffer>()
  for (const row of ReflectionRecord.firstRows(OWNER, key)) rows.set(row.bucket, row.data)
  const record = ReflectionRecord.load(
    OWNER,
    [...rows].map(([bucket, data]) => ({ bucket, data })),
    key
  ).record
  for (const change of saves) {
    const staged = record.stage([change], key)
    for (const row of staged.rows) rows.set(row.bucket, row.data)
    staged.apply()
  }
  return { rows, asRows: (): RecordRow[] => [...rows].map(([bucket, data]) => ({ bucket, data })) }
}

describe("a journal's record of its reflections", () => {
  it('spreads ids over its buckets evenly and always the same way', () => {
    const counts = new Array<number>(RECORD_BUCKETS).fill(0)
    for (let i = 0; i < 25_600; i++) counts[bucketOf(randomId())]!++
    expect(Math.min(...counts)).toBeGreaterThan(50)
    expect(Math.max(...counts)).toBeLessThan(170)
    const id = randomId()
    expect(bucketOf(id)).toBe(bucketOf(id))
  })

  it('reads back each save it was told of, and forgets the deleted', () => {
    const key = newJournalKey()
    const [a, b, c] = [randomId(), randomId(), randomId()]
    const stored = storedRecord(key, [
      [a, 1],
      [b, 1],
      [a, 2],
      [c, 1],
      [b, null]
    ])
    const { record, rootMissing, rootDamaged, damagedBuckets } = ReflectionRecord.load(OWNER, stored.asRows(), key)
    expect({ rootMissing, rootDamaged, damagedBuckets }).toEqual({ rootMissing: false, rootDamaged: false, damagedBuckets: [] })
    expect([record.versionOf(a), record.versionOf(b), record.versionOf(c)]).toEqual([2, undefined, 1])
    expect([...record.ids()].sort()).toEqual([a, c].sort())
  })

  it('a save rewrites one bucket and the root, nothing else', () => {
    const key = newJournalKey()
    const id = randomId()
    const { record } = ReflectionRecord.load(OWNER, storedRecord(key, []).asRows(), key)
    expect(record.stage([[id, 1]], key).rows.map((row) => row.bucket)).toEqual([bucketOf(id), ROOT_BUCKET])
  })

  it('knows a bucket put back from before its last write, and a root that is missing or changed', () => {
    const key = newJournalKey()
    const id = randomId()
    const early = storedRecord(key, [[id, 1]])
    const later = storedRecord(key, [
      [id, 1],
      [id, 2]
    ])
    const rows = later.asRows().map((row) => (row.bucket === bucketOf(id) ? { ...row, data: early.rows.get(row.bucket)! } : row))
    const mixed = ReflectionRecord.load(OWNER, rows, key)
    expect(mixed.damagedBuckets).toEqual([bucketOf(id)])
    expect(mixed.record.isUnknown(id)).toBe(true)

    expect(
      ReflectionRecord.load(
        OWNER,
        later.asRows().filter((row) => row.bucket !== ROOT_BUCKET),
        key
      )
    ).toMatchObject({ rootMissing: true })
    const changedRoot = later.asRows().map((row) => (row.bucket === ROOT_BUCKET ? { ...row, data: flipped(row.data, 20) } : row))
    expect(ReflectionRecord.load(OWNER, changedRoot, key)).toMatchObject({ rootMissing: false, rootDamaged: true })
    // A bucket row deleted outright, with its counter still in the root.
    const gone = ReflectionRecord.load(
      OWNER,
      later.asRows().filter((row) => row.bucket !== bucketOf(id)),
      key
    )
    expect(gone.damagedBuckets).toEqual([bucketOf(id)])
  })

  it('learns what an unknown bucket held from the headers, and writes it down again', () => {
    const key = newJournalKey()
    const id = randomId()
    const { record } = ReflectionRecord.load(OWNER, [], key)
    record.adopt(id, 4)
    const relearnt = record.relearnt(key)!
    expect(relearnt.rows).toHaveLength(RECORD_BUCKETS + 1)
    relearnt.apply()
    expect(record.relearnt(key)).toBeNull()
    const reread = ReflectionRecord.load(OWNER, relearnt.rows, key)
    expect(reread.record.versionOf(id)).toBe(4)
    expect(reread.record.isUnknown(id)).toBe(false)
  })

  it('is bound to its journal: another owner’s rows do not open as this one’s', () => {
    const key = newJournalKey()
    const theirs = ReflectionRecord.firstRows('owner-bbbbbbbbbbbbbbbb', key)
    expect(ReflectionRecord.load(OWNER, theirs, key)).toMatchObject({ rootDamaged: true })
  })
})
