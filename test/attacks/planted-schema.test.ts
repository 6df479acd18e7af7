// The other partner, on the same OS account, edits the journal file with the sqlite3 CLI while
// the app is closed, or hands over a backup they made: schema of their own that SQLite would run
// inside the app. The worst is a trigger that writes their vault key back whenever the app repairs
// it, which makes a key swap permanent. Every plant must be refused before anything is written.

import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'
import { newSealingKeyPair } from '../../src/main/crypto/seal.ts'
import { HEADER_BYTES, encodeHeader, startDigest } from '../../src/main/backup/backup-format.ts'
import { ASIDE_FILE } from '../../src/main/backup/swap-in.ts'
import { createRescueBackend } from '../../src/main/rescue/handlers.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { LATEST_SCHEMA_VERSION } from '../../src/main/storage/migrations/index.ts'
import { isAppError, type AppError } from '../../src/shared/errors.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { createTestHost } from '../support/chromium-host.ts'
import { giveBoth, refusal, withVault } from '../support/vault.ts'
import { fingerprint, namesIn, useFileBackends } from '../support/backup.ts'

const { start, tempDir } = useFileBackends()
const ATTACKER_KEY = newSealingKeyPair().publicKey
const WRONG = 'violet tram crossing frozen rivers'
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const sidecars = (file: string) => ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(`${file}${suffix}`))

/** Each plant as someone with the file and the sqlite3 CLI makes it (a raw connection does the same). */
const PLANTS: Record<string, (db: Database.Database) => void> = {
  'a trigger that writes the attacker’s vault key back': (db) => {
    db.prepare('UPDATE vault SET public_key = ?').run(ATTACKER_KEY)
    db.exec(`CREATE TRIGGER keep_key AFTER UPDATE ON vault BEGIN
      UPDATE vault SET public_key = x'${ATTACKER_KEY.toString('hex')}' WHERE id = NEW.id;
    END`)
  },
  'an extra table': (db) => db.exec('CREATE TABLE notes (text TEXT)'),
  'an extra view': (db) => db.exec('CREATE VIEW keys AS SELECT id, public_key FROM vault'),
  'an extra index': (db) => db.exec('CREATE INDEX vault_by_key ON vault (public_key)'),
  'statistics from ANALYZE (sqlite_stat1)': (db) => db.exec('ANALYZE'),
  'a table given an extra column (ALTER TABLE)': (db) => db.exec('ALTER TABLE vault ADD COLUMN note TEXT'),
  'a CREATE statement edited in place (writable_schema)': (db) => {
    // Same columns and pages: only the SQL differs (key_slots loses its CHECK on kind).
    db.unsafeMode(true)
    db.pragma('writable_schema = ON')
    const edited = db
      .prepare("UPDATE sqlite_schema SET sql = replace(sql, ' CHECK (kind IN (''passphrase'', ''recovery''))', '') WHERE name = 'key_slots'")
      .run()
    expect(edited.changes).toBe(1)
    db.pragma('writable_schema = OFF')
  }
}

function plant(file: string, how: (db: Database.Database) => void): void {
  const db = new Database(file, { fileMustExist: true })
  try {
    how(db)
  } finally {
    db.close()
  }
}

function vaultKey(file: string): Buffer {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT public_key FROM vault').get() as { public_key: Buffer }).public_key
  } finally {
    db.close()
  }
}

/** Two journals with a reflection each, their vault with a secret, and a good backup of it all; closed. */
async function closedJournal() {
  const { backend, host, dataDir } = await start()
  const { ana } = await withVault(backend)
  await backend.reflections.create({ themeId: 'trust', title: 'Kept', body: paragraphDoc('ours') })
  await backend.vaultSecrets.create({ authorId: ana, title: 'Under the floorboard', body: paragraphDoc('The ring is there.') })
  host.saveAs = join(host.dir, 'good.sevenfold-backup')
  await backend.backup.create()
  backend.close()
  const file = join(dataDir, DATABASE_FILE)
  return { dataDir, file, host, good: readFileSync(host.saveAs), originalKey: vaultKey(file) }
}

/**
 * What starting the app on the folder does: the refusal's code, or, if it opened, the attack
 * played on (both partners open the vault, and the app repairs its public key) and what came of it.
 */
async function whatStartingDoes(dataDir: string, file: string): Promise<string> {
  let backend
  try {
    backend = await createBackend({ dataDir, kdfTargetMs: 0 })
  } catch (error) {
    if (isAppError(error)) return error.code
    throw error
  }
  try {
    await giveBoth(backend)
    return vaultKey(file).equals(ATTACKER_KEY) ? 'opened; the trigger wrote the attacker’s key back when the app repaired it' : 'opened'
  } finally {
    backend.close()
  }
}

/** A payload behind a header of its own with a correct digest, as a hostile app could write it. */
function wrapped(payload: Buffer, schemaVersion = LATEST_SCHEMA_VERSION): Buffer {
  const fields = { formatVersion: 1, schemaVersion, createdAt: 0, payloadLength: payload.length }
  const digest = startDigest(fields).update(payload).digest()
  return Buffer.concat([encodeHeader({ ...fields, digest }), payload])
}

