// Search figures for `npm run bench` (issue 6), at 10,000 and 50,000 reflections: our index
// build after unlock (JournalIndex, in slices) with the longest event-loop stall meanwhile and
// the index's memory; query p50/p95 through the backend's `search.query` for one-word, prefix
// and phrase queries, each with common and rare words of the corpus; and the same for two peers
// on the same documents (search-peers.ts), with our/peer ratios. Nothing decrypted is printed.
// Times are wall-clock; this thread's CPU time is shown beside ours, since on a busy machine
// waiting for a CPU inflates the wall-clock figures (and the stalls) of everything alike
// (one query's CPU time is coarse, as the kernel counts it; its percentiles are a guide).
// The journal is written as search-journal.ts says (one transaction per 1,000 reflections).
// Alone: `npx node test/bench/search.ts` (BENCH_SEARCH_SIZES=10000 for one size).

import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { JournalIndex } from '../../src/main/search/journal-index.ts'
import { richTextToPlain } from '../../src/shared/rich-text.ts'
import { percentile, timeOnce, timeOps, timePairs, watchPhase } from './measure.ts'
import { openCipherPeer, scanPeer, type CipherPeer } from './search-peers.ts'
import { corpusItems, openBenchJournal, type BenchJournal } from './search-journal.ts'
import { ms, printTable, verdict, type Row } from './table.ts'

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '10000,50000').split(',').map(Number)
const TARGET_SIZE = 10_000
const targets = { queryP95Ms: 15, buildMs: 1500, loopMs: 50 }
const LIMIT = 20
const MiB = 1024 * 1024
// Query samples per kind for ours and peer 1 (alternating), and for the slow peer 2.
// At 50,000 a scan takes seconds, so peer 2 answers one query per kind there.
const samplesAt = (n: number) => (n <= TARGET_SIZE ? 60 : 20)
const scansAt = (n: number) => (n <= TARGET_SIZE ? 3 : 1)

// Words of corpus.ts. Common: in its sentence lists, so in most reflections. Rare: only in
// one of its twelve titles, so in about one reflection in twelve. Prefixes and phrases alike.
// As in the app, the last word typed is also a prefix: "river" finds "rivers" too.
const KINDS = [
  { kind: 'one word', frequency: 'common', texts: ['kettle', 'garden', 'coffee', 'weekend', 'neighbours'] },
  { kind: 'one word', frequency: 'rare', texts: ['summer', 'river', 'planning', 'hard', 'good'] },
  { kind: 'prefix', frequency: 'common', texts: ['kett', 'gard', 'cof', 'neighb', 'rememb'] },
  { kind: 'prefix', frequency: 'rare', texts: ['summ', 'rive', 'planni', 'har', 'goo'] },
  { kind: 'phrase', frequency: 'common', texts: ['"the leaking kitchen tap"', '"while the kettle boiled"', '"our holiday in the hills"'] },
  { kind: 'phrase', frequency: 'rare', texts: ['"walk by the river"', '"planning the summer"', '"a slow sunday"'] }
] as const

