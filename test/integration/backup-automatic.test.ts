import { copyFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUTOMATIC_FOLDER, automaticName } from '../../src/main/backup/automatic.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { manualClock, twoJournals } from '../support/vault.ts'
import { dumpLive, journalsAsRead, namesIn, useFileBackends } from '../support/backup.ts'

const HOUR = 60 * 60 * 1000
const clock = manualClock(Date.parse('2026-03-01T10:00:00.000Z'))
const { start } = useFileBackends(clock.now)
const CANARY = 'marmalade-quasar-5521'

describe('automatic backups', () => {
  it('makes nothing before the first journal exists', async () => {
    const { backend, dataDir } = await start()
    await backend.autoBackup()
    expect(await backend.backup.status()).toEqual({ lastAutomaticAt: null, automaticCount: 0 })
    expect(existsSync(join(dataDir, AUTOMATIC_FOLDER))).toBe(false)
  })

  it('makes at most one a day, keeps the newest seven, and works while everything is locked', async () => {
    const { backend, dataDir } = await start()
    await twoJournals(backend)
    await backend.reflections.create({ themeId: 'trust', title: CANARY, body: paragraphDoc(`Written ${CANARY}`) })
    await backend.session.lock()
    const folder = join(dataDir, AUTOMATIC_FOLDER)

    await backend.autoBackup()
    const first = clock.now()
    expect(await backend.backup.status()).toEqual({ lastAutomaticAt: new Date(first).toISOString(), automaticCount: 1 })
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    expect(statSync(join(folder, automaticName(first))).mode & 0o777).toBe(0o600)

    // Again at once, and 23 hours on: still one.
    await backend.autoBackup()
    clock.advance(23 * HOUR)
    await backend.autoBackup()
    expect((await backend.backup.status()).automaticCount).toBe(1)

    // A day after the first: the second. Then eight more days, one each.
    const made = [first]
    clock.advance(HOUR)
    for (let day = 0; day < 9; day++) {
      await backend.autoBackup()
      made.push(clock.now())
      await backend.autoBackup()
      clock.advance(24 * HOUR)
    }
    expect(await backend.backup.status()).toEqual({ lastAutomaticAt: new Date(made.at(-1)!).toISOString(), automaticCount: 7 })
    expect(readdirSync(folder).sort()).toEqual(made.slice(-7).map(automaticName).sort())
    // Nothing else was left behind in the data folder, and no backup holds the journal's words.
    expect(namesIn(dataDir).filter((name) => !name.startsWith('sevenfold.db'))).toEqual([AUTOMATIC_FOLDER])
    expect(canarySightings(folder, CANARY)).toEqual([])
  })

  it('after a re-key, forgets the older automatic backups and the copy from before a restore, and makes a new one at once', async () => {
    const { backend, dataDir } = await start()
    await twoJournals(backend)
    const folder = join(dataDir, AUTOMATIC_FOLDER)
    for (let day = 0; day < 3; day++) {
      await backend.autoBackup()
      clock.advance(24 * HOUR)
    }
    writeFileSync(join(folder, 'mine.txt'), 'a file of my own')
    for (const name of ['sevenfold.before-restore.db', 'sevenfold.before-restore.db-wal']) writeFileSync(join(dataDir, name), 'an older database')
    expect((await backend.backup.status()).automaticCount).toBe(3)

    expect(await backend.backup.forgetOlder({ understood: true })).toEqual({ removed: 4 })
    expect(await backend.backup.status()).toEqual({ lastAutomaticAt: new Date(clock.now()).toISOString(), automaticCount: 1 })
    expect(readdirSync(folder).sort()).toEqual([automaticName(clock.now()), 'mine.txt'])
    expect(namesIn(dataDir).filter((name) => name.startsWith('sevenfold.before-restore'))).toEqual([])
  })

  it('leaves other files in the backups folder alone, and a future-dated one does not stop the daily backup', async () => {
    const { backend, dataDir } = await start()
    await twoJournals(backend)
    await backend.autoBackup()
    const folder = join(dataDir, AUTOMATIC_FOLDER)
    // A backup "from next year" (the clock was wrong when it was made).
    const future = clock.now() + 365 * 24 * HOUR
    copyFileSync(join(folder, automaticName(clock.now())), join(folder, automaticName(future)))
    writeFileSync(join(folder, 'my notes.txt'), 'keep me')
    clock.advance(24 * HOUR)
    await backend.autoBackup()
    expect((await backend.backup.status()).automaticCount).toBe(3)
    await backend.autoBackup()
    expect((await backend.backup.status()).automaticCount).toBe(3)
    expect(readdirSync(folder)).toContain('my notes.txt')
  })

  it('an automatic backup restores like any other', async () => {
    const { backend, dataDir, host } = await start()
    await twoJournals(backend)
    await backend.reflections.create({ themeId: 'being-there', title: 'Before', body: paragraphDoc('kept') })
    await backend.autoBackup()
    const atBackup = dumpLive(dataDir)
    const journals = await journalsAsRead(backend, { Ana: PASS_A, Ben: PASS_B })
    await backend.session.unlock({ profileId: (await backend.app.status()).profiles[0]!.id, passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'being-there', title: 'After', body: paragraphDoc('gone again') })

    host.openFile = join(dataDir, AUTOMATIC_FOLDER, automaticName(clock.now()))
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    const { backend: restarted } = await start(dataDir, host)
    expect(dumpLive(dataDir)).toEqual(atBackup)
    expect(await journalsAsRead(restarted, { Ana: PASS_A, Ben: PASS_B })).toEqual(journals)
    // The automatic backups themselves are untouched by a restore.
    expect((await restarted.backup.status()).automaticCount).toBe(1)
  })
})
