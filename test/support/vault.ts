// Shared steps of the vault tests: two journals, the vault made together, both parts given,
// a raw look at the database file, and a clock the tests move by hand.

import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import type { VaultStatus } from '../../src/shared/contract.ts'
import { AppError } from '../../src/shared/errors.ts'
import { PART_A, PART_B, PASS_A, PASS_B } from './backend.ts'

/** New joint parts for changing the passphrase or recovering. */
export const NEW_PART_A = 'copper kettle singing at dawn'
export const NEW_PART_B = 'marble staircase to the lighthouse'
/** Strong enough to be accepted, and neither partner's part. */
export const WRONG_PART = 'violet tram crossing frozen rivers'

/** Ana's journal (part a) and Ben's (part b); Ben's is left open. */
export async function twoJournals(backend: SevenfoldBackend) {
  const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const ben = await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
  return { ana: ana.profileId, ben: ben.profileId }
}

/**
 * Two journals and their vault, made together and left open, with Ben's journal open. Each
 * journal has been open during a joint open once (Ben's when it was made, Ana's after), so each
 * has pinned the vault's keys and vouched for its own: both may seal into it.
 */
export async function withVault(backend: SevenfoldBackend) {
  const ids = await twoJournals(backend)
  const { recoveryHalves } = await backend.vault.create({ partA: PART_A, partB: PART_B })
  await pinJournal(backend, ids.ana, PASS_A)
  await backend.session.unlock({ profileId: ids.ben, passphrase: PASS_B })
  await giveBoth(backend)
  return { ...ids, halves: recoveryHalves }
}

/** Opens the vault together while this journal is open, so it pins the vault's keys; leaves everything locked. */
export async function pinJournal(backend: SevenfoldBackend, profileId: string, passphrase: string): Promise<void> {
  await backend.session.unlock({ profileId, passphrase })
  await giveBoth(backend)
  await backend.session.lock()
}

/** Gives part a, then part b; the status after the second. */
export async function giveBoth(backend: SevenfoldBackend, partA = PART_A, partB = PART_B): Promise<VaultStatus> {
  const first = await backend.vault.givePart({ part: 'a', passphrase: partA })
  expect(first.partsGiven).toEqual(['a'])
  return backend.vault.givePart({ part: 'b', passphrase: partB })
}

/** The AppError a call was refused with (fails the test if it was not refused). */
export async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason
  )
  expect(error, 'the call was expected to be refused').toBeInstanceOf(AppError)
  return error as AppError
}

/** A second connection to the data folder's database, as someone with the file would have. */
export function rawDb(dataDir: string): Database.Database {
  return new Database(join(dataDir, DATABASE_FILE))
}

/** One statement run on the data folder's database, as someone with the file would. */
export function runSql(dataDir: string, sql: string, ...params: unknown[]): void {
  const db = rawDb(dataDir)
  try {
    db.prepare(sql).run(...params)
  } finally {
    db.close()
  }
}

/** A copy of `bytes` with one bit flipped at `at` (negative counts from the end). */
export function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes)
  const i = at < 0 ? copy.length + at : at
  copy[i] = copy[i]! ^ 0x01
  return copy
}

/** One column of one row, read and rewritten in place. */
export function editBlob(dataDir: string, table: string, column: string, where: string, params: unknown[], edit: (bytes: Buffer) => Buffer): void {
  const db = rawDb(dataDir)
  try {
    const row = db.prepare(`SELECT ${column} AS value FROM ${table} WHERE ${where}`).get(...params) as { value: Buffer } | undefined
    if (!row) throw new Error(`no row in ${table} where ${where}`)
    db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${where}`).run(edit(row.value), ...params)
  } finally {
    db.close()
  }
}

/** A clock for idle limits that moves only when told to. */
export function manualClock(start = Date.parse('2026-03-01T10:00:00Z')) {
  let at = start
  return {
    now: () => at,
    advance: (ms: number) => {
      at += ms
    }
  }
}
