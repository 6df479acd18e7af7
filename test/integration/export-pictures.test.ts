// Pictures in the exports (issue 19): in Markdown, files of their own in a `pictures/` folder
// beside the themes' (each written once, byte for byte the picture stored), linked from each
// note as an image a Markdown reader resolves to that file; in HTML, inside the one file as data:
// URLs, which its policy lets in and nothing else. A picture the journal does not hold is said
// to be missing in both.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import MarkdownIt from 'markdown-it'
import type { Browser } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../e2e/support/chromium.ts'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { useFileBackends } from '../support/backup.ts'
import { jpeg, png } from '../support/pictures.ts'

const { start, tempDir } = useFileBackends()
let browser: Browser | undefined
afterAll(async () => browser?.close())

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const picture = (p: { id: string; width: number; height: number }, alt = '') => ({
  type: 'picture',
  attrs: { id: p.id, width: p.width, height: p.height, alt }
})

/** Ana's journal: two reflections showing one photo, one of them a drawing too, and a picture of Ben's named in one. */
async function anaWithPictures() {
  const { backend, host } = await start()
  await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
  const his = await backend.pictures.add({ bytes: png({ width: 5, height: 5 }) })
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const photoBytes = await jpeg(320, 180)
  const drawingBytes = png({ width: 40, height: 30, pixel: (x, y) => [x * 6, y * 8, 120, 255] })
  const photo = await backend.pictures.add({ bytes: photoBytes })
  const drawing = await backend.pictures.add({ bytes: drawingBytes })
  await backend.reflections.create({
    themeId: 'trust',
    title: 'Our day',
    date: '2026-11-20',
    body: { type: 'doc', content: [paragraph('At the harbour.'), picture(photo, 'The harbour [at] dawn *'), picture(drawing, 'A drawing')] }
  })
  await backend.reflections.create({
    themeId: 'appreciation',
    title: 'Again',
    date: '2026-11-21',
    body: { type: 'doc', content: [picture(photo, 'The harbour again'), picture(his, 'His')] }
  })
  return { backend, host, photoBytes, drawingBytes }
}

describe('pictures in the exports', () => {
  it('writes each picture once beside the notes in Markdown, linked so a reader finds the file', async () => {
    const { backend, host, photoBytes, drawingBytes } = await anaWithPictures()
    const parent = tempDir()
    host.folder = parent
    const { fileName } = await backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })
    const root = join(parent, fileName!)
    expect(readdirSync(join(root, 'pictures')).sort()).toEqual(['2026-11-20 Our day 1.jpg', '2026-11-20 Our day 2.png'])
    expect(readFileSync(join(root, 'pictures', '2026-11-20 Our day 1.jpg')).equals(photoBytes)).toBe(true)
    expect(readFileSync(join(root, 'pictures', '2026-11-20 Our day 2.png')).equals(drawingBytes)).toBe(true)
    expect(statSync(join(root, 'pictures')).mode & 0o777).toBe(0o700)
    expect(statSync(join(root, 'pictures', '2026-11-20 Our day 1.jpg')).mode & 0o777).toBe(0o600)

    // As markdown-it (a CommonMark reader we did not write) reads the notes: images whose address is the file.
    const md = new MarkdownIt()
    const imagesIn = (note: string) =>
      md
        .parse(readFileSync(note, 'utf8'), {})
        .flatMap((token) => token.children ?? [])
        .filter((token) => token.type === 'image')
        // Its description as a reader shows it: the text of what it parsed inside the brackets.
        .map((token) => ({
          alt: (token.children ?? []).map((child) => child.content).join(''),
          file: resolve(dirname(note), decodeURI(String(token.attrGet('src') ?? '')))
        }))
    const trust = join(root, 'Trust each other', '2026-11-20 Our day.md')
    const appreciation = join(root, 'Say thank you', '2026-11-21 Again.md')
    expect(imagesIn(trust)).toEqual([
      { alt: 'The harbour [at] dawn *', file: join(root, 'pictures', '2026-11-20 Our day 1.jpg') },
      { alt: 'A drawing', file: join(root, 'pictures', '2026-11-20 Our day 2.png') }
    ])
    expect(imagesIn(appreciation)).toEqual([{ alt: 'The harbour again', file: join(root, 'pictures', '2026-11-20 Our day 1.jpg') }])
    expect(readFileSync(appreciation, 'utf8')).toContain('(A picture that could not be exported: His)')
  })

  it('puts the pictures inside the HTML export as data: URLs, the only thing its policy lets load', async () => {
    const { backend, host, photoBytes } = await anaWithPictures()
    host.saveAs = join(tempDir(), 'ours.html')
    await backend.journalExport.save({ format: 'html', understoodUnencrypted: true })
    const html = readFileSync(host.saveAs, 'utf8')
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; img-src data:; base-uri 'none'/)
    const sources = [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)].map((m) => ({ src: m[1]!, alt: m[2]! }))
    expect(sources.map((s) => s.alt)).toEqual(['The harbour [at] dawn *', 'A drawing', 'The harbour again'])
    expect(Buffer.from(sources[0]!.src.replace('data:image/jpeg;base64,', ''), 'base64').equals(photoBytes)).toBe(true)
    expect(html).toContain('<p class="picture-missing">A picture that could not be shown: His</p>')

    browser ??= await launchChromium()
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (message) => problems.push(message.text()))
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && !request.url().startsWith('file:')) problems.push(`request ${request.url()}`)
    })
    await page.goto(`file://${host.saveAs}`)
    const drawn = await page.locator('img').evaluateAll((images) => images.map((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    expect(drawn).toEqual([320, 40, 320])
    await page.screenshot({ path: join('test-results', 'export', 'journal-export-pictures.png'), fullPage: true })
    await page.close()
    expect(problems).toEqual([])
  })
})
