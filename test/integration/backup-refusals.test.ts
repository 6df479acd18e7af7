import { copyFileSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION, HEADER_BYTES, encodeHeader, startDigest } from '../../src/main/backup/backup-format.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { LATEST_SCHEMA_VERSION } from '../../src/main/storage/migrations/index.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { flipped, manualClock, refusal, twoJournals } from '../support/vault.ts'
import { fingerprint, namesIn, storedContents, useFileBackends } from '../support/backup.ts'

const clock = manualClock()
const { start, tempDir } = useFileBackends(clock.now)
const WRONG = 'violet tram crossing frozen rivers'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/** Two journals with a reflection each, a good backup of them, then one more reflection. */
async function withBackup() {
  const started = await start()
  const { backend, host } = started
  const ids = await twoJournals(backend)
  await backend.reflections.create({ themeId: 'trust', title: 'Kept', body: paragraphDoc('in the backup') })
  host.saveAs = join(host.dir, 'good.sevenfold-backup')
  await backend.backup.create()
  await backend.reflections.create({ themeId: 'trust', title: 'Only here', body: paragraphDoc('after the backup') })
  return { ...started, ...ids, good: readFileSync(host.saveAs) }
}

/** A payload behind a header of its own, with a correct digest (what a newer or a hostile app could write). */
function wrapped(payload: Buffer, schemaVersion = LATEST_SCHEMA_VERSION): Buffer {
  const fields = { formatVersion: 1, schemaVersion, createdAt: 0, payloadLength: payload.length }
  const digest = startDigest(fields).update(payload).digest()
  return Buffer.concat([encodeHeader({ ...fields, digest }), payload])
}

/** The payload with the reflections' index page zeroed: every read the restore makes still works; only SQLite's integrity check sees it. */
function withBrokenIndex(dir: string, payload: Buffer): Buffer {
  const file = join(dir, 'broken-index.db')
  writeFileSync(file, payload)
  const db = new Database(file, { readonly: true })
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'reflections_by_profile'").get() as { rootpage: number }
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  return Buffer.from(payload).fill(0, (rootpage - 1) * pageSize, rootpage * pageSize)
}

