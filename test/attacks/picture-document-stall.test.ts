// A book and an export that show the largest pictures (issue 19): three pictures of 24 MB each
// are 100 MB of data: URLs. Reading them, encoding them, building the print document, serving it
// to the print window and writing the HTML export must each let the event loop turn (issue 13):
// the data: URLs are kept in parts and never joined into one string on the main thread
// (src/main/print/inline-pieces.ts). Before, building such a book held the loop for about 200 ms.

import { randomFillSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { inlineParts, inlinePictures } from '../../src/main/pictures/index.ts'
import { inlineTokens } from '../../src/main/print/inline-pieces.ts'
import type { PrintBook } from '../../src/main/print/print-book.ts'
import { buildPrintHtml } from '../../src/main/print/print-document.ts'
import { createElectronHost } from '../../src/main/shell/host.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { PASS_A } from '../support/backend.ts'
import { useFileBackends } from '../support/backup.ts'
import { BrowserWindowDouble, electronDouble } from '../support/electron-double.ts'
import { STALL_LIMIT_MS, withStallProbe } from '../support/loop-stall.ts'
import { pictureDoc } from '../support/picture-journal.ts'

vi.mock('electron', () => import('../support/electron-double.ts'))

const { start, tempDir } = useFileBackends()
const BIG = 24 * 1024 * 1024

function noise(): Uint8Array {
  const bytes = new Uint8Array(BIG)
  randomFillSync(bytes)
  return bytes
}

describe('documents with the largest pictures', () => {
  it('builds and serves a book of three 24 MB pictures without holding the event loop over 50 ms', { timeout: 120_000 }, async () => {
    const data = [noise(), noise(), noise()]
    const reader = {
      read: async (id: string) => ({ id, type: 'image/png' as const, width: 2560, height: 2400, bytes: BIG, data: data[Number(id.slice(-1))]! })
    }
    const ids = ['picture-0', 'picture-1', 'picture-2']
    const body = { type: 'doc', content: ids.map((id) => ({ type: 'picture', attrs: { id, alt: '' } })) }
    const read = await withStallProbe(() => inlinePictures([body], reader, inlineTokens()))
    const book: PrintBook = {
      journalName: 'Ana’s journal',
      scopeLabel: 'One reflection',
      from: '2026-01-01',
      to: '2026-01-01',
      chapters: [{ id: 'trust', title: 'Trust each other', colour: '#2f7f74', entries: [{ id: 'r1', title: 'Big', date: '2026-01-01', body }] }],
      pictures: read.value
    }
    const options = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }
    const built = await withStallProbe(() => buildPrintHtml(book, options))
    // The document itself is small: its pictures are tokens, their parts apart.
    expect(built.value.length).toBeLessThan(1_000_000)

    electronDouble.reset()
    let bytes = 0
    let largestChunk = 0
    vi.spyOn(BrowserWindowDouble.prototype, 'loadURL').mockImplementation(async function (this: BrowserWindowDouble, url: string) {
      const response = await this.webContents.session.protocol.handlers.get(new URL(url).protocol.slice(0, -1))!(new Request(url))
      for await (const chunk of response.body!) {
        bytes += chunk.length
        largestChunk = Math.max(largestChunk, chunk.length)
      }
    })
    const host = createElectronHost({ mainWindow: () => null })
    // Node loads its fetch Response and web streams the first time they are used (60-80 ms here,
    // once per process, whatever is printed): paid before the probe, so it measures the serving.
    for await (const chunk of new Response('warm').body!) void chunk
    const served = await withStallProbe(() => host.renderPdf(built.value, 'A4', inlineParts(book.pictures)))
    // Every picture went to the window, as base64, a slice at a time.
    expect(bytes).toBeGreaterThan((3 * BIG * 4) / 3)
    expect(largestChunk).toBeLessThanOrEqual(2 * 1024 * 1024)
    console.info(`book of three 24 MB pictures: read ${read.heldMs} ms, built ${built.heldMs} ms, served ${served.heldMs} ms`)
    for (const probe of [read, built, served]) expect(probe.heldMs).toBeLessThan(STALL_LIMIT_MS)
  })

  it('exports a journal of two 24 MB pictures as HTML and Markdown without holding the event loop over 50 ms', { timeout: 120_000 }, async () => {
    const { backend, host } = await start()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { png } = await import('../support/pictures.ts')
    const shown = []
    for (let i = 0; i < 2; i++) {
      const pixels = noise()
      const picture = png({
        width: 2560,
        height: 2400,
        level: 0,
        pixel: (x, y) => [...pixels.subarray((y * 2560 + x) * 4, (y * 2560 + x) * 4 + 4)] as [number, number, number, number]
      })
      shown.push(await backend.pictures.add({ bytes: picture }))
    }
    await backend.reflections.create({ themeId: 'trust', title: 'Big', body: pictureDoc(...shown) })
    host.saveAs = join(tempDir(), 'ours.html')
    const html = await withStallProbe(() => backend.journalExport.save({ format: 'html', understoodUnencrypted: true }))
    expect(readFileSync(host.saveAs).length).toBeGreaterThan(2 * BIG)
    host.folder = tempDir()
    const markdown = await withStallProbe(() => backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true }))
    console.info(`export of two 24 MB pictures: HTML ${html.heldMs} ms, Markdown ${markdown.heldMs} ms`)
    for (const probe of [html, markdown]) expect(probe.heldMs).toBeLessThan(STALL_LIMIT_MS)
  })
})
