// One damaged journal, looked at as the app would: a fresh backend over the damaged files must
// refuse with DATABASE_CORRUPT (touching nothing) or open cleanly (every reflection it shows
// decrypting as written, or refused for that item alone); then the backup made before the
// damage must restore over it and bring back every reflection it holds.

import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createBackend, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { dispatch } from '../../../src/main/app/dispatch.ts'
import { placeCarried } from '../../../src/main/backup/backup-pictures.ts'
import { checkBackup } from '../../../src/main/backup/check-backup.ts'
import { backupRepositories } from '../../../src/main/backup/handlers.ts'
import { ASIDE_FILE, swapIn } from '../../../src/main/backup/swap-in.ts'
import { UnlockThrottle } from '../../../src/main/passphrase/unlock-throttle.ts'
import { toAppError } from '../../../src/main/app/errors.ts'
import { DATABASE_FILE } from '../../../src/main/storage/database.ts'
import { createTestHost } from '../../support/chromium-host.ts'
import { PASS_A } from '../../support/backend.ts'
import { dumpTables } from '../../support/backup.ts'
import { PASSPHRASES, type SourceJournal } from './corruption-journal.ts'

/** The files a case puts in a fresh data folder; null leaves that file out. */
export interface Damaged {
  db: Buffer
  wal: Buffer | null
}

export interface Verdict {
  /** How the fresh backend took it: refused (with which code) or opened. */
  outcome: 'refused' | 'opened'
  code?: string
  problems: string[]
  /** Reflections the opened journal showed and read back as written; those it refused on their own. */
  read: number
  refusedItems: number
  /** Journals shown that are not ours: another journal's -wal beside a file that holds none. */
  foreign: number
  /** Of those, how many said NOT_FOUND (a damaged index that SQLite's quick check does not read). */
  notFound: number
  /** Whether the restore ran in this case. */
  restored: boolean
  /** Reflections the backup holds that were missing or different after the restore. */
  lost: number
}

const REFUSALS = new Set(['DATABASE_CORRUPT', 'DATABASE_NEWER'])
/** What a single item (or an unlock) may answer on a damaged file that still opened. */
const ITEM_REFUSALS = new Set(['DATABASE_CORRUPT', 'TAMPERED', 'WRONG_PASSPHRASE', 'NOT_FOUND'])

// A -wal that was not there may appear empty: SQLite's read-only look at a WAL-mode file makes one.
const sha = (path: string) => (existsSync(path) && statSync(path).size > 0 ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent or empty')
const names = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.endsWith('-shm') && !(n.endsWith('-wal') && statSync(join(dir, n)).size === 0))
    .sort()

/** Runs one damaged journal through the app and the restore; the folder is removed after. */
export async function judge(
  work: string,
  source: SourceJournal,
  damaged: Damaged,
  options: { restore: boolean; decryptAfterRestore: boolean }
): Promise<Verdict> {
  const dataDir = mkdtempSync(join(work, 'case-'))
  const hostDir = mkdtempSync(join(work, 'host-'))
  const live = join(dataDir, DATABASE_FILE)
  writeFileSync(live, damaged.db, { mode: 0o600 })
  if (damaged.wal) writeFileSync(`${live}-wal`, damaged.wal, { mode: 0o600 })
  const before = { db: sha(live), wal: sha(`${live}-wal`), names: names(dataDir) }
  const host = createTestHost({ dir: hostDir })
  const verdict: Verdict = { outcome: 'refused', problems: [], read: 0, refusedItems: 0, foreign: 0, notFound: 0, restored: options.restore, lost: 0 }
  let backend: SevenfoldBackend | undefined
  try {
    try {
      backend = await createBackend({ dataDir, kdfTargetMs: 0, host })
      verdict.outcome = 'opened'
    } catch (error) {
      verdict.code = toAppError(error).code
      if (!REFUSALS.has(verdict.code)) verdict.problems.push(`refused to start with ${verdict.code}`)
      const after = { db: sha(live), wal: sha(`${live}-wal`), names: names(dataDir) }
      if (JSON.stringify(after) !== JSON.stringify(before)) verdict.problems.push('the refused files were changed')
    }
    if (backend) await readEverything(backend, source, verdict, holdsAlone(work, damaged.db))
    if (!options.restore) return verdict

    // The restore: through the backend's own method where it started, else its two steps (the
    // app cannot start on a refused file, so the shell has no way to call it: see the report).
    host.openFile = source.backupFile
    if (backend) {
      const answer = await dispatch(backend, 'backup.restore', { passphrase: PASS_A })
      if (!answer.ok || host.restarts !== 1) verdict.problems.push(`restore through the backend: ${answer.ok ? 'no restart' : answer.error.code}`)
      backend = undefined
    } else {
      const checked = await checkBackup({
        file: source.backupFile,
        dataDir,
        passphrase: PASS_A,
        throttle: new UnlockThrottle(),
        repositories: backupRepositories
      })
      await placeCarried(checked.pictures, dataDir, source.backupFile)
      await swapIn(dataDir, checked.payload)
      const aside = join(dataDir, ASIDE_FILE)
      if (sha(aside) !== before.db || sha(`${aside}-wal`) !== before.wal) verdict.problems.push('the damaged file was not kept aside as it was')
    }
    verdict.lost = await restoredLoss(dataDir, source, options.decryptAfterRestore, verdict)
  } catch (error) {
    verdict.problems.push(`threw ${toAppError(error).code}: ${(error as Error).name}`)
  } finally {
    backend?.close()
    await host.close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(hostDir, { recursive: true, force: true })
  }
  return verdict
}

