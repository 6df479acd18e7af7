// The canary for pictures (issue 19): a picture with a known pixel pattern, stored uncompressed
// so its bytes are in the file as given, saved in a body, re-keyed and locked, and a photo whose
// EXIF holds a unique sentence (refused, as the renderer would have taken it out): neither the
// pixels, nor the picture's own bytes, nor its hash, nor the sentence is on disk in any form.

import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { PASS_A, useBackends } from '../support/backend.ts'
import { byteSightings, canarySightings } from '../support/canary.ts'
import { pictureDoc, pictureFilesIn } from '../support/picture-journal.ts'
import { exifSegment, jpeg, png, withSegment } from '../support/pictures.ts'

const newBackend = useBackends()

/** RGBA pixels that spell out `word` over and over, row after row. */
function spelling(word: string) {
  const bytes = Buffer.from(word, 'latin1')
  return (x: number, y: number): [number, number, number, number] => {
    const at = (y * 64 + x) * 4
    return [0, 1, 2, 3].map((i) => bytes[(at + i) % bytes.length]!) as [number, number, number, number]
  }
}

describe('the canary: no picture reaches the disk in plaintext', () => {
  it('finds neither its pixels nor its bytes nor its hash in any file of the data folder, re-keyed or not', async () => {
    const { backend, dataDir } = await newBackend()
    const word = `pixelcanary${Date.now().toString(36)}lynx`
    const picture = png({ width: 64, height: 64, pixel: spelling(word), level: 0 })
    // The pattern is in the picture's own bytes as given (stored, not compressed): so a careless store would show it.
    const pattern = Buffer.from(`${word}${word}`.slice(5, 5 + 24), 'latin1')
    expect(picture.includes(pattern)).toBe(true)
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const stored = await backend.pictures.add({ bytes: picture })
    await backend.reflections.create({ themeId: 'trust', title: 'A picture', body: pictureDoc(stored) })
    const needles = [pattern, picture.subarray(0, 48), picture.subarray(-48), createHash('sha256').update(picture).digest()]
    const look = () => needles.flatMap((needle) => byteSightings(dataDir, needle))
    expect(pictureFilesIn(dataDir)).toHaveLength(1)
    expect(look()).toEqual([])
    await backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: 'amber fjord whistles at noon', rekey: true })
    await backend.session.lock()
    expect(look()).toEqual([])
  })

  it('stores no photo whose EXIF holds words, and leaves the words nowhere', async () => {
    const { backend, dataDir } = await newBackend()
    const canary = `exifcanary${Date.now().toString(36)}stoat`
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const photo = withSegment(await jpeg(160, 120), exifSegment(`${canary} at our flat, 51.5074 N`))
    await expect(backend.pictures.add({ bytes: photo })).rejects.toMatchObject({ code: 'PICTURE_REFUSED' })
    await backend.session.lock()
    expect(pictureFilesIn(dataDir)).toEqual([])
    expect(canarySightings(dataDir, canary)).toEqual([])
  })
})
