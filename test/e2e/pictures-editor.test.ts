// Pictures in the journal's editor over the real backend (issue 19): pasted, dropped and chosen
// pictures are prepared in the page (scaled, turned as their EXIF says, encoded again without
// any metadata), stored through pictures.add, saved in the body, and shown again after a lock.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import {
  coloursAt,
  dropPictures,
  EXIF_TEXT,
  exifSegment,
  jpegMarkers,
  makePicture,
  near,
  pastePictures,
  pictureBytes,
  pngChunks,
  QUARTERS,
  stillLoads
} from './support/pictures.ts'
import { heading, lock, openNewReflection, see, seeAlert, unlock } from './support/screens.ts'

const TRUST = THEMES.find((t) => t.id === 'trust')!

function body(page: Page) {
  return page.getByRole('textbox', { name: 'Reflection' })
}

async function seeSaved(page: Page): Promise<void> {
  await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
}

/** The pictures of the one stored reflection's body, in order. */
async function storedPictures(backend: SevenfoldBackend): Promise<Array<Record<string, unknown>>> {
  const [header] = await backend.reflections.list()
  const found: Array<Record<string, unknown>> = []
  const walk = (node: RichTextNode) => {
    if (node.type === 'picture') found.push({ ...node.attrs })
    for (const child of node.content ?? []) walk(child)
  }
  walk((await backend.reflections.get({ id: header!.id })).body)
  return found
}

/** The body holds `count` pictures, and each shows its image once scrolled to (they load only then). */
async function shownPictures(page: Page, count: number): Promise<void> {
  const figures = page.locator('#reflection-body figure.picture')
  await expect.poll(() => figures.count(), { timeout: 20_000 }).toBe(count)
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded()
    await see(figures.nth(i).locator('img[src^="blob:"]'))
  }
}

/** From home after an unlock, into the trust theme's reflection named `title`. */
async function reopen(page: Page, title: string): Promise<void> {
  await see(heading(page, 'Hello, Ana'))
  await page.getByRole('button', { name: TRUST.title, exact: true }).click()
  await page.getByRole('button', { name: new RegExp(title) }).click()
  await see(body(page))
}