/** The good backup's snapshot, changed by `how` the way the journal file was, in a backup file of its own. */
function plantedBackup(dir: string, good: Buffer, name: string, how: (db: Database.Database) => void, schemaVersion = LATEST_SCHEMA_VERSION): string {
  const payload = join(dir, `${name}.db`)
  writeFileSync(payload, good.subarray(HEADER_BYTES))
  plant(payload, how)
  expect(sidecars(payload)).toEqual([])
  const file = join(dir, `${name}.sevenfold-backup`)
  writeFileSync(file, wrapped(readFileSync(payload), schemaVersion))
  return file
}

/** What schema version 2 left: no vault tables yet. */
function toVersion2(db: Database.Database): void {
  db.pragma('foreign_keys = OFF')
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]) {
    if (!['key_slots', 'profile_settings', 'profiles', 'reflection_bodies', 'reflections'].includes(name)) db.exec(`DROP TABLE ${name}`)
  }
  db.pragma('user_version = 2')
}

describe('schema planted in the journal file', () => {
  it('is live: run by SQLite alone, the trigger undoes the app’s own repair of the vault key', async () => {
    const { file, originalKey } = await closedJournal()
    plant(file, PLANTS['a trigger that writes the attacker’s vault key back']!)
    const copy = join(tempDir(), 'copy.db')
    copyFileSync(file, copy)
    // The statement the app runs when it finds the vault's public key swapped (vault-repository putPublicKey).
    plant(copy, (db) => db.prepare('UPDATE vault SET public_key = ? WHERE id = (SELECT id FROM vault)').run(originalKey))
    expect(vaultKey(copy).equals(ATTACKER_KEY)).toBe(true)
  })

  for (const [name, how] of Object.entries(PLANTS)) {
    it(`is refused at start with DATABASE_CORRUPT, the file byte for byte as it was: ${name}`, async () => {
      const { dataDir, file } = await closedJournal()
      plant(file, how)
      expect(sidecars(file)).toEqual([])
      const before = sha(file)

      expect(await whatStartingDoes(dataDir, file)).toBe('DATABASE_CORRUPT')
      expect(sha(file)).toBe(before)
      expect(sidecars(file)).toEqual([])
      // Refused again at the next start, the same way.
      expect(await whatStartingDoes(dataDir, file)).toBe('DATABASE_CORRUPT')
      expect(sha(file)).toBe(before)
    })
  }

  it('leads to the rescue start, which restores a good backup and keeps the planted file aside as it was', async () => {
    const { dataDir, file, host } = await closedJournal()
    plant(file, PLANTS['a trigger that writes the attacker’s vault key back']!)
    const before = sha(file)
    const problem = await refusal(createBackend({ dataDir, kdfTargetMs: 0 }))
    expect(problem.code).toBe('DATABASE_CORRUPT')
    expect(problem.message).toMatch(/restore it from a backup/)

    const rescueHost = createTestHost({ dir: tempDir() })
    try {
      const rescue = createRescueBackend({ dataDir, host: rescueHost, problem })
      expect((await rescue.app.status()).startProblem).toMatchObject({ code: 'DATABASE_CORRUPT' })
      rescueHost.openFile = host.saveAs
      expect(await rescue.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
      expect(sha(join(dataDir, ASIDE_FILE))).toBe(before)
    } finally {
      await rescueHost.close()
    }
    const { backend } = await start(dataDir)
    await giveBoth(backend)
    expect(vaultKey(file).equals(ATTACKER_KEY)).toBe(false)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['Under the floorboard'])
  })
})

describe('schema planted in a backup', () => {
  it('is refused with BACKUP_INVALID before any passphrase is tried, and the live journal is unchanged', async () => {
    const { dataDir, good } = await closedJournal()
    const { backend, host } = await start(dataDir)
    const before = fingerprint(dataDir)
    const names = namesIn(dataDir)
    const cases: Record<string, string> = {}
    for (const [name, how] of Object.entries(PLANTS)) cases[name] = plantedBackup(host.dir, good, name, how)
    cases['a version 2 backup with an extra table'] = plantedBackup(
      host.dir,
      good,
      'v2-extra',
      (db) => {
        toVersion2(db)
        db.exec('CREATE TABLE notes (text TEXT)')
      },
      2
    )

    for (const [name, file] of Object.entries(cases)) {
      host.openFile = file
      for (const passphrase of [PASS_A, WRONG]) {
        const error: AppError = await refusal(backend.backup.restore({ passphrase }))
        expect(error.code, name).toBe('BACKUP_INVALID')
        expect(error.message, name).toMatch(/nothing was restored.*Try another backup file/)
      }
      expect(fingerprint(dataDir), name).toEqual(before)
      expect(namesIn(dataDir), name).toEqual(names)
    }
    expect(host.restarts).toBe(0)

    // No wrong passphrase was counted, and a version 2 backup as version 2 left it restores at once.
    host.openFile = plantedBackup(host.dir, good, 'v2', toVersion2, 2)
    expect(await backend.backup.restore({ passphrase: PASS_B })).toEqual({ restored: true })
  })
})