/**
 * The journals SQLite finds in the damaged database file on its own, without any -wal: the
 * least a clean open must show (a -wal may add to it, never take a journal away).
 */
function holdsAlone(work: string, db: Buffer): string[] {
  // Profile ids: a name is plaintext, so damage may change it; an id that changed is a journal gone.
  const dir = mkdtempSync(join(work, 'alone-'))
  const file = join(dir, DATABASE_FILE)
  writeFileSync(file, db)
  let reader: Database.Database | undefined
  try {
    reader = new Database(file, { readonly: true })
    return (reader.prepare('SELECT id FROM profiles ORDER BY position').all() as { id: string }[]).map((r) => r.id)
  } catch {
    return []
  } finally {
    reader?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every journal the opened file shows: unlocked, listed and read, each answer judged. */
async function readEverything(backend: SevenfoldBackend, source: SourceJournal, verdict: Verdict, journals: string[]): Promise<void> {
  const status = await dispatch(backend, 'app.status', undefined)
  if (!status.ok) return void verdict.problems.push(`status: ${status.error.code}`)
  const profiles = (status.value as { profiles: { id: string; displayName: string }[] }).profiles
  const shown = profiles.map((p) => p.id)
  const hidden = journals.filter((id) => !shown.includes(id)).length
  if (hidden > 0) verdict.problems.push(`opened hiding ${hidden} of the ${journals.length} journals the file alone holds`)
  for (const profile of profiles) {
    const owner = source.profiles[profile.id]
    if (!owner) {
      // The damage itself changed this journal's id (ids are plaintext): the file holds it so, and
      // it can only be refused when opened, since its key slots name the old id.
      if (journals.includes(profile.id)) {
        const tried = await dispatch(backend, 'session.unlock', { profileId: profile.id, passphrase: PASSPHRASES.Ana! })
        if (tried.ok || !ITEM_REFUSALS.has(tried.error.code))
          verdict.problems.push(`a journal whose id was damaged answered ${tried.ok ? 'ok' : tried.error.code}`)
        verdict.refusedItems++
        continue
      }
      // Only a file that holds no journal of its own may show someone else's (from their -wal).
      if (journals.length > 0) verdict.problems.push('a journal that is not in the file is shown')
      verdict.foreign++
      continue
    }
    const passphrase = PASSPHRASES[owner]!
    const unlocked = await dispatch(backend, 'session.unlock', { profileId: profile.id, passphrase })
    if (!unlocked.ok) {
      if (unlocked.error.code === 'NOT_FOUND') verdict.notFound++
      if (ITEM_REFUSALS.has(unlocked.error.code)) verdict.refusedItems++
      else verdict.problems.push(`unlocking ${owner}: ${unlocked.error.code}`)
      continue
    }
    const listed = await dispatch(backend, 'reflections.list', undefined)
    if (!listed.ok) {
      if (!ITEM_REFUSALS.has(listed.error.code)) verdict.problems.push(`listing: ${listed.error.code}`)
      continue
    }
    for (const header of listed.value as { id: string; title: string }[]) {
      const expected = source.written.get(header.id)
      if (!expected || expected.owner !== owner || expected.title !== header.title) {
        verdict.problems.push('a reflection shown that was never written as shown')
        continue
      }
      const got = await dispatch(backend, 'reflections.get', { id: header.id })
      if (got.ok && JSON.stringify((got.value as { body: unknown }).body) === JSON.stringify(expected.body)) verdict.read++
      else if (!got.ok && ITEM_REFUSALS.has(got.error.code)) {
        verdict.refusedItems++
        if (got.error.code === 'NOT_FOUND') verdict.notFound++
      } else verdict.problems.push(got.ok ? 'a reflection read back different from what was written' : `reading a reflection: ${got.error.code}`)
    }
  }
  await dispatch(backend, 'session.lock', undefined)
}

/**
 * After the restore the live file must hold exactly the backup's rows; with `decrypt`, a fresh
 * backend also reads every reflection the backup holds back as written. Returns how many are lost.
 */
async function restoredLoss(dataDir: string, source: SourceJournal, decrypt: boolean, verdict: Verdict): Promise<number> {
  if (JSON.stringify(dumpTables(join(dataDir, DATABASE_FILE))) !== JSON.stringify(dumpTables(source.backupPayload))) {
    verdict.problems.push('the restored file is not the backup')
    return source.inBackup.size
  }
  if (!decrypt) return 0
  const backend = await createBackend({ dataDir, kdfTargetMs: 0 })
  let found = 0
  try {
    for (const profile of (await backend.app.status()).profiles) {
      await backend.session.unlock({ profileId: profile.id, passphrase: PASSPHRASES[source.profiles[profile.id]!]! })
      for (const header of await backend.reflections.list()) {
        const expected = source.written.get(header.id)
        const got = await backend.reflections.get({ id: header.id })
        if (expected && source.inBackup.has(header.id) && JSON.stringify(got.body) === JSON.stringify(expected.body)) found++
      }
    }
  } finally {
    backend.close()
  }
  return source.inBackup.size - found
}