describe('pictures in the editor', () => {
  const app = useApp()

  test('a pasted photo with EXIF is scaled to 2,560 px, stored without its metadata, saved in the body and shown again after a lock', async () => {
    const { page, backend, open, shot, problems } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    await page.getByLabel('Title').fill('The lake')
    await body(page).click()
    await page.keyboard.type('Before the picture.')
    await makePicture(page, { name: 'lake.jpg', width: 4000, height: 3000, exif: exifSegment(1) })
    expect((await pictureBytes(page, 'lake.jpg')).toString('latin1')).toContain(EXIF_TEXT)
    await pastePictures(page, ['lake.jpg'])
    // The placeholder says what is happening while the person goes on writing.
    await see(page.locator('.picture-upload').getByText(/Preparing the picture|Saving the picture/))
    await shot('0-preparing')
    await page.keyboard.type(' Still typing.')
    await shownPictures(page, 1)
    await seeSaved(page)
    await shot('1-pasted')

    const [stored] = await storedPictures(backend)
    expect(stored).toMatchObject({ width: 2560, height: 1920, alt: '' })
    const picture = await backend.pictures.get({ id: String(stored!.id) })
    expect(picture).toMatchObject({ type: 'image/jpeg', width: 2560, height: 1920 })
    const bytes = Buffer.from(picture.data)
    // JFIF and the image's own segments only: no EXIF (APP1), ICC profile (APP2) or comment.
    expect(jpegMarkers(bytes).filter((m) => (m >= 0xe1 && m <= 0xef) || m === 0xfe)).toEqual([])
    expect(bytes.toString('latin1')).not.toMatch(/Exif|CANARY|ICC_PROFILE/)
    // The pattern arrived the right way up.
    const colours = await coloursAt(page, bytes, 'image/jpeg', [
      [0.25, 0.25],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.75, 0.75]
    ])
    colours.forEach((colour, i) => expect(near(colour, QUARTERS[i]!), `quarter ${i}: ${colour.join(',')}`).toBe(true))

    // The URL shown goes with the editor at a lock.
    const url = (await body(page).locator('figure.picture img').getAttribute('src'))!
    expect(await stillLoads(page, url, problems)).toBe(true)
    await lock(page)
    expect(await stillLoads(page, url, problems)).toBe(false)
    await unlock(page, 'Ana', PASS_A)
    await reopen(page, 'The lake')
    await shownPictures(page, 1)
    expect(await body(page).textContent()).toContain('Before the picture.')
  })

  test('a photo is turned as its EXIF orientation says; a see-through PNG stays PNG, an opaque one becomes JPEG', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    await body(page).click()
    // Orientation 6: the camera was held on its side; the picture is shown turned a quarter clockwise.
    await makePicture(page, { name: 'sideways.jpg', width: 400, height: 200, exif: exifSegment(6) })
    await makePicture(page, { name: 'sticker.png', width: 300, height: 300, type: 'image/png', seeThrough: true })
    await makePicture(page, { name: 'screenshot.png', width: 320, height: 200, type: 'image/png' })
    await pastePictures(page, ['sideways.jpg', 'sticker.png', 'screenshot.png'])
    await shownPictures(page, 3)
    // Pasted on the empty first line, they leave the caret on a line below them, not on a picture.
    await page.keyboard.type('Three of them.')
    await seeSaved(page)
    // The pictures are no words or characters in the counts.
    await see(page.getByText('3 words · 14 characters'))
    const [header] = await backend.reflections.list()
    const { body: doc } = await backend.reflections.get({ id: header!.id })
    expect(doc.content?.map((node) => node.type)).toEqual(['picture', 'picture', 'picture', 'paragraph'])
    expect(doc.content?.[3]?.content?.[0]?.text).toBe('Three of them.')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('1-three-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    const all = await storedPictures(backend)
    const [sideways, sticker, screenshot] = all
    expect(sideways).toMatchObject({ width: 200, height: 400 })
    const turned = await backend.pictures.get({ id: String(sideways!.id) })
    expect(turned).toMatchObject({ type: 'image/jpeg', width: 200, height: 400 })
    // Turned clockwise: the bottom left quarter is now at the top left, the top left at the top right.
    const colours = await coloursAt(page, turned.data, turned.type, [
      [0.25, 0.25],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.75, 0.75]
    ])
    ;[QUARTERS[2], QUARTERS[0], QUARTERS[3], QUARTERS[1]].forEach((expected, i) =>
      expect(near(colours[i]!, expected), `quarter ${i}: ${colours[i]!.join(',')}`).toBe(true)
    )

    const png = await backend.pictures.get({ id: String(sticker!.id) })
    expect(png).toMatchObject({ type: 'image/png', width: 300, height: 300 })
    expect(pngChunks(png.data)).toEqual(expect.arrayContaining(['IHDR', 'IDAT', 'IEND']))
    expect(pngChunks(png.data).filter((c) => !['IHDR', 'IDAT', 'IEND'].includes(c))).toEqual([])
    const [corner, middle] = await coloursAt(page, png.data, png.type, [
      [0.01, 0.01],
      [0.75, 0.75]
    ])
    expect(corner![3]).toBe(0)
    expect(middle).toEqual([...QUARTERS[3], 255])
    expect(await backend.pictures.get({ id: String(screenshot!.id) })).toMatchObject({ type: 'image/jpeg', width: 320, height: 200 })
  })

  test('a dropped picture lands between the paragraphs where it is dropped', async () => {
    const { page, backend, open } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    await body(page).click()
    await page.keyboard.type('First.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Second.')
    await makePicture(page, { name: 'dropped.jpg', width: 800, height: 600 })
    const first = (await body(page).locator('p').first().boundingBox())!
    await dropPictures(page, ['dropped.jpg'], { x: first.x + first.width - 5, y: first.y + first.height / 2 })
    await shownPictures(page, 1)
    await seeSaved(page)
    const [header] = await backend.reflections.list()
    const { body: stored } = await backend.reflections.get({ id: header!.id })
    expect(stored.content?.map((node) => node.type)).toEqual(['paragraph', 'picture', 'paragraph'])
    expect(stored.content?.[0]?.content?.[0]?.text).toBe('First.')
  })

  test('“Add a picture” opens the file picker, and the pictures chosen go where the cursor is', async () => {
    const { page, backend, open } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    await body(page).click()
    await page.keyboard.type('One')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Two')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('End')
    await makePicture(page, { name: 'chosen.jpg', width: 1200, height: 800 })
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Add a picture' }).click()
    const picker = await chooser
    expect(picker.isMultiple()).toBe(true)
    expect(await picker.element().getAttribute('accept')).toBe('image/jpeg,image/png,image/webp,image/gif,image/avif,image/bmp')
    await picker.setFiles({ name: 'chosen.jpg', mimeType: 'image/jpeg', buffer: await pictureBytes(page, 'chosen.jpg') })
    await shownPictures(page, 1)
    await seeSaved(page)
    const [header] = await backend.reflections.list()
    const { body: stored } = await backend.reflections.get({ id: header!.id })
    expect(stored.content?.map((node) => node.type)).toEqual(['paragraph', 'picture', 'paragraph'])
    expect((await storedPictures(backend))[0]).toMatchObject({ width: 1200, height: 800 })
  })

  test('a HEIC photo, a file that is not a picture and one too large are refused with a sentence each, and nothing is added', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    await body(page).click()
    await page.keyboard.type('Words stay.')
    await seeSaved(page)
    // The start of an iPhone's HEIC file: an ISO box naming HEIF's brands.
    const heic = [0, 0, 0, 24, ...Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]
    await makePicture(page, { name: 'IMG_0001.HEIC', width: 0, height: 0, bytes: [...heic, ...new Array<number>(200).fill(0)], fileType: 'image/heic' })
    await pastePictures(page, ['IMG_0001.HEIC'])
    await seeAlert(page, 'Sevenfold can’t read HEIC pictures. Save it as JPEG or PNG and add it again.')
    await shot('1-heic')
    await makePicture(page, { name: 'notes.txt', width: 0, height: 0, bytes: [...Buffer.from('not a picture')], fileType: 'text/plain' })
    await pastePictures(page, ['notes.txt'])
    await seeAlert(page, '“notes.txt” is not a picture Sevenfold can read. Add a JPEG, PNG, WebP, GIF, AVIF or BMP picture.')
    // A PNG whose header says 10,000 × 6,000: refused before it is decoded.
    const wide = [0x89, ...Buffer.from('PNG\r\n\x1a\n\0\0\0\x0dIHDR', 'latin1'), 0, 0, 0x27, 0x10, 0, 0, 0x17, 0x70, 8, 6, 0, 0, 0]
    await makePicture(page, { name: 'wide.png', width: 0, height: 0, bytes: wide, fileType: 'image/png' })
    await pastePictures(page, ['wide.png'])
    await seeAlert(page, 'This picture is 10,000 × 6,000 pixels, and Sevenfold takes pictures up to 50 megapixels. Save a smaller copy and add it again.')
    // Writing on clears the sentence.
    await page.keyboard.type(' More.')
    await expect.poll(() => page.getByRole('alert').count()).toBe(0)
    await seeSaved(page)
    expect(await storedPictures(backend)).toEqual([])
    expect(await page.locator('.picture, .picture-upload').count()).toBe(0)
  })
})