/** This thread's CPU time (ms): what a step cost, apart from waits for a CPU on a busy machine. */
const cpuNow = () => {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}
const times = (value: number) => `${value < 0.1 ? value.toPrecision(2) : value.toFixed(2)}×`
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`
const count = (n: number) => n.toLocaleString('en')

/** Ours against peer 1: the build, its stall and memory; then the backend's own build on unlock. */
async function buildRows(bench: BenchJournal, n: number, peer: CipherPeer): Promise<Row[]> {
  const label = `search ${count(n)}`
  const atTarget = n === TARGET_SIZE
  const judged = (ok: boolean) => (atTarget ? verdict(ok) : undefined)
  const writing = bench.growTo(n)

  // Our build, the code the backend runs after unlock: a JournalIndex over the open journal.
  const built = await watchPhase(async () => {
    const [started, cpu] = [performance.now(), cpuNow()]
    const index = new JournalIndex(bench.journal)
    await index.built
    return { ms: performance.now() - started, cpuMs: cpuNow() - cpu, index }
  })
  const memory = built.value.index.memoryBytes()
  built.value.index.close()
  // The build lists (and so sorts) every header before its first slice: one block of its own.
  const listing = await timeOnce(() => bench.journal.list())

  // Peer 1 builds its own database from the same documents, from empty.
  const items = corpusItems()
  let made = 0
  const peerBuild = peer.build(() => {
    const { themeId, title, date, body } = items.next().value
    return { id: `peer-${made++}`, themeId, title, date, text: richTextToPlain(body) }
  }, n)

  // The backend's own build: unlock, then the first answer (a query waits for the build).
  const unlocked = await watchPhase(async () => {
    await bench.backend.session.unlock({ profileId: bench.profileId, passphrase: bench.passphrase })
    return timeOnce(() => bench.backend.search.query({ text: 'kettle', limit: LIMIT }))
  })
  return [
    { measure: `${label}: writing the journal (Journal.create ×1,000 per transaction)`, value: `${(writing / 1000).toFixed(1)} s` },
    {
      measure: `${label}: our index build after unlock (peer 1: inserts)`,
      value: ms(built.value.ms),
      floor: ms(peerBuild),
      ratio: times(built.value.ms / peerBuild),
      target: atTarget ? `< ${targets.buildMs / 1000} s` : undefined,
      verdict: judged(built.value.ms < targets.buildMs)
    },
    { measure: "  of which this thread's CPU time", value: ms(built.value.cpuMs) },
    {
      measure: '  longest event-loop stall during our build',
      value: ms(built.maxLoopDelayMs),
      target: atTarget ? `≤ ${targets.loopMs} ms` : undefined,
      verdict: judged(built.maxLoopDelayMs <= targets.loopMs)
    },
    { measure: '    Journal.list() alone (the build calls it before its first slice)', value: ms(listing.ms) },
    {
      measure: "  our index's memory (:memory: pages, nothing in JS); peer 1's file",
      value: `${(memory / MiB).toFixed(0)} MiB`,
      floor: `${(peer.fileBytes() / MiB).toFixed(0)} MiB`
    },
    { measure: '  cross-check: backend unlock → first answer (stall incl. unlock)', value: `${ms(unlocked.value.ms)} (stall ${ms(unlocked.maxLoopDelayMs)})` }
  ]
}

/** Each kind of query through the backend (unlocked, index built) against both peers. */
async function queryRows(bench: BenchJournal, n: number, peer: CipherPeer): Promise<Row[]> {
  const label = `search ${count(n)}`
  const atTarget = n === TARGET_SIZE
  const rows: Row[] = []
  const titles = new Map(bench.journal.list().map((header) => [header.id, header.title]))
  const scan = scanPeer(bench.db, bench.key.cipherKey, bench.profileId, titles)
  let longestOurs = 0
  let scanStall = 0
  for (const { kind, frequency, texts } of KINDS) {
    const text = (i: number) => texts[i % texts.length]!
    // Every text must match the same reflections in all three, or the timings compare nothing.
    const totals = await Promise.all(texts.map(async (t) => (await bench.backend.search.query({ text: t, limit: LIMIT })).total))
    texts.forEach((t, i) => {
      if (peer.query(t, LIMIT).total !== totals[i]) throw new Error(`bench: peer 1 and ours disagree on how many match ${t}`)
    })
    const share = totals.map((total) => (100 * total) / n)
    const cpu: number[] = []
    const ourQuery = async (i: number) => {
      const before = cpuNow()
      await bench.backend.search.query({ text: text(i), limit: LIMIT })
      cpu.push(cpuNow() - before)
    }
    const { ours, floor } = await timePairs(samplesAt(n), ourQuery, (i) => peer.query(text(i), LIMIT))
    longestOurs = Math.max(longestOurs, ours.max)
    const scans = await watchPhase(() =>
      timeOps(scansAt(n), (i) => {
        if (scan.query(text(i), LIMIT).total !== totals[i % texts.length]) throw new Error(`bench: peer 2 and ours disagree on how many match ${text(i)}`)
      })
    )
    scanStall = Math.max(scanStall, scans.maxLoopDelayMs)
    const p95 = percentile(ours.samples, 95)
    const peerP95 = percentile(floor.samples, 95)
    rows.push(
      {
        measure: `${label}: ${kind}, ${frequency} (${texts[0]}…, in ${Math.min(...share).toFixed(0)}–${Math.max(...share).toFixed(0)}%) p50 / p95`,
        value: `${pair(ours.p50, p95)} (CPU ${pair(percentile(cpu, 50), percentile(cpu, 95))})`,
        floor: pair(floor.p50, peerP95),
        ratio: `${times(ours.p50 / floor.p50)} / ${times(p95 / peerP95)}`,
        target: atTarget ? `p95 < ${targets.queryP95Ms} ms` : undefined,
        verdict: atTarget ? verdict(p95 < targets.queryP95Ms) : undefined
      },
      {
        measure: `  ours vs peer 2: ${scansAt(n) === 1 ? 'one query' : `p50 of ${scansAt(n)} queries`}`,
        value: ms(ours.p50),
        floor: ms(scans.value.p50),
        ratio: times(ours.p50 / scans.value.p50)
      }
    )
  }
  rows.push(
    { measure: `${label}: our longest single query (${samplesAt(n)} per kind)`, value: ms(longestOurs) },
    { measure: `${label}: peer 2's longest event-loop stall (a query blocks)`, value: ms(scanStall) }
  )
  return rows
}

async function sizeRows(bench: BenchJournal, n: number, dir: string): Promise<Row[]> {
  const peer = openCipherPeer(dir, `peer-${n}`)
  try {
    return [...(await buildRows(bench, n, peer)), ...(await queryRows(bench, n, peer))]
  } finally {
    await bench.backend.session.lock()
    peer.close()
  }
}

export async function searchRows(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sevenfold-bench-search-peers-'))
  const bench = await openBenchJournal()
  const rows: Row[] = [
    { measure: 'search: floor = peer 1, SQLCipher db + on-disk FTS5 (Signal, Notesnook)', value: '' },
    { measure: '        peer 2 = decrypt all + scan (Standard Notes), named where used', value: '' }
  ]
  try {
    for (const n of [...SIZES].sort((a, b) => a - b)) rows.push(...(await sizeRows(bench, n, dir)))
    return rows
  } finally {
    bench.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  const started = performance.now()
  const load = () => loadavg()[0]!.toFixed(2)
  const loadBefore = load()
  searchRows()
    .then((rows) => {
      console.log(`search benchmark, ${availableParallelism()} CPUs, load average ${loadBefore} before / ${load()} after\n`)
      printTable(rows)
      console.log(`\nrun time ${((performance.now() - started) / 1000).toFixed(1)} s`)
    })
    .catch((error: unknown) => {
      console.error('bench failed:', error instanceof Error ? error.message : error)
      process.exitCode = 1
    })
}
