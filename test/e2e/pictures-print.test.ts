// Paste and print a picture (issue 19, "done when"): a photo pasted in the editor and a small
// see-through drawing beside it, printed from the editor through "Save as PDF…", the PDF read
// back with pdfjs: the photo drawn as wide as the text with its shape, the drawing at its
// pixels at 150 dpi (never blown up), each whole on one page, and none of the photo's EXIF words
// anywhere in the file.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { PASS_A } from '../support/backend.ts'
import { drawnImages } from '../support/pdf-images.ts'
import { readPdf } from '../support/pdf.ts'
import { useApp } from './support/app.ts'
import { exifSegment, makePicture, pastePictures } from './support/pictures.ts'
import { pdfButton, seeResult } from './support/print.ts'
import { heading, openNewReflection, see } from './support/screens.ts'

const MM = 72 / 25.4
/** A4 with normal margins: the text is 170 mm wide and 257 mm tall. */
const TEXT = { width: 170 * MM, height: 257 * MM, margin: 20 * MM }

describe('a pasted picture, printed', () => {
  const app = useApp()

  test('prints the photo as wide as the text and a small drawing at 150 dpi, each whole, with no EXIF in the PDF', async () => {
    const { page, host, open } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    await page.getByLabel('Title').fill('By the lake')
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    await page.keyboard.type('We sat by the water until the light went.')
    await makePicture(page, { name: 'lake.jpg', width: 4000, height: 3000, exif: exifSegment(1) })
    await makePicture(page, { name: 'drawing.png', width: 300, height: 150, type: 'image/png', seeThrough: true })
    await pastePictures(page, ['lake.jpg', 'drawing.png'])
    await expect.poll(() => page.locator('#reflection-body figure.picture').count(), { timeout: 20_000 }).toBe(2)
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))

    await page.getByRole('button', { name: 'Print…', exact: true }).click()
    await see(heading(page, 'Print'))
    expect(await page.getByRole('radio', { name: 'This reflection' }).isChecked()).toBe(true)
    host.saveAs = join(host.dir, 'lake.pdf')
    await pdfButton(page).click()
    await seeResult(page, 'Saved as lake.pdf.')

    const bytes = readFileSync(host.saveAs)
    const pdf = await readPdf(bytes)
    const photoPage = (await drawnImages(bytes))[0]!.page
    await pdf.renderPng(photoPage, 'test-results/print/pasted-picture.png')
    const text = pdf.pages.join('\n')
    await pdf.close()
    expect(text).toContain('We sat by the water')
    expect(bytes.toString('latin1')).not.toMatch(/CANARY|Exif/)

    const images = await drawnImages(bytes)
    expect(images).toHaveLength(2)
    // Told apart by their shapes (4:3 and 2:1), whatever order the PDF paints them in.
    const photo = images.find((image) => Math.abs(image.height / image.width - 0.75) < 0.01)!
    const drawing = images.find((image) => Math.abs(image.height / image.width - 0.5) < 0.01)!
    expect(photo.page * 10_000 - photo.y, 'the photo first, as pasted').toBeLessThan(drawing.page * 10_000 - drawing.y)
    // 2,560 × 1,920 as stored: at 150 dpi that would be 434 mm wide, so it is the text's width, its shape kept.
    expect(photo.width).toBeCloseTo(TEXT.width, -0.5)
    expect(photo.height / photo.width).toBeCloseTo(1920 / 2560, 2)
    // 300 × 150 pixels at 150 dpi: 2 × 1 inches.
    expect(drawing.width).toBeCloseTo(144, -0.5)
    expect(drawing.height).toBeCloseTo(72, -0.5)
    for (const image of images) {
      expect(
        images.filter((other) => other.name === image.name),
        'drawn once: never cut across two pages'
      ).toHaveLength(1)
      expect(image.y).toBeGreaterThanOrEqual(TEXT.margin - 1)
      expect(image.y + image.height).toBeLessThanOrEqual(image.pageHeight - TEXT.margin + 1)
    }
  })
})
