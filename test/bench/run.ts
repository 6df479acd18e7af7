// Benchmark (a report, not a test): builds a journal of BENCH_REFLECTIONS (default 10,000)
// reflections of ~2 KB through the real backend, then measures unlock, save, open and list
// against a floor measured in the same run. Prints a table; exits 0 unless something threw.
// Nothing secret is printed: the passphrase is random and never shown, no text is decrypted to output.

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { contract } from '../../src/shared/contract.ts'
import { THEME_IDS } from '../../src/shared/themes.ts'
import { makeDate, makeDoc, makeTitle, pick, seededRng } from './corpus.ts'
import { openFloor, type Floor } from './floor.ts'
import { busiest, percentile, timeOnce, timeOps, timePairs, watchPhase, ELD_RESOLUTION_MS } from './measure.ts'
import { ms, printTable, verdict, type Row } from './table.ts'
import { unlockProbe, type UnlockProbe } from './unlock.ts'
import { vaultRows } from './vault.ts'
import { backupRows } from './backup.ts'
import { printRows } from './print.ts'
import { searchRows } from './search.ts'
import { addPractices, benchClock, PRACTICE_SHARE } from './practices.ts'

const COUNT = Number(process.env.BENCH_REFLECTIONS ?? 10_000)
if (!Number.isSafeInteger(COUNT) || COUNT < 1) throw new Error('BENCH_REFLECTIONS must be a positive whole number')
// Practices are a share of the journal (practices.ts); the rest are ordinary reflections.
const ORDINARY = COUNT - Math.floor(COUNT * PRACTICE_SHARE)
const SAMPLES = 300
const LIST_RUNS = 20
const UNLOCK_ROUNDS = 3
const DOC_SEED = 20260601
const MiB = 1024 * 1024

const targets = { unlockMs: 150, ratio: 1.5, loopMs: 50 }
const loopRow = (phase: string, delay: number): Row => ({
  measure: `event loop max delay: ${phase}`,
  value: ms(delay),
  target: `≤ ${targets.loopMs} ms`,
  verdict: verdict(delay <= targets.loopMs)
})
const ratioRows = (what: string, ours: { p50: number; p99: number }, floor: { p50: number; p99: number }): Row[] => [
  {
    measure: `${what} p50`,
    value: ms(ours.p50),
    floor: ms(floor.p50),
    ratio: `${(ours.p50 / floor.p50).toFixed(2)}×`,
    target: `≤ ${targets.ratio}×`,
    verdict: verdict(ours.p50 / floor.p50 <= targets.ratio)
  },
  { measure: `${what} p99`, value: ms(ours.p99), floor: ms(floor.p99), ratio: `${(ours.p99 / floor.p99).toFixed(2)}×` }
]

