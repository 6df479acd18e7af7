// Shared steps of the backup, restore and export tests: real backends with the test Host,
// a raw dump of every table, a fingerprint of the database files, and everything a person
// can read back through the app, for before/after comparisons.

import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { createTestHost, type TestHost } from './chromium-host.ts'
import { useTempDirs } from './temp-dir.ts'

export interface Started {
  backend: SevenfoldBackend
  host: TestHost
  dataDir: string
}

/** Real backends (KDF at its floor) over temp folders, each with a test Host; all closed after the test. */
export function useFileBackends(now?: () => number) {
  const tempDir = useTempDirs()
  const backends: SevenfoldBackend[] = []
  const hosts: TestHost[] = []
  afterEach(async () => {
    for (const backend of backends.splice(0)) backend.close()
    for (const host of hosts.splice(0)) await host.close()
  })
  const start = async (dataDir: string = tempDir(), host?: TestHost): Promise<Started> => {
    const chosen = host ?? createTestHost({ dir: tempDir() })
    if (!host) hosts.push(chosen)
    const backend = await createBackend({ dataDir, kdfTargetMs: 0, host: chosen, now })
    backends.push(backend)
    return { backend, host: chosen, dataDir }
  }
  return { start, tempDir }
}

/** Every row of every table of a database file, in rowid order, blobs as hex: "exactly the same" made checkable. */
export function dumpTables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    const dump: Record<string, unknown[]> = { user_version: [db.pragma('user_version', { simple: true })] }
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]
      dump[name] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v])))
    }
    return dump
  } finally {
    db.close()
  }
}

export function dumpLive(dataDir: string): Record<string, unknown[]> {
  return dumpTables(join(dataDir, DATABASE_FILE))
}

/** Every table but the count of wrong tries, which a refused passphrase writes on purpose. */
export function storedContents(dataDir: string): Record<string, unknown[]> {
  const { unlock_waits: _waits, ...rest } = dumpLive(dataDir)
  return rest
}

/**
 * SHA-256 of the database file and its -wal, which hold everything stored. (-shm is left
 * out: it is SQLite's shared index of the -wal, rewritten by mere readers.)
 */
export function fingerprint(dataDir: string): Record<string, string> {
  const prints: Record<string, string> = {}
  for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
    const path = join(dataDir, name)
    if (existsSync(path)) prints[name] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return prints
}

/** The names in a folder, sorted, without SQLite's -shm. */
export function namesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('-shm'))
    .sort()
}

/** Everything each journal holds as its owner reads it, unlocking each with its passphrase. */
export async function journalsAsRead(backend: SevenfoldBackend, passphrases: Record<string, string>) {
  const { profiles } = await backend.app.status()
  const journals: Record<string, unknown> = {}
  for (const profile of profiles) {
    await backend.session.unlock({ profileId: profile.id, passphrase: passphrases[profile.displayName]! })
    const headers = await backend.reflections.list()
    journals[profile.displayName] = {
      id: profile.id,
      settings: await backend.settings.get(),
      reflections: await Promise.all(headers.map((h) => backend.reflections.get({ id: h.id })))
    }
  }
  await backend.session.lock()
  return journals
}
