// The other partner at the disk against Ana's pictures (issue 19; docs/security.md, "Pictures"):
// Ben has the data folder and the database, both journals on one account, and a picture of his
// own. He copies his picture's file over hers, swaps her two pictures' files, deletes one, puts
// back one from before her re-key, points her row at a file of his or outside the folder, plants
// a link, deletes her row, and looks for a picture he knows by its hash. Each is found and
// counted as damaged, never shown as hers; her reflection still opens; nothing crashes.

import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { pictureDoc } from '../support/picture-journal.ts'
import { jpeg, png } from '../support/pictures.ts'
import { rawDb, runSql } from '../support/vault.ts'

const newBackend = useBackends()

interface PictureRowOnDisk {
  id: string
  profile_id: string
  tag: Buffer
  file: string
  meta: Buffer
}

function rowOf(dataDir: string, id: string): PictureRowOnDisk {
  const db = rawDb(dataDir)
  try {
    return db.prepare('SELECT * FROM pictures WHERE id = ?').get(id) as PictureRowOnDisk
  } finally {
    db.close()
  }
}

const fileOf = (dataDir: string, id: string) => join(dataDir, 'pictures', rowOf(dataDir, id).file)

/** Ana's journal with two pictures in one reflection, Ben's with one of his own; everything locked. */
async function twoJournals(backend: SevenfoldBackend) {
  const ana = (await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
  const hers = await backend.pictures.add({ bytes: await jpeg(200, 150, '#3a6') })
  const second = await backend.pictures.add({ bytes: png({ width: 12, height: 8 }) })
  const reflection = await backend.reflections.create({ themeId: 'trust', title: 'Our day', body: pictureDoc(hers, second) })
  const ben = (await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
  const his = await backend.pictures.add({ bytes: await jpeg(200, 150, '#a36') })
  await backend.reflections.create({ themeId: 'trust', title: 'His', body: pictureDoc(his) })
  await backend.session.lock()
  return { ana, ben, hers, second, his, reflection: reflection.id }
}

/** Ana unlocks and asks for `id`: what she is told, what home counts, and whether her reflection opens. */
async function anaAsksFor(backend: SevenfoldBackend, ana: string, id: string, reflection: string) {
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  const answer = await backend.pictures.get({ id }).then(
    (picture) => `shown ${picture.width}x${picture.height}`,
    (error: { code: string }) => error.code
  )
  const opened = (await backend.reflections.get({ id: reflection })).title
  return { answer, damaged: (await backend.app.status()).damagedItems, opened }
}

describe('the other partner and Ana’s picture files', () => {
  it('his picture’s file copied over hers is refused and counted, and her reflection still opens', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, hers, his, reflection } = await twoJournals(backend)
    copyFileSync(fileOf(dataDir, his.id), fileOf(dataDir, hers.id))
    expect(await anaAsksFor(backend, ana, hers.id, reflection)).toEqual({ answer: 'TAMPERED', damaged: 1, opened: 'Our day' })
  })

  it('her two pictures’ files swapped (renamed onto each other) are both refused', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, hers, second, reflection } = await twoJournals(backend)
    const [a, b] = [fileOf(dataDir, hers.id), fileOf(dataDir, second.id)]
    renameSync(a, `${a}.x`)
    renameSync(b, a)
    renameSync(`${a}.x`, b)
    expect(await anaAsksFor(backend, ana, hers.id, reflection)).toMatchObject({ answer: 'TAMPERED', damaged: 1 })
    await expect(backend.pictures.get({ id: second.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect((await backend.app.status()).damagedItems).toBe(2)
  })

  it('her row pointed at his file (its meta copied too) is refused', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, hers, his, reflection } = await twoJournals(backend)
    const row = rowOf(dataDir, his.id)
    runSql(dataDir, 'UPDATE pictures SET meta = ? WHERE id = ?', row.meta, hers.id)
    copyFileSync(fileOf(dataDir, his.id), fileOf(dataDir, hers.id))
    expect(await anaAsksFor(backend, ana, hers.id, reflection)).toMatchObject({ answer: 'TAMPERED', damaged: 1 })
  })

  it('a deleted file is counted when it is asked for; a deleted row at unlock', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, hers, second, reflection } = await twoJournals(backend)
    rmSync(fileOf(dataDir, hers.id))
    runSql(dataDir, 'DELETE FROM pictures WHERE id = ?', second.id)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.app.status()).damagedItems).toBe(1)
    await expect(backend.pictures.get({ id: second.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    await expect(backend.pictures.get({ id: hers.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect((await backend.app.status()).damagedItems).toBe(2)
    expect((await backend.reflections.get({ id: reflection })).title).toBe('Our day')
  })

  it('her file from before her re-key, put back with its row, is refused', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, hers, reflection } = await twoJournals(backend)
    const oldRow = rowOf(dataDir, hers.id)
    const oldFile = readFileSync(fileOf(dataDir, hers.id))
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: 'amber fjord whistles at noon', rekey: true })
    await backend.session.lock()
    // Only the file: it no longer matches the row. The file with its old row: neither opens under the new key.
    writeFileSync(fileOf(dataDir, hers.id), oldFile)
    await backend.session.unlock({ profileId: ana, passphrase: 'amber fjord whistles at noon' })
    await expect(backend.pictures.get({ id: hers.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    await backend.session.lock()
    runSql(dataDir, 'UPDATE pictures SET tag = ?, file = ?, meta = ? WHERE id = ?', oldRow.tag, oldRow.file, oldRow.meta, hers.id)
    writeFileSync(join(dataDir, 'pictures', oldRow.file), oldFile)
    await backend.session.unlock({ profileId: ana, passphrase: 'amber fjord whistles at noon' })
    await expect(backend.pictures.get({ id: hers.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect((await backend.reflections.get({ id: reflection })).title).toBe('Our day')
  })

  it('a row naming a file outside the folder, or a link planted in its place, is never followed, read or removed', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, hers, second, reflection } = await twoJournals(backend)
    const outside = join(dataDir, 'outside.txt')
    writeFileSync(outside, 'not a picture')
    runSql(dataDir, 'UPDATE pictures SET file = ? WHERE id = ?', '../outside.txt', hers.id)
    rmSync(fileOf(dataDir, second.id))
    symlinkSync(outside, fileOf(dataDir, second.id))
    // A row of no reflection naming the database itself: the unlock's sweep removes the row, never the file.
    runSql(
      dataDir,
      'INSERT INTO pictures (id, profile_id, tag, file, meta) VALUES (?, ?, ?, ?, ?)',
      'P'.repeat(22),
      ana,
      Buffer.alloc(32),
      '../sevenfold.db',
      Buffer.alloc(40)
    )
    mkdirSync(join(dataDir, 'pictures', 'planted-folder'))
    expect(await anaAsksFor(backend, ana, hers.id, reflection)).toMatchObject({ answer: 'TAMPERED', opened: 'Our day' })
    await expect(backend.pictures.get({ id: second.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect(readFileSync(outside, 'utf8')).toBe('not a picture')
    await backend.session.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    // A picture's task waits for the sweep's: by its answer the sweep is done.
    await backend.pictures.get({ id: second.id }).catch(() => undefined)
    expect(existsSync(join(dataDir, 'sevenfold.db'))).toBe(true)
    expect(existsSync(outside)).toBe(true)
    expect((await backend.reflections.list()).map((r) => r.title)).toEqual(['Our day'])
  })

  it('her tags tell him nothing: not the picture’s hash, and not his own tag for the same picture', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben, hers, reflection } = await twoJournals(backend)
    const same = await jpeg(200, 150, '#3a6')
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const his = await backend.pictures.add({ bytes: same })
    await backend.reflections.update({ id: (await backend.reflections.list())[0]!.id, body: pictureDoc(his) })
    const [herTag, hisTag] = [rowOf(dataDir, hers.id).tag, rowOf(dataDir, his.id).tag]
    const known = [createHash('sha256').update(same).digest(), createHash('sha1').update(same).digest(), createHash('md5').update(same).digest()]
    expect(herTag.equals(hisTag)).toBe(false)
    for (const digest of known) expect(herTag.includes(digest.subarray(0, 16))).toBe(false)
    // And his journal cannot read hers by its id.
    await expect(backend.pictures.get({ id: hers.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    void reflection
  })
})