function otherDatabase(dir: string): Buffer {
  const file = join(dir, 'other.db')
  const db = new Database(file)
  db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')")
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`)
  db.close()
  return readFileSync(file)
}

describe('restore refuses what it cannot trust, and changes nothing', () => {
  it('refuses truncated, foreign, damaged and newer files with BACKUP_INVALID, leaving the database byte for byte as it was', async () => {
    const { backend, host, dataDir, good } = await withBackup()
    const before = fingerprint(dataDir)
    const names = namesIn(dataDir)
    const plainDb = join(host.dir, 'plain.db')
    copyFileSync(join(dataDir, DATABASE_FILE), plainDb)
    const newerFormat = Buffer.from(good)
    newerFormat.writeUInt16BE(FORMAT_VERSION + 1, 16)
    // The database alone: a backup of format 2 has its pictures' section after it (here only its count).
    const payload = good.subarray(HEADER_BYTES, HEADER_BYTES + Number(good.readBigUInt64BE(32)))
    const broken = Buffer.from(payload).fill(0, 4096 * 2, 4096 * 4)

    const cases: Record<string, Buffer | string> = {
      'an empty file': Buffer.alloc(0),
      'half a header': good.subarray(0, 30),
      'the header alone': good.subarray(0, HEADER_BYTES),
      'a file cut short': good.subarray(0, good.length - 4096),
      'a file with bytes added': Buffer.concat([good, Buffer.from('more')]),
      'a plain SQLite database': plainDb,
      'a PNG': PNG,
      text: Buffer.from('Dear diary, this is not a backup.\n'),
      'a flipped bit in the payload': flipped(good, Math.floor((HEADER_BYTES + good.length) / 2)),
      'a flipped bit in the last byte': flipped(good, -1),
      'a flipped bit in the creation time': flipped(good, 30),
      'a flipped bit in the magic': flipped(good, 3),
      'a newer schema version': wrapped(payload, LATEST_SCHEMA_VERSION + 1),
      'a schema version that is not the payload’s': wrapped(payload, LATEST_SCHEMA_VERSION - 1),
      'a damaged database behind a sound header': wrapped(broken),
      'another SQLite database behind a sound header': wrapped(otherDatabase(host.dir)),
      'a damaged index only the integrity check finds': wrapped(withBrokenIndex(host.dir, payload)),
      'a newer file format': newerFormat,
      'a file that is not there': join(host.dir, 'missing.sevenfold-backup')
    }
    const messages: Record<string, string> = {}
    for (const [name, content] of Object.entries(cases)) {
      const file = typeof content === 'string' ? content : join(host.dir, `${name}.sevenfold-backup`)
      if (typeof content !== 'string') writeFileSync(file, content)
      host.openFile = file
      const error = await refusal(backend.backup.restore({ passphrase: PASS_A }))
      expect(error.code, name).toBe('BACKUP_INVALID')
      messages[name] = error.message
      expect(fingerprint(dataDir), name).toEqual(before)
      expect(namesIn(dataDir), name).toEqual(names)
    }
    expect(host.restarts).toBe(0)
    // Each says what to do.
    expect(messages['a PNG']).toMatch(/not a Sevenfold backup.*Choose/)
    expect(messages['a plain SQLite database']).toMatch(/not a Sevenfold backup/)
    expect(messages['a file cut short']).toMatch(/incomplete or damaged.*Try another/)
    expect(messages['a flipped bit in the payload']).toMatch(/incomplete or damaged/)
    expect(messages['a damaged database behind a sound header']).toMatch(/incomplete or damaged/)
    expect(messages['a newer schema version']).toMatch(/newer version of Sevenfold\. Update Sevenfold first/)
    expect(messages['a newer file format']).toMatch(/Update Sevenfold first/)
    expect(messages['a file that is not there']).toMatch(/could not read that file/)

    // The journal still opens and holds what it held, and the good file still restores.
    expect((await backend.reflections.list()).map((r) => r.title).sort()).toEqual(['Kept', 'Only here'])
    host.openFile = host.saveAs
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
  })

  it('refuses a backup that holds no journals', async () => {
    const { backend, host, dataDir } = await start()
    host.saveAs = join(host.dir, 'empty.sevenfold-backup')
    expect(await backend.backup.create()).toMatchObject({ saved: true })
    const names = namesIn(dataDir)
    host.openFile = host.saveAs
    const error = await refusal(backend.backup.restore({ passphrase: PASS_A }))
    expect(error).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringMatching(/holds no journals/) })
    expect(namesIn(dataDir)).toEqual(names)
  })

  it('refuses a wrong passphrase with WRONG_PASSPHRASE, then makes further tries wait', async () => {
    const { backend, host, dataDir, ben } = await withBackup()
    const before = storedContents(dataDir)
    host.openFile = host.saveAs
    for (let i = 0; i < 3; i++) {
      const error = await refusal(backend.backup.restore({ passphrase: WRONG }))
      expect(error).toMatchObject({
        code: 'WRONG_PASSPHRASE',
        message: expect.stringMatching(/does not open any journal in this backup\. Check it and try again/)
      })
    }
    expect((await refusal(backend.backup.restore({ passphrase: WRONG }))).retryAfterMs).toBe(1000)
    // Even the right passphrase waits its turn.
    expect((await refusal(backend.backup.restore({ passphrase: PASS_B }))).code).toBe('TOO_MANY_ATTEMPTS')
    expect(storedContents(dataDir)).toEqual(before)
    expect(host.restarts).toBe(0)
    // Each try was a try at the journals in the backup too, so they wait as well (test/attacks/guessing-waits.test.ts).
    expect((await refusal(backend.session.unlock({ profileId: ben, passphrase: PASS_B }))).code).toBe('TOO_MANY_ATTEMPTS')
    clock.advance(1000)
    expect(await backend.backup.restore({ passphrase: PASS_B })).toEqual({ restored: true })
  })

  it('changes nothing when a dialog is cancelled', async () => {
    const { backend, host, dataDir } = await withBackup()
    const before = fingerprint(dataDir)
    const names = namesIn(host.dir)
    host.saveAs = null
    expect(await backend.backup.create()).toEqual({ saved: false })
    host.openFile = null
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: false })
    expect(namesIn(host.dir)).toEqual(names)
    expect(fingerprint(dataDir)).toEqual(before)
    expect(host.restarts).toBe(0)
  })

  it('leaves no temporary file behind when a backup cannot be written', async () => {
    const { backend, host, dataDir } = await withBackup()
    const names = namesIn(dataDir)
    host.saveAs = join(tempDir(), 'no such folder', 'x.sevenfold-backup')
    const error = await refusal(backend.backup.create())
    expect(error.message).toMatch(/could not write the backup there\. Choose another place/)
    expect(namesIn(dataDir)).toEqual(names)
  })
})
