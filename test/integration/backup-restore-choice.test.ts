// "Restore from a backup" chooses the file first: its header is read at once, the choice is
// kept for the restore, and a file that cannot be restored is refused before any passphrase.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeHeader, startDigest } from '../../src/main/backup/backup-format.ts'
import { LATEST_SCHEMA_VERSION } from '../../src/main/storage/migrations/index.ts'
import { createRescueBackend } from '../../src/main/rescue/handlers.ts'
import { AppError } from '../../src/shared/errors.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { fingerprint, useFileBackends } from '../support/backup.ts'
import { manualClock, refusal, twoJournals } from '../support/vault.ts'

const clock = manualClock()
const { start } = useFileBackends(clock.now)
const opens = (dialogs: Array<{ kind: string }>) => dialogs.filter((d) => d.kind === 'open').length

async function withBackup() {
  const started = await start()
  await twoJournals(started.backend)
  await started.backend.reflections.create({ themeId: 'trust', title: 'Kept', body: paragraphDoc('in the backup') })
  started.host.saveAs = join(started.host.dir, 'Sunday.sevenfold-backup')
  await started.backend.backup.create()
  return started
}

describe('choosing the backup file first', () => {
  it('says which file and when it was made, and the restore uses it without asking again', async () => {
    const { backend, host } = await withBackup()
    host.openFile = host.saveAs
    const chosen = await backend.backup.chooseRestoreFile()
    expect(chosen).toEqual({ fileName: 'Sunday.sevenfold-backup', madeAt: new Date(clock.now()).toISOString() })
    // Another answer from the dialog now would be a different file: the kept choice wins.
    host.openFile = join(host.dir, 'somewhere else.sevenfold-backup')
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    expect(opens(host.dialogs)).toBe(1)
    expect(host.restarts).toBe(1)
  })

  it('refuses a file that is no backup, or is from a newer Sevenfold, before anything is typed, and keeps no choice', async () => {
    const { backend, host, dataDir } = await withBackup()
    const before = fingerprint(dataDir)
    const foreign = join(host.dir, 'holiday.jpg')
    writeFileSync(foreign, 'just some bytes, not a backup')
    host.openFile = foreign
    expect(await refusal(backend.backup.chooseRestoreFile())).toMatchObject({
      code: 'BACKUP_INVALID',
      message: expect.stringMatching(/not a Sevenfold backup/)
    })

    const fields = { formatVersion: 1, schemaVersion: LATEST_SCHEMA_VERSION + 1, createdAt: 0, payloadLength: 4 }
    const payload = Buffer.from('next')
    const newer = join(host.dir, 'newer.sevenfold-backup')
    writeFileSync(newer, Buffer.concat([encodeHeader({ ...fields, digest: startDigest(fields).update(payload).digest() }), payload]))
    host.openFile = newer
    expect(await refusal(backend.backup.chooseRestoreFile())).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringMatching(/newer version/) })

    // No refused file was kept: the restore asks again (and here is cancelled).
    host.openFile = null
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: false })
    expect(opens(host.dialogs)).toBe(3)
    expect(fingerprint(dataDir)).toEqual(before)
  })

  it('a cancelled choice keeps the one before, and a wrong passphrase keeps the choice for the next try', async () => {
    const { backend, host } = await withBackup()
    host.openFile = host.saveAs
    await backend.backup.chooseRestoreFile()
    host.openFile = null
    expect(await backend.backup.chooseRestoreFile()).toBeNull()
    expect((await refusal(backend.backup.restore({ passphrase: 'violet tram crossing frozen rivers' }))).code).toBe('WRONG_PASSPHRASE')
    clock.advance(1000)
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    expect(opens(host.dialogs)).toBe(2)
  })

  it('works the same when the journal file is damaged at start', async () => {
    const { host, dataDir } = await withBackup()
    const rescue = createRescueBackend({ dataDir, host, problem: new AppError('DATABASE_CORRUPT', 'damaged'), now: clock.now })
    host.openFile = host.saveAs
    expect(await rescue.backup.chooseRestoreFile()).toMatchObject({ fileName: 'Sunday.sevenfold-backup' })
    host.openFile = null
    expect(await rescue.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
  })
})
