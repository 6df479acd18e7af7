// When a picture goes (issue 19): with the save or delete that takes its last reference away,
// at unlock when nothing refers to it (pasted, never saved; left by a crash), never while a body
// still shows it or part of the journal cannot be read, and never by a re-key, which writes each
// one again under the new key. Real SQLite, real files.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { pictureDoc, pictureFilesIn } from '../support/picture-journal.ts'
import { jpeg, png } from '../support/pictures.ts'

const newBackend = useBackends()
const NEW_PASS = 'amber fjord whistles at noon'

function pictureRows(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    return db
      .prepare<[], { id: string }>('SELECT id FROM pictures ORDER BY id')
      .all()
      .map((row) => row.id)
  } finally {
    db.close()
  }
}

const files = (dataDir: string, count: number) => vi.waitFor(() => expect(pictureFilesIn(dataDir)).toHaveLength(count))

async function twoPictures() {
  const made = await newBackend()
  const profileId = (await made.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
  const one = await made.backend.pictures.add({ bytes: await jpeg(120, 80) })
  const two = await made.backend.pictures.add({ bytes: png({ width: 9, height: 9 }) })
  return { ...made, profileId, one, two }
}

describe('removing pictures nothing refers to', () => {
  it('removes a picture with the save that takes its last reference away, and keeps one another body still shows', async () => {
    const { backend, dataDir, one, two } = await twoPictures()
    const a = await backend.reflections.create({ themeId: 'trust', title: 'a', body: pictureDoc(one, two) })
    const b = await backend.reflections.create({ themeId: 'trust', title: 'b', body: pictureDoc(two) })
    await backend.reflections.update({ id: a.id, body: paragraphDoc('no pictures now') })
    await files(dataDir, 1)
    expect(pictureRows(dataDir)).toEqual([two.id])
    await expect(backend.pictures.get({ id: one.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await backend.pictures.get({ id: two.id })).width).toBe(9)
    // A change of title only keeps the body and its pictures.
    await backend.reflections.update({ id: b.id, title: 'b again' })
    expect(pictureRows(dataDir)).toEqual([two.id])
    await backend.reflections.delete({ id: b.id })
    await files(dataDir, 0)
    expect(pictureRows(dataDir)).toEqual([])
  })

  it('sweeps at unlock what was added and never saved, and files no row names, but not what a body shows', async () => {
    const { backend, dataDir, profileId, one, two } = await twoPictures()
    await backend.reflections.create({ themeId: 'trust', title: 'kept', body: pictureDoc(two) })
    // A crash's leftovers: a file of no row, and a temporary one.
    writeFileSync(join(dataDir, 'pictures', 'ab'.repeat(16)), 'left by a crash')
    writeFileSync(join(dataDir, 'pictures', `.${'cd'.repeat(16)}.0123456789ab.tmp`), 'half written')
    expect(pictureFilesIn(dataDir)).toHaveLength(4)
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    await files(dataDir, 1)
    expect(pictureRows(dataDir)).toEqual([two.id])
    expect((await backend.app.status()).damagedItems).toBe(0)
    await expect(backend.pictures.get({ id: one.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('keeps a picture just added again while a save takes away its last reference, for the body about to show it', async () => {
    const { backend, dataDir, one } = await twoPictures()
    const a = await backend.reflections.create({ themeId: 'trust', title: 'a', body: pictureDoc(one) })
    // Pasted into another reflection (the same bytes: the same picture) before that one is saved.
    const again = await backend.pictures.add({ bytes: await jpeg(120, 80) })
    expect(again.id).toBe(one.id)
    await backend.reflections.update({ id: a.id, body: paragraphDoc('moved') })
    await backend.reflections.create({ themeId: 'trust', title: 'b', body: pictureDoc(again) })
    await backend.reflections.delete({ id: a.id })
    expect(pictureRows(dataDir)).toContain(one.id)
    expect((await backend.pictures.get({ id: one.id })).width).toBe(120)
  })

  it('takes no picture for unreferenced while a reflection cannot be read', async () => {
    const { backend, dataDir, profileId, one } = await twoPictures()
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'a', body: pictureDoc(one) })
    await backend.session.lock()
    const db = new Database(join(dataDir, DATABASE_FILE))
    db.prepare('UPDATE reflections SET header = ? WHERE id = ?').run(Buffer.alloc(80, 1), id)
    db.close()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.app.status()).damagedItems).toBe(1)
    await backend.pictures.add({ bytes: png({ width: 2, height: 2 }) })
    expect(pictureRows(dataDir)).toContain(one.id)
    expect(pictureFilesIn(dataDir)).toHaveLength(3)
  })

  it('keeps no reference to a picture of another journal: the body shows it as missing, and nothing is counted damaged', async () => {
    const { backend, dataDir, one } = await twoPictures()
    const ben = (await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
    // A body of Ben's naming Ana's picture (copied from hers): his journal holds no such picture.
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'copied', body: pictureDoc(one) })
    await expect(backend.pictures.get({ id: one.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.app.status()).damagedItems).toBe(0)
    await backend.reflections.delete({ id })
    // Ana's picture is hers: nothing Ben's journal does removes it.
    expect(pictureRows(dataDir)).toContain(one.id)
  })

  it('removes a deleted journal’s picture files with it, and leaves the other journal’s', async () => {
    const { backend, dataDir, one, two } = await twoPictures()
    await backend.reflections.create({ themeId: 'trust', title: 'hers', body: pictureDoc(one, two) })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    const his = await backend.pictures.add({ bytes: png({ width: 4, height: 4 }) })
    await backend.reflections.create({ themeId: 'trust', title: 'his', body: pictureDoc(his) })
    expect(pictureFilesIn(dataDir)).toHaveLength(3)
    await backend.endings.deleteJournal({ passphrase: PASS_B, confirmName: 'Ben' })
    expect(pictureRows(dataDir)).toEqual([one.id, two.id].sort())
    expect(pictureFilesIn(dataDir)).toHaveLength(2)
  })

  it('writes every picture again under the new key at a re-key, and removes the old files once it is done', async () => {
    const { backend, dataDir, profileId, one, two } = await twoPictures()
    await backend.reflections.create({ themeId: 'trust', title: 'both', body: pictureDoc(one, two) })
    const before = pictureFilesIn(dataDir)
    await backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: NEW_PASS, rekey: true })
    const after = pictureFilesIn(dataDir)
    expect(after).toHaveLength(2)
    expect(after.some((file) => before.includes(file))).toBe(false)
    expect((await backend.pictures.get({ id: one.id })).width).toBe(120)
    // Found again under the new tag key: the same bytes are the same picture.
    expect((await backend.pictures.add({ bytes: png({ width: 9, height: 9 }) })).id).toBe(two.id)
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: NEW_PASS })
    expect((await backend.app.status()).damagedItems).toBe(0)
    expect(Buffer.from((await backend.pictures.get({ id: two.id })).data).equals(png({ width: 9, height: 9 }))).toBe(true)
  })

  it('a lock while a re-key writes the pictures again rolls it back: the old files stay, the new ones go, the old passphrase opens every picture', async () => {
    const { backend, dataDir, profileId } = await twoPictures()
    // Pictures large enough that the re-key is still writing them when the lock comes.
    const big = []
    for (let i = 0; i < 4; i++) {
      const seed = i * 7919
      big.push(
        await backend.pictures.add({
          bytes: png({ width: 700, height: 700, level: 0, pixel: (x, y) => [(x * 31 + seed) % 256, (y * 17 + x) % 256, (seed + y) % 256, 255] })
        })
      )
    }
    await backend.reflections.create({ themeId: 'trust', title: 'big', body: pictureDoc(...big) })
    await files(dataDir, 6)
    const before = pictureFilesIn(dataDir).sort()
    const rekeying = backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: NEW_PASS, rekey: true })
    // Once the first picture is written again (a file of a new name beside the old ones).
    while (pictureFilesIn(dataDir).filter((file) => !file.includes('.tmp')).length <= before.length) await new Promise((resolve) => setTimeout(resolve, 1))
    await backend.session.lock()
    await expect(rekeying).rejects.toMatchObject({ code: 'LOCKED' })
    await vi.waitFor(() => expect(pictureFilesIn(dataDir).sort()).toEqual(before))
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    for (const picture of big) expect((await backend.pictures.get({ id: picture.id })).width).toBe(700)
    expect((await backend.app.status()).damagedItems).toBe(0)
  })
})
