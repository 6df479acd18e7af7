// Pictures in a real journal over real SQLite and real files (issue 19): stored once per journal,
// read back byte for byte, refused when they are not what the renderer makes, kept only in the
// pictures/ folder (never in the database, which the daily backups copy whole).

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { PICTURE_STORED_LIMITS } from '../../src/shared/pictures.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { exifSegment, jpeg, png, withSegment } from '../support/pictures.ts'
import { pictureDoc, pictureFilesIn } from '../support/picture-journal.ts'

const newBackend = useBackends()

describe('pictures in an open journal', () => {
  it('stores a JPEG and a PNG, answers their type and size, and gives the same bytes back', async () => {
    const { backend, dataDir } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const photo = await jpeg(320, 200)
    const drawing = png({ width: 30, height: 20 })
    const a = await backend.pictures.add({ bytes: photo })
    const b = await backend.pictures.add({ bytes: drawing })
    expect(a).toMatchObject({ type: 'image/jpeg', width: 320, height: 200, bytes: photo.length })
    expect(b).toMatchObject({ type: 'image/png', width: 30, height: 20, bytes: drawing.length })
    expect(a.id).not.toBe(b.id)
    const back = await backend.pictures.get({ id: a.id })
    expect(back).toMatchObject(a)
    expect(Buffer.from(back.data).equals(photo)).toBe(true)
    expect(Buffer.from((await backend.pictures.get({ id: b.id })).data).equals(drawing)).toBe(true)
    // Each is a file of its own, a little larger than the picture (IV and tag), in pictures/ only.
    const files = pictureFilesIn(dataDir)
    expect(files).toHaveLength(2)
    expect(files.map((file) => statSync(file).size).sort((x, y) => x - y)).toEqual([drawing.length + 29, photo.length + 29].sort((x, y) => x - y))
    expect(statSync(join(dataDir, 'pictures')).mode & 0o777).toBe(0o700)
    for (const file of files) expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('stores the same picture once per journal, and once in each of two journals', async () => {
    const { backend, dataDir } = await newBackend()
    const ana = (await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
    const photo = await jpeg(64, 48)
    const first = await backend.pictures.add({ bytes: photo })
    expect(await backend.pictures.add({ bytes: Uint8Array.from(photo) })).toEqual(first)
    expect(pictureFilesIn(dataDir)).toHaveLength(1)
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    const his = await backend.pictures.add({ bytes: photo })
    expect(his.id).not.toBe(first.id)
    expect(pictureFilesIn(dataDir)).toHaveLength(2)
    // Ben cannot read Ana's by its id, and after the lock nothing can.
    await expect(backend.pictures.get({ id: first.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await backend.session.lock()
    await expect(backend.pictures.get({ id: his.id })).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.pictures.add({ bytes: photo })).rejects.toMatchObject({ code: 'LOCKED' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.pictures.add({ bytes: photo })).id).not.toBe(his.id)
  })

  it('refuses metadata, other formats and pictures larger than the renderer makes, with PICTURE_REFUSED and a sentence', async () => {
    const { backend, dataDir } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const refused = async (bytes: Uint8Array) => {
      const error = await backend.pictures.add({ bytes }).then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toMatchObject({ code: 'PICTURE_REFUSED' })
      return (error as Error).message
    }
    const photo = await jpeg(64, 48)
    expect(await refused(withSegment(photo, exifSegment('Our street, 51.5N 0.1W')))).toMatch(/carries details beside the image.*Add it again/)
    expect(await refused(png({ width: 4, height: 4, extra: [['tEXt', Buffer.from('Comment\0at home')]] }))).toMatch(/carries details/)
    expect(await refused(png({ width: 2561, height: 10 }))).toMatch(/larger than 2,560 pixels/)
    expect(await refused(Buffer.from('GIF89a not one of ours'))).toMatch(/not a JPEG or PNG/)
    expect(await refused(photo.subarray(0, photo.length - 40))).toMatch(/incomplete or damaged/)
    expect(pictureFilesIn(dataDir)).toHaveLength(0)
  })

  it('refuses at the contract what is not bytes or is over the stored limit', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const answers = await Promise.all(
      [
        { bytes: 'aGVsbG8=' },
        { bytes: [1, 2, 3] },
        { bytes: new Uint8Array(0) },
        { bytes: new Uint8Array(PICTURE_STORED_LIMITS.maxBytes + 1) },
        { bytes: Object.create(Uint8Array.prototype) as unknown }
      ].map((payload) => dispatch(backend, 'pictures.add', payload))
    )
    expect(answers.map((answer) => (answer.ok ? 'ok' : `${answer.error.code} ${answer.error.message}`))).toEqual([
      'INVALID_INPUT The bytes must be the picture’s bytes.',
      'INVALID_INPUT The bytes must be the picture’s bytes.',
      'INVALID_INPUT The bytes is empty.',
      'INVALID_INPUT The bytes is too large (at most 24 MB).',
      'INVALID_INPUT The bytes must be the picture’s bytes.'
    ])
  })

  it('keeps the pictures a saved body shows in the header, never in the database file', async () => {
    const { backend, dataDir } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const photo = await jpeg(400, 300)
    const picture = await backend.pictures.add({ bytes: photo })
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'With a picture', body: pictureDoc(picture) })
    expect((await backend.reflections.get({ id })).body).toEqual(pictureDoc(picture))
    expect(await backend.reflections.list()).toEqual([expect.not.objectContaining({ pictures: expect.anything() })])
    // Nothing of the picture's file (its ciphertext) is in the database or its -wal: only its row.
    const [file] = pictureFilesIn(dataDir)
    const stored = readFileSync(file!)
    const pieces = [stored.subarray(13, 77), stored.subarray(stored.length / 2, stored.length / 2 + 64), stored.subarray(-64)]
    for (const name of readdirSync(dataDir).filter((entry) => entry.startsWith('sevenfold.db'))) {
      const bytes = readFileSync(join(dataDir, name))
      for (const piece of pieces) expect(bytes.includes(piece)).toBe(false)
    }
  })
})
