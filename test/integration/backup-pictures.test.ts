// Backups with pictures (issue 19): the pictures are files beside the database, so a backup
// carries them after it. "Back up now" carries them inside its one file; the automatic backups
// keep each picture's file once in backups/pictures/, shared by every kept backup that names it,
// and removed when none does. A restore puts them back, from either; the copy kept from before
// the restore keeps its pictures; a spoilt picture inside a backup refuses the backup.

import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUTOMATIC_FOLDER, automaticName } from '../../src/main/backup/automatic.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useFileBackends } from '../support/backup.ts'
import { pictureDoc, pictureFilesIn } from '../support/picture-journal.ts'
import { jpeg, png } from '../support/pictures.ts'
import { manualClock } from '../support/vault.ts'

const DAY = 24 * 60 * 60 * 1000
const clock = manualClock(Date.parse('2026-03-01T10:00:00.000Z'))
const { start, tempDir } = useFileBackends(clock.now)

async function anaWithPictures(dataDir?: string) {
  const started = await start(dataDir)
  const profileId = (await started.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
  const photoBytes = await jpeg(640, 480)
  const photo = await started.backend.pictures.add({ bytes: photoBytes })
  const { id } = await started.backend.reflections.create({ themeId: 'trust', title: 'Our day', body: pictureDoc(photo) })
  return { ...started, profileId, photo, photoBytes, reflection: id }
}

const sharedIn = (dataDir: string) => {
  try {
    return readdirSync(join(dataDir, AUTOMATIC_FOLDER, 'pictures')).sort()
  } catch {
    return []
  }
}

describe('backups with pictures', () => {
  it('carries the pictures inside a backup saved anywhere, and a restore brings them back', async () => {
    const { backend, host, dataDir, profileId, photo, photoBytes, reflection } = await anaWithPictures()
    host.saveAs = join(tempDir(), 'ours.sevenfold-backup')
    await backend.backup.create()
    // Larger than the picture: it is inside.
    expect(statSync(host.saveAs).size).toBeGreaterThan(photoBytes.length)
    await backend.reflections.delete({ id: reflection })
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect(pictureFilesIn(dataDir)).toHaveLength(0)

    host.openFile = host.saveAs
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    const { backend: restarted } = await start(dataDir, host)
    await restarted.session.unlock({ profileId, passphrase: PASS_A })
    expect(Buffer.from((await restarted.pictures.get({ id: photo.id })).data).equals(photoBytes)).toBe(true)
    expect((await restarted.app.status()).damagedItems).toBe(0)
  })

  it('restores a backup with pictures on a new computer (an empty data folder)', async () => {
    const { backend, host, photo, photoBytes } = await anaWithPictures()
    host.saveAs = join(tempDir(), 'ours.sevenfold-backup')
    await backend.backup.create()
    const fresh = tempDir()
    const { backend: elsewhere } = await start(fresh, host)
    host.openFile = host.saveAs
    expect(await elsewhere.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    const { backend: restarted } = await start(fresh, host)
    await restarted.session.unlock({ profileId: (await restarted.app.status()).profiles[0]!.id, passphrase: PASS_A })
    expect(Buffer.from((await restarted.pictures.get({ id: photo.id })).data).equals(photoBytes)).toBe(true)
  })

  it('keeps each picture once beside the automatic backups, writes it no more on later days, and lets it go with the last backup that names it', async () => {
    const { backend, dataDir, photoBytes, reflection } = await anaWithPictures()
    await backend.autoBackup()
    const [shared] = sharedIn(dataDir)
    expect(sharedIn(dataDir)).toHaveLength(1)
    const sharedFile = join(dataDir, AUTOMATIC_FOLDER, 'pictures', shared!)
    const written = statSync(sharedFile)
    // The picture's file is not inside the backup (nothing of its ciphertext is): only its name.
    const firstBackup = readFileSync(join(dataDir, AUTOMATIC_FOLDER, automaticName(clock.now())))
    const file = readFileSync(sharedFile)
    expect(file.length).toBe(photoBytes.length + 29)
    for (const at of [13, file.length / 2, file.length - 64]) expect(firstBackup.includes(file.subarray(at, at + 48))).toBe(false)
    expect(firstBackup.includes(Buffer.from(shared!, 'latin1'))).toBe(true)

    // The next day, one new reflection: a new backup, the picture's file as it was.
    clock.advance(DAY)
    await backend.reflections.create({ themeId: 'trust', title: 'Next day', body: paragraphDoc('words only') })
    await backend.autoBackup()
    expect(sharedIn(dataDir)).toEqual([shared])
    expect(statSync(sharedFile).mtimeMs).toBe(written.mtimeMs)
    expect(statSync(sharedFile).ino).toBe(written.ino)

    // The picture goes from the journal; seven days later no kept backup names it, and it goes from the backups too.
    await backend.reflections.delete({ id: reflection })
    for (let day = 0; day < 7; day++) {
      clock.advance(DAY)
      await backend.autoBackup()
      expect(sharedIn(dataDir), `day ${day}`).toEqual(day < 6 ? [shared] : [])
    }
  })

  it('restores an automatic backup with its pictures from beside it', async () => {
    const { backend, host, dataDir, profileId, photo, photoBytes } = await anaWithPictures()
    await backend.autoBackup()
    rmSync(join(dataDir, 'pictures'), { recursive: true })
    host.openFile = join(dataDir, AUTOMATIC_FOLDER, automaticName(clock.now()))
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    const { backend: restarted } = await start(dataDir, host)
    await restarted.session.unlock({ profileId, passphrase: PASS_A })
    expect(Buffer.from((await restarted.pictures.get({ id: photo.id })).data).equals(photoBytes)).toBe(true)
  })

  it('keeps the pictures the copy from before a restore names, past the next unlock', async () => {
    const { backend, host, dataDir, profileId } = await anaWithPictures()
    host.saveAs = join(tempDir(), 'before.sevenfold-backup')
    await backend.backup.create()
    // After the backup: a second picture, which only the database that goes aside will name.
    const later = await backend.pictures.add({ bytes: png({ width: 7, height: 7 }) })
    await backend.reflections.create({ themeId: 'trust', title: 'Later', body: pictureDoc(later) })
    host.openFile = host.saveAs
    await backend.backup.restore({ passphrase: PASS_A })
    const { backend: restarted } = await start(dataDir, host)
    await restarted.session.unlock({ profileId, passphrase: PASS_A })
    await expect(restarted.pictures.get({ id: later.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // The sweep after unlock is done once a picture's task answers.
    await restarted.pictures.add({ bytes: png({ width: 2, height: 2 }) })
    expect(pictureFilesIn(dataDir)).toHaveLength(3)
  })

  it('refuses a backup whose picture inside was changed, and changes nothing', async () => {
    const { backend, host, dataDir } = await anaWithPictures()
    host.saveAs = join(tempDir(), 'ours.sevenfold-backup')
    await backend.backup.create()
    const bytes = readFileSync(host.saveAs)
    bytes[bytes.length - 100]! ^= 1
    writeFileSync(host.saveAs, bytes)
    const before = pictureFilesIn(dataDir)
    host.openFile = host.saveAs
    await expect(backend.backup.restore({ passphrase: PASS_A })).rejects.toMatchObject({ code: 'BACKUP_INVALID' })
    expect(pictureFilesIn(dataDir)).toEqual(before)
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.sevenfold-temp'))).toEqual([])
  })
})
