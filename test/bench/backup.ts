// Backup and restore figures for `npm run bench`: "Back up now" of the bench's journal (SQLite's
// online backup into a temp file, then header + payload written and renamed) and a restore of
// that file into another data folder (copy with SHA-256, integrity check, a passphrase tried on
// each journal, the swap). Both are timed with the longest event-loop stall seen meanwhile.
// Given the folder of the bench's 10,000-reflection database it backs that up (adding one small
// journal whose passphrase it knows, for the restore); without it, it builds its own.

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import type { Host } from '../../src/main/app/host.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { THEME_IDS } from '../../src/shared/themes.ts'
import { makeDate, makeDoc, makeTitle, seededRng } from './corpus.ts'
import { watchPhase } from './measure.ts'
import { ms, verdict, type Row } from './table.ts'

const targets = { loopMs: 50 }
const MiB = 1024 * 1024

/** A host whose dialogs answer with fixed paths; nothing restarts in a benchmark. */
function benchHost(answers: { saveAs?: string; openFile?: string }): Host {
  return {
    chooseSaveFile: async () => answers.saveAs ?? null,
    chooseOpenFile: async () => answers.openFile ?? null,
    chooseFolder: async () => null,
    renderPdf: () => Promise.reject(new Error('not used')),
    print: async () => false,
    restart: () => undefined
  }
}

function reflectionCount(dataDir: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM reflections').get() as { n: number }).n
  } finally {
    db.close()
  }
}

async function buildOwn(dir: string, count: number): Promise<void> {
  const backend = await createBackend({ dataDir: dir, kdfTargetMs: 0 })
  try {
    await backend.profile.create({ displayName: 'Bench', passphrase: randomBytes(24).toString('base64url') })
    const rng = seededRng(5)
    for (let i = 0; i < count; i++) {
      await backend.reflections.create({ themeId: THEME_IDS[i % THEME_IDS.length]!, title: makeTitle(rng), date: makeDate(rng), body: makeDoc(rng) })
    }
  } finally {
    backend.close()
  }
}

export async function backupRows(benchDir?: string): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'sevenfold-bench-backup-'))
  const dataDir = benchDir ?? join(work, 'data')
  const file = join(work, 'bench.sevenfold-backup')
  const restoreDir = join(work, 'restored')
  const passphrase = randomBytes(24).toString('base64url')
  const open: SevenfoldBackend[] = []
  try {
    if (!benchDir) await buildOwn(dataDir, Number(process.env.BENCH_REFLECTIONS ?? 10_000))
    const source = await createBackend({ dataDir, kdfTargetMs: 0, host: benchHost({ saveAs: file }) })
    open.push(source)
    await source.profile.create({ displayName: 'Bench restore', passphrase })
    const count = reflectionCount(dataDir)

    const backup = await watchPhase(() => source.backup.create())
    if (!backup.value.saved) throw new Error('bench: the backup was not saved')
    const size = statSync(file).size / MiB

    const target = await createBackend({ dataDir: restoreDir, kdfTargetMs: 0, host: benchHost({ openFile: file }) })
    open.push(target)
    const restore = await watchPhase(() => target.backup.restore({ passphrase }))
    if (!restore.value.restored || reflectionCount(restoreDir) !== count) throw new Error('bench: the restore did not bring back every reflection')

    return [
      { measure: `backup: back up now, ${count} reflections (${size.toFixed(1)} MiB)`, value: ms(backup.elapsedMs) },
      {
        measure: '  event loop max delay',
        value: ms(backup.maxLoopDelayMs),
        target: `≤ ${targets.loopMs} ms`,
        verdict: verdict(backup.maxLoopDelayMs <= targets.loopMs)
      },
      { measure: '  size of the database file it copied', value: `${(statSync(join(dataDir, DATABASE_FILE)).size / MiB).toFixed(1)} MiB` },
      { measure: 'restore: check (copy + SHA-256, integrity check, passphrase) and swap', value: ms(restore.elapsedMs) },
      {
        measure: '  event loop max delay (integrity check in a worker)',
        value: ms(restore.maxLoopDelayMs),
        target: `≤ ${targets.loopMs} ms`,
        verdict: verdict(restore.maxLoopDelayMs <= targets.loopMs)
      }
    ]
  } finally {
    for (const backend of open) backend.close()
    rmSync(work, { recursive: true, force: true })
  }
}