async function run(dir: string, backend: SevenfoldBackend, clock: ReturnType<typeof benchClock>, floor: Floor, open: (p: UnlockProbe) => void): Promise<Row[]> {
  const rows: Row[] = []
  const passphrase = randomBytes(24).toString('base64url')
  const made = await timeOnce(() => backend.profile.create({ displayName: 'Bench', passphrase }))
  const profileId = made.value.profileId
  rows.push({ measure: 'create journal (KDF calibration)', value: ms(made.ms) })

  // 1. Build: one create (transaction + fsync) per reflection, as the app does.
  const docs = seededRng(DOC_SEED)
  const meta = seededRng(1)
  const ids: string[] = []
  process.stdout.write(`building ${ORDINARY} reflections and ${COUNT - ORDINARY} practices… `)
  const build = await timeOps(ORDINARY, async (i) => {
    const body = makeDoc(docs)
    ids.push((await backend.reflections.create({ themeId: THEME_IDS[i % THEME_IDS.length]!, title: makeTitle(meta), date: makeDate(meta), body })).id)
  })
  await addPractices(backend, clock, COUNT - ORDINARY, seededRng(3))
  const buildSeconds = build.samples.reduce((a, b) => a + b, 0) / 1000
  console.log(`${buildSeconds.toFixed(1)} s`)
  rows.push({ measure: `build: ${ORDINARY} creates, total`, value: `${buildSeconds.toFixed(1)} s`, target: '≤ ~60 s', verdict: verdict(buildSeconds <= 60) })
  rows.push({ measure: `  and ${COUNT - ORDINARY} practices (check-ins, needs, occasions; one a day), not timed`, value: `${COUNT} in all` })
  rows.push({ measure: 'build: create p50 / p99', value: `${ms(build.p50)} / ${ms(build.p99)}` })
  // The floor table holds the same documents (same seed, same order).
  const again = seededRng(DOC_SEED)
  floor.fill(COUNT, () => Buffer.from(JSON.stringify(makeDoc(again)), 'utf8'))

  // 2. Unlock to first list, minus the KDF measured just before it.
  const probe = unlockProbe(dir, profileId, passphrase)
  open(probe)
  const { memoryKiB, iterations, parallelism } = probe.params
  const kdfs: number[] = []
  const unlocks: number[] = []
  let unlockLoop = 0
  let kdfLoop = 0
  for (let round = 0; round < UNLOCK_ROUNDS; round++) {
    await backend.session.lock()
    const kdf = await watchPhase(() => probe.timeKdf())
    kdfs.push(kdf.value)
    kdfLoop = Math.max(kdfLoop, kdf.maxLoopDelayMs)
    const phase = await watchPhase(() =>
      timeOnce(async () => {
        await backend.session.unlock({ profileId, passphrase })
        return (await backend.reflections.list()).length
      })
    )
    if (phase.value.value !== COUNT) throw new Error(`bench: listed ${phase.value.value} of ${COUNT} reflections`)
    unlocks.push(phase.value.ms - kdfs[round]!)
    unlockLoop = Math.max(unlockLoop, phase.maxLoopDelayMs)
  }
  const memory = process.memoryUsage()
  const unlockMinusKdf = percentile(unlocks, 50)
  rows.push({ measure: `KDF Argon2id m=${memoryKiB / 1024} MiB t=${iterations} p=${parallelism}`, value: ms(percentile(kdfs, 50)), target: '≈ 500 ms' })
  rows.push({
    measure: `unlock + first list − KDF (median of ${UNLOCK_ROUNDS})`,
    value: ms(unlockMinusKdf),
    target: `< ${targets.unlockMs} ms`,
    verdict: verdict(unlockMinusKdf < targets.unlockMs)
  })
  const direct = await watchPhase(() => probe.timeOpenDirect())
  rows.push({ measure: '  cross-check: Journal.open + list, direct', value: ms(direct.value) })
  rows.push({ measure: `    all ${COUNT} header blobs in one SELECT (Journal.open reads slices)`, value: ms(probe.timeHeaderQuery()) })

  // 3. Saves: the same new ~2 KB bodies for ours and for the floor.
  const rng = seededRng(7)
  const picks = Array.from({ length: SAMPLES }, () => Math.floor(rng() * ORDINARY))
  const bodies = picks.map(() => makeDoc(rng))
  const jsons = bodies.map((body) => Buffer.from(JSON.stringify(body), 'utf8'))
  // Ours and the floor alternate call by call; the loop monitor sees both (the floor's calls are the lighter).
  const saves = await watchPhase(() =>
    timePairs(
      SAMPLES,
      (i) => backend.reflections.update({ id: ids[picks[i]!]!, body: bodies[i]!, title: pick(rng, ['Edited', 'Later']) }),
      (i) => floor.save(picks[i]!, jsons[i]!)
    )
  )
  const avgJson = jsons.reduce((sum, json) => sum + json.length, 0) / jsons.length
  rows.push(...ratioRows(`save (body JSON ≈ ${(avgJson / 1024).toFixed(1)} KiB)`, saves.value.ours, saves.value.floor))
  const validation = await timeOps(SAMPLES, (i) => contract.reflections.update.input.safeParse({ id: ids[picks[i]!]!, body: bodies[i]!, title: 'Edited' }))
  rows.push({ measure: '  + IPC schema check of a save (not in the above)', value: `${ms(validation.p50)} p50` })

  // 4. Opens.
  const openPicks = Array.from({ length: SAMPLES }, () => Math.floor(rng() * ORDINARY))
  const opens = await watchPhase(() =>
    timePairs(
      SAMPLES,
      (i) => backend.reflections.get({ id: ids[openPicks[i]!]! }),
      (i) => floor.open(openPicks[i]!)
    )
  )
  rows.push(...ratioRows('open', opens.value.ours, opens.value.floor))

  // 5. Listing all headers.
  const lists = await watchPhase(() => timeOps(LIST_RUNS, () => backend.reflections.list()))
  rows.push({ measure: `list all ${COUNT} headers p50 (${LIST_RUNS} runs)`, value: ms(lists.value.p50) })

  // 6. A re-key of the whole journal (a new key, every blob encrypted again, one transaction over many turns).
  const rekey = await watchPhase(() =>
    busiest(() => timeOnce(() => backend.session.changePassphrase({ currentPassphrase: passphrase, newPassphrase: `${passphrase} again`, rekey: true })))
  )
  rows.push({ measure: `re-key all ${COUNT} reflections (incl. one KDF and calibration)`, value: ms(rekey.value.value.ms) })

  rows.push(loopRow('unlock + list', unlockLoop))
  rows.push({ measure: '  the KDF alone (same parameters)', value: ms(kdfLoop) })
  rows.push({ measure: '  Journal.open + list alone (direct)', value: ms(direct.maxLoopDelayMs) })
  rows.push(loopRow('saves (+ floor)', saves.maxLoopDelayMs), loopRow('opens (+ floor)', opens.maxLoopDelayMs), loopRow('lists', lists.maxLoopDelayMs))
  rows.push(loopRow('re-key', rekey.maxLoopDelayMs))
  // The loop delay counts waits for a CPU and the collector too; this is our own code's longest hold.
  rows.push({
    measure: '  of which this thread was busy, at most',
    value: ms(rekey.value.busiestMs),
    target: `≤ ${targets.loopMs} ms`,
    verdict: verdict(rekey.value.busiestMs <= targets.loopMs)
  })
  const longest = Math.max(saves.value.ours.max, opens.value.ours.max, lists.value.max)
  rows.push({
    measure: 'longest single save/open/list call',
    value: ms(longest),
    target: `≤ ${targets.loopMs} ms`,
    verdict: verdict(longest <= targets.loopMs)
  })
  rows.push({
    measure: `RSS after unlock (${COUNT} headers in memory)`,
    value: `${(memory.rss / MiB).toFixed(0)} MiB (JS heap ${(memory.heapUsed / MiB).toFixed(0)} MiB)`
  })
  rows.push({ measure: 'peak RSS of the run (incl. Argon2 memory)', value: `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB` })
  return rows
}

