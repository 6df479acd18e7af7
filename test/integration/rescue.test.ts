import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { ASIDE_FILE } from '../../src/main/backup/swap-in.ts'
import { createRescueBackend } from '../../src/main/rescue/handlers.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { AppError } from '../../src/shared/errors.ts'
import { CHANNELS } from '../../src/shared/contract.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { createTestHost } from '../support/chromium-host.ts'
import { useFileBackends } from '../support/backup.ts'

const { start, tempDir } = useFileBackends()
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A journal with a backup of it, then its file damaged the way a failing disk might. */
async function damagedWithBackup() {
  const { backend, host, dataDir } = await start()
  const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  for (let i = 0; i < 30; i++) await backend.reflections.create({ themeId: 'trust', title: `Kept ${i}`, body: paragraphDoc('x'.repeat(2000)) })
  host.saveAs = join(tempDir(), 'ana.sevenfold-backup')
  await backend.backup.create()
  backend.close()
  const file = join(dataDir, DATABASE_FILE)
  const bytes = readFileSync(file)
  for (const page of [2, 3, 4]) bytes.fill(0xff, 4096 * page, 4096 * page + 64)
  writeFileSync(file, bytes)
  await expect(createBackend({ dataDir, kdfTargetMs: 0 })).rejects.toMatchObject({ code: 'DATABASE_CORRUPT' })
  return { dataDir, profileId, backupFile: host.saveAs, file }
}

describe('starting on a damaged journal file', () => {
  it('says what is wrong, refuses everything else without touching the file, and restores a backup', async () => {
    const { dataDir, profileId, backupFile, file } = await damagedWithBackup()
    const before = sha(file)
    const host = createTestHost({ dir: tempDir() })
    try {
      const problem = new AppError('DATABASE_CORRUPT', 'Your journal file is damaged.')
      const rescue = createRescueBackend({ dataDir, host, problem })

      const status = await rescue.app.status()
      expect(status).toMatchObject({ profiles: [], unlockedProfileId: null, startProblem: { code: 'DATABASE_CORRUPT', message: problem.message } })
      // Every other method refuses with the same problem (locking is a harmless no-op).
      for (const { channel } of CHANNELS) {
        if (['app.status', 'backup.status', 'backup.chooseRestoreFile', 'backup.restore', 'session.lock', 'vault.lock'].includes(channel)) continue
        const answer = await dispatch(rescue, channel, undefined)
        if (!answer.ok && answer.error.code === 'INVALID_INPUT') continue // refused by its schema first
        expect(answer, channel).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } })
      }
      expect(await rescue.session.lock()).toBeNull()

      // A wrong passphrase or a cancelled dialog changes nothing.
      host.openFile = backupFile
      await expect(rescue.backup.restore({ passphrase: 'not the one' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
      host.openFile = null
      expect(await rescue.backup.restore({ passphrase: PASS_A })).toEqual({ restored: false })
      expect(sha(file)).toBe(before)
      expect(host.restarts).toBe(0)

      host.openFile = backupFile
      expect(await rescue.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
      expect(host.restarts).toBe(1)
      // The damaged file is kept aside exactly as it was.
      expect(sha(join(dataDir, ASIDE_FILE))).toBe(before)
    } finally {
      await host.close()
    }

    // The app starts normally again, with everything the backup held.
    const { backend } = await start(dataDir)
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    const titles = (await backend.reflections.list()).map((r) => r.title)
    expect(titles).toHaveLength(30)
    expect(titles).toContain('Kept 0')
    expect(existsSync(file)).toBe(true)
  })

  it('makes the wait grow after wrong passphrases, as other restores do', async () => {
    const { dataDir, backupFile } = await damagedWithBackup()
    const host = createTestHost({ dir: tempDir() })
    try {
      const rescue = createRescueBackend({ dataDir, host, problem: new AppError('DATABASE_CORRUPT', 'Damaged.') })
      host.openFile = backupFile
      const codes: string[] = []
      for (let i = 0; i < 8; i++) {
        codes.push(
          await rescue.backup.restore({ passphrase: `wrong ${i}` }).then(
            () => 'restored',
            (error: AppError) => error.code
          )
        )
      }
      expect(codes).toContain('TOO_MANY_ATTEMPTS')
    } finally {
      await host.close()
    }
  })
})
