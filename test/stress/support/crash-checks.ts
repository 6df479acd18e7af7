// The parent's side of the crash tests: reading what a killed child said, looking at the files
// it left, and opening them again with a fresh backend.

import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createBackend, type BackendOptions, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { DATABASE_FILE } from '../../../src/main/storage/database.ts'
import { isAppError } from '../../../src/shared/errors.ts'
import { seededRng, type Rng } from '../../bench/corpus.ts'
import type { CrashChild } from './crash-runner.ts'

/** A strong random passphrase, made by the parent and handed to the child on stdin. */
export const newPassphrase = (): string => randomBytes(18).toString('base64url')

/** The run's seed: STRESS_SEED to replay a run, otherwise new each time (and printed). */
export function runSeed(label: string): { seed: number; rng: Rng } {
  const given = Number(process.env.STRESS_SEED)
  const seed = Number.isSafeInteger(given) && given > 0 ? given : randomBytes(4).readUInt32BE() || 1
  console.log(`${label}: seed ${seed} (STRESS_SEED=${seed} replays the kill times)`)
  return { seed, rng: seededRng(seed) }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A kill moment: one in five right after `go` (the first write), the rest anywhere up to `spanMs`. */
export function killAfter(rng: Rng, spanMs: number): () => Promise<void> {
  return () => sleep(rng() < 0.2 ? rng() * 15 : rng() * spanMs)
}

/**
 * SQLite's full integrity check on a separate read-only connection, before anything else opens
 * the files the kill left behind (a -wal and a -shm from the killed writer). A read-only
 * connection reads the -wal without checkpointing it, so recovery is left to the next writer.
 */
export function integrityProblems(dataDir: string): string[] {
  let db: Database.Database | undefined
  try {
    db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
    const verdict = db.pragma('integrity_check', { simple: true })
    return verdict === 'ok' ? [] : [`integrity_check says ${String(verdict)}`]
  } catch (error) {
    return [`integrity_check could not run: ${codeOf(error)}`]
  } finally {
    db?.close()
  }
}

/** An error as its code only: messages could quote what a test must not print. */
export function codeOf(error: unknown): string {
  if (isAppError(error)) return error.code
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.name : typeof error
}

/** A fresh backend on the folder, as the app would start after the crash; closed after `use`. */
export async function withFreshBackend<T>(options: BackendOptions, use: (backend: SevenfoldBackend) => Promise<T>): Promise<T> {
  const backend = await createBackend({ kdfTargetMs: 0, ...options })
  try {
    return await use(backend)
  } finally {
    backend.close()
  }
}

/** Whether a call was refused as a wrong passphrase (false) or went through (true); anything else throws. */
export async function opened(call: Promise<unknown>): Promise<boolean> {
  try {
    await call
    return true
  } catch (error) {
    if (isAppError(error) && error.code === 'WRONG_PASSPHRASE') return false
    throw error
  }
}

/**
 * What a child that repeats one change said (two secrets in turn, or a backup): the last change reported done, and a
 * change started but not reported (in flight when it was killed).
 */
export function toggles({ lines, times }: { lines: string[]; times: number[] }) {
  let lastDone: 0 | 1 | null = null
  let inFlight: 0 | 1 | null = null
  let startedAt = 0
  /** How long each change reported done took, in ms. */
  const took: number[] = []
  lines.forEach((line, i) => {
    const [word, which] = line.split(' ')
    if (word === 'start') {
      inFlight = which === '1' ? 1 : 0
      startedAt = times[i]!
    }
    if (word === 'refused') inFlight = null
    if (word === 'done') {
      lastDone = which === '1' ? 1 : 0
      inFlight = null
      took.push(times[i]! - startedAt)
    }
  })
  return { lastDone: lastDone as 0 | 1 | null, inFlight: inFlight as 0 | 1 | null, took }
}

/**
 * Kill moments for a child that repeats one slow change (its time depends on the machine's
 * load, so it is learnt from the rounds so far): half the kills land during the first change,
 * half during the second, after one was reported done.
 */
export function changeKills(rng: Rng, firstGuessMs: number) {
  let mean = firstGuessMs
  let seen = 0
  return {
    learn: (took: number[]) => {
      for (const ms of took) mean += (ms - mean) / Math.min(++seen, 10)
    },
    killAt: async (child: CrashChild) => {
      const afterOne = rng() < 0.5
      const ms = rng() * mean
      if (afterOne) await child.waitFor((line) => line.startsWith('done'))
      await sleep(ms)
    }
  }
}

/**
 * The secret that must open after a toggling child was killed: the last one it reported, or
 * the one it was changing to. Anything else is a change reported done and then undone.
 */
export function toggleProblems(opens: (0 | 1)[], current: 0 | 1, inFlight: 0 | 1 | null, what: string): { problems: string[]; now: 0 | 1; lost: number } {
  if (opens.length !== 1) return { problems: [`${opens.length} of the two ${what}s open it (exactly one must)`], now: current, lost: 0 }
  const [now] = opens as [0 | 1]
  if (now === current || now === inFlight) return { problems: [], now, lost: 0 }
  return { problems: [`the ${what} reported changed is not the one that opens it`], now, lost: 1 }
}