async function main(): Promise<void> {
  const started = performance.now()
  const loadBefore = loadavg()[0]!.toFixed(2)
  const dir = mkdtempSync(join(tmpdir(), 'sevenfold-bench-'))
  let backend: SevenfoldBackend | undefined
  let floor: Floor | undefined
  let probe: UnlockProbe | undefined
  try {
    const clock = benchClock()
    backend = await createBackend({ dataDir: dir, kdfTargetMs: 500, now: clock.now })
    floor = openFloor(dir)
    const rows = await run(dir, backend, clock, floor, (p) => (probe = p))
    process.stdout.write('measuring the vault… ')
    rows.push(...(await vaultRows()))
    console.log('done')
    rows.push(...(await backupRows(dir)))
    process.stdout.write('measuring printing… ')
    rows.push(...(await printRows()))
    console.log('done')
    process.stdout.write('measuring search… ')
    rows.push(...(await searchRows()))
    console.log('done')
    console.log(
      `\nSevenfold benchmark — ${COUNT} reflections, Node ${process.version}, ${process.platform}/${process.arch}, ` +
        `${availableParallelism()} CPUs, load average ${loadBefore} before / ${loadavg()[0]!.toFixed(2)} after`
    )
    console.log(
      `(event-loop delays: monitorEventLoopDelay max at ${ELD_RESOLUTION_MS} ms resolution, so they include up to ${ELD_RESOLUTION_MS} ms of sampling interval)\n`
    )
    printTable(rows)
  } finally {
    probe?.close()
    floor?.close()
    backend?.close()
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`\nrun time ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.message : error)
  process.exitCode = 1
})
