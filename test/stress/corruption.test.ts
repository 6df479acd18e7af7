// Corruption (issue 7): copies of a real journal's files, damaged in the ways disks and people
// damage them: cut short, bytes overwritten in random pages, a -wal from another database put
// beside it, the -wal missing or cut short, an empty file, the header page damaged. Each copy
// is opened by a fresh backend: DATABASE_CORRUPT with the files left byte for byte as they were,
// or a clean open where SQLite can (every reflection shown reads back as written, or is refused
// on its own); never a crash. Then the backup made before the damage is restored over it and
// must bring every reflection back. Sizes follow STRESS_SCALE; STRESS_SEED replays a run.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Rng } from '../bench/corpus.ts'
import { runSeed } from './support/crash-checks.ts'
import { judge, type Damaged, type Verdict } from './support/corruption-checks.ts'
import { buildSource, type SourceJournal } from './support/corruption-journal.ts'
import { scaled, tally } from './support/tally.ts'

const work = mkdtempSync(join(tmpdir(), 'sevenfold-corrupt-'))
let source: SourceJournal
let pageSize = 4096
const { seed, rng } = runSeed('corruption')
beforeAll(async () => {
  source = await buildSource(work)
  const size = source.closed.readUInt16BE(16)
  pageSize = size === 1 ? 65536 : size
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const RESTORE_EVERY = 4
const below = (rng: Rng, n: number) => Math.floor(rng() * n)

/** Runs every case of a kind, tallies it, and fails on any case not survived. */
async function runKind(area: string, cases: Array<{ name: string; damaged: Damaged }>, note: string) {
  const verdicts: Array<Verdict & { name: string }> = []
  for (const [i, { name, damaged }] of cases.entries()) {
    // The restore (an Argon2 run and a whole-file check) from every state of the small kinds and
    // every RESTORE_EVERY-th of the big ones, the first with a full decrypting read after it; the
    // others compare the restored rows with the backup's.
    const restore = cases.length <= 2 * RESTORE_EVERY || i % RESTORE_EVERY === 0
    verdicts.push({ name, ...(await judge(work, source, damaged, { restore, decryptAfterRestore: i === 0 })) })
  }
  const refused = verdicts.filter((v) => v.outcome === 'refused')
  const newer = refused.filter((v) => v.code === 'DATABASE_NEWER').length
  const opened = verdicts.filter((v) => v.outcome === 'opened')
  const failed = verdicts.filter((v) => v.problems.length > 0 || v.lost > 0)
  const lost = verdicts.reduce((sum, v) => sum + v.lost, 0)
  const notFound = opened.reduce((s, v) => s + v.notFound, 0)
  tally({
    area: `corruption: ${area}`,
    tried: verdicts.length,
    survived: verdicts.length - failed.length,
    lost,
    note:
      `${refused.length} DATABASE_CORRUPT${newer ? ` (${newer} of them DATABASE_NEWER)` : ''}, ${opened.length} opened ` +
      `(${opened.reduce((s, v) => s + v.read, 0)} reflections read,${opened.some((v) => v.foreign) ? ' another journal shown from its own -wal,' : ''} ${opened.reduce((s, v) => s + v.refusedItems, 0)} refused alone` +
      `${notFound ? `, ${notFound} as NOT_FOUND` : ''}); restored from ${verdicts.filter((v) => v.restored).length}; ${note}`
  })
  expect(failed.map((v) => `${v.name}: ${v.problems.join('; ')}${v.lost ? `; ${v.lost} lost` : ''}`)).toEqual([])
  return { refused, opened }
}

describe('a damaged journal file', () => {
  test('cut short at many lengths', async () => {
    const size = source.closed.length
    const fixed = [1, 16, 99, 100, 101, pageSize - 1, pageSize, pageSize + 1, 2 * pageSize, size - pageSize, size - 1]
    const lengths = [...fixed, ...Array.from({ length: scaled(48, 12) - fixed.length }, () => 1 + below(rng, size - 1))]
    const { opened } = await runKind(
      'database cut short',
      lengths.map((length) => ({ name: `cut to ${length} of ${size} bytes`, damaged: { db: source.closed.subarray(0, length), wal: null } })),
      `lengths 1..${size - 1}; seed ${seed}`
    )
    // SQLite reads a one-byte file as a new, empty database, and one missing only part of its
    // last page as it was (what it showed was checked above); any other cut is refused.
    const explained = (length: number) => length === 1 || length > size - pageSize
    expect(opened.map((v) => v.name).filter((name) => !explained(Number(/cut to (\d+)/.exec(name)![1])))).toEqual([])
  })

  test('random bytes overwritten in random pages', async () => {
    const pages = Math.floor(source.closed.length / pageSize)
    const cases = Array.from({ length: scaled(80, 16) }, (_, round) => {
      const db = Buffer.from(source.closed)
      const touched: number[] = []
      for (let n = 1 + below(rng, 3); n > 0; n--) {
        const page = below(rng, pages)
        touched.push(page + 1)
        for (let bytes = 1 + below(rng, 32); bytes > 0; bytes--) db[page * pageSize + below(rng, pageSize)] = below(rng, 256)
      }
      return { name: `round ${round}: pages ${touched.join(', ')}`, damaged: { db, wal: null } }
    })
    await runKind('random bytes in pages', cases, `${pages} pages of ${pageSize} bytes, 1–3 pages × 1–32 bytes each; seed ${seed}`)
  })

  test('a -wal from another database beside it', async () => {
    const cases = Object.entries(source.foreignWals).flatMap(([what, wal]) => [
      { name: `${what} beside the closed file`, damaged: { db: source.closed, wal } },
      { name: `${what} in place of its own -wal`, damaged: { db: source.open.db, wal } }
    ])
    await runKind('a foreign -wal', cases, 'another journal’s and a plain SQLite file’s, beside the file with and without its own writes')
  })

  test('its -wal missing, or cut short', async () => {
    const frame = pageSize + 24
    const frames = Math.floor((source.open.wal.length - 32) / frame)
    const cuts = Array.from({ length: scaled(16, 4) }, () => 32 + below(rng, source.open.wal.length - 32))
    const { opened } = await runKind(
      'a missing or cut -wal',
      [
        { name: 'the -wal missing', damaged: { db: source.open.db, wal: null } },
        { name: 'the -wal empty', damaged: { db: source.open.db, wal: Buffer.alloc(0) } },
        ...cuts.map((cut) => ({ name: `the -wal cut to ${cut} bytes`, damaged: { db: source.open.db, wal: source.open.wal.subarray(0, cut) } }))
      ],
      `a -wal of ${frames} frames; what it held is lost with it, the rest opens; seed ${seed}`
    )
    // The file alone is the journal as of its last checkpoint: SQLite opens it.
    expect(opened.length).toBeGreaterThan(0)
  })

  test('an empty file', async () => {
    await runKind(
      'an empty file',
      [
        { name: 'an empty file', damaged: { db: Buffer.alloc(0), wal: null } },
        { name: 'an empty file beside its -wal', damaged: { db: Buffer.alloc(0), wal: source.open.wal } }
      ],
      'SQLite reads an empty file as a new, empty database'
    )
  })

  test('its header page damaged', async () => {
    const magic = Buffer.from(source.closed)
    magic.fill(0, 0, 16)
    const zeroed = Buffer.from(source.closed)
    zeroed.fill(0, 0, pageSize)
    const fixed = [
      { name: 'the magic string zeroed', damaged: { db: magic, wal: null } },
      { name: 'the whole first page zeroed', damaged: { db: zeroed, wal: null } }
    ]
    const random = Array.from({ length: scaled(32, 6) }, (_, round) => {
      const db = Buffer.from(source.closed)
      // Half in the 100-byte file header, half in the schema's b-tree page after it.
      const inHeader = round % 2 === 0
      const spots: number[] = []
      for (let n = 1 + below(rng, 4); n > 0; n--) {
        const at = inHeader ? below(rng, 100) : 100 + below(rng, pageSize - 100)
        spots.push(at)
        db[at] = db[at]! ^ (1 + below(rng, 255))
      }
      return { name: `round ${round}: bytes ${spots.join(', ')}`, damaged: { db, wal: null } }
    })
    await runKind('header page damaged', [...fixed, ...random], `bytes changed in the file header or the schema page; seed ${seed}`)
  })
})
