// Pictures in the printed book (issue 19), printed through the real backend and read back from
// the PDF with pdfjs (where each picture is drawn, and how large): a photo as wide as the text, a
// small picture at its size at 150 dpi (never blown up), a tall one within the page and never cut
// across two, with the person's words as its alt text; a picture this journal does not hold is
// said to be missing. The print document allows only data: pictures.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../../src/shared/print.ts'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { useBackendsWithHost } from '../support/backends-with-host.ts'
import { drawnImages } from '../support/pdf-images.ts'
import { readPdf } from '../support/pdf.ts'
import { jpeg, png } from '../support/pictures.ts'

const start = useBackendsWithHost()
const ONE_PASS: PrintOptions = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false, titlePage: false }
const MM = 72 / 25.4
/** A4 with normal margins: the text is 170 mm wide and 257 mm tall. */
const TEXT = { width: 170 * MM, height: 257 * MM, margin: 20 * MM }

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const picture = (p: { id: string; width: number; height: number }, alt = '') => ({
  type: 'picture',
  attrs: { id: p.id, width: p.width, height: p.height, alt }
})

describe('pictures in the printed book', () => {
  it('prints a photo as wide as the text, a small picture at 150 dpi, and a tall one whole on one page', { timeout: 60_000 }, async () => {
    const { backend, host } = await start()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const photo = await backend.pictures.add({ bytes: await jpeg(2560, 1440) })
    const small = await backend.pictures.add({ bytes: png({ width: 300, height: 150, pixel: (x) => [x % 256, 90, 160, 255] }) })
    const tall = await backend.pictures.add({ bytes: await jpeg(900, 2560, '#468') })
    // Words first, so the tall picture cannot fit under them on the page it would start on.
    const words = Array.from({ length: 14 }, (_, i) => paragraph(`Line ${i + 1} of a long morning, written slowly so the page fills before the picture.`))
    const body = {
      type: 'doc',
      content: [paragraph('The harbour.'), picture(photo, 'The harbour at dawn'), picture(small, 'A little drawing'), ...words, picture(tall, 'The lighthouse')]
    }
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'Pictures', body, date: '2026-11-20' })

    host.saveAs = join(host.dir, 'book.pdf')
    expect(await backend.print.savePdf({ scope: { kind: 'reflection', id }, options: ONE_PASS })).toMatchObject({ saved: true })
    const bytes = readFileSync(host.saveAs)
    const images = await drawnImages(bytes)
    const pdf = await readPdf(bytes)
    await pdf.renderPng(1, 'test-results/print/pictures-1.png')
    await pdf.renderPng(pdf.pageCount, 'test-results/print/pictures-last.png')
    await pdf.close()
    expect(images).toHaveLength(3)
    const [wide, little, high] = images as [(typeof images)[0], (typeof images)[0], (typeof images)[0]]
    // The photo: the text's width (its 2,560 pixels at 150 dpi would be 434 mm), its shape kept.
    expect(wide.width).toBeCloseTo(TEXT.width, -0.5)
    expect(wide.height / wide.width).toBeCloseTo(1440 / 2560, 2)
    // The small one at 150 dpi: 300 × 150 pixels are 2 × 1 inches, never more.
    expect(little.width).toBeCloseTo(144, -0.5)
    expect(little.height).toBeCloseTo(72, -0.5)
    // The tall one: 85 % of the page's text height, drawn once, on a page of its own beginning, inside the margins.
    expect(high.height).toBeCloseTo(TEXT.height * 0.85, -0.5)
    expect(high.width / high.height).toBeCloseTo(900 / 2560, 2)
    expect(images.filter((image) => image.name === high.name)).toHaveLength(1)
    expect(high.page).toBeGreaterThan(wide.page)
    expect(high.y).toBeGreaterThanOrEqual(TEXT.margin - 1)
    expect(high.y + high.height).toBeLessThanOrEqual(high.pageHeight - TEXT.margin + 1)
    // The person's words for each are its alt text.
    const html = await (async () => {
      await backend.print.print({ scope: { kind: 'reflection', id }, options: ONE_PASS })
      return host.printed.at(-1)!
    })()
    expect(html).toContain('alt="The harbour at dawn"')
    expect(html).toContain('alt="The lighthouse"')
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*img-src data:;/)
    expect(html).not.toMatch(/<img src="(?!data:image\/(jpeg|png);base64,)/)
  })

  it('says a picture of another journal is missing, and prints nothing of it', async () => {
    const { backend, host } = await start()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const hers = await backend.pictures.add({ bytes: await jpeg(200, 100) })
    await backend.reflections.create({ themeId: 'trust', title: 'Hers', body: { type: 'doc', content: [picture(hers)] } })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    const copied = await backend.reflections.create({ themeId: 'trust', title: 'Copied', body: { type: 'doc', content: [picture(hers, 'Her garden')] } })
    await backend.print.print({ scope: { kind: 'reflection', id: copied.id }, options: ONE_PASS })
    const html = host.printed.at(-1)!
    expect(html).toContain('<p class="picture-missing">A picture that could not be shown: Her garden</p>')
    expect(html).not.toContain('<img')
  })
})
