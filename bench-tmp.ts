import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend } from './src/main/backend.ts'
import { makeDoc, makeTitle, seededRng } from './test/bench/corpus.ts'
import { openFloor } from './test/bench/floor.ts'
import { timePairs } from './test/bench/measure.ts'
const dir = mkdtempSync(join(tmpdir(), 'sf-b-'))
const backend = await createBackend({ dataDir: dir, kdfTargetMs: 0 })
await backend.profile.create({ displayName: 'B', passphrase: 'correct horse battery staple' })
const rng = seededRng(1); const ids: string[] = []
const N = Number(process.env.N ?? 3000)
for (let i = 0; i < N; i++) ids.push((await backend.reflections.create({ themeId: 'trust', title: makeTitle(rng), body: makeDoc(rng) })).id)
const floor = openFloor(dir); const again = seededRng(1); floor.fill(N, () => Buffer.from(JSON.stringify(makeDoc(again))))
const r2 = seededRng(7); const picks = Array.from({ length: 300 }, () => Math.floor(r2() * N)); const bodies = picks.map(() => makeDoc(r2)); const jsons = bodies.map((b) => Buffer.from(JSON.stringify(b)))
const res = await timePairs(300, (i) => backend.reflections.update({ id: ids[picks[i]!]!, body: bodies[i]!, title: 'Edited' }), (i) => floor.save(picks[i]!, jsons[i]!))
console.log('ours p50', res.ours.p50.toFixed(3), 'floor p50', res.floor.p50.toFixed(3), 'ratio', (res.ours.p50 / res.floor.p50).toFixed(2), 'p99', res.ours.p99.toFixed(2), res.floor.p99.toFixed(2))
floor.close(); backend.close(); rmSync(dir, { recursive: true })
