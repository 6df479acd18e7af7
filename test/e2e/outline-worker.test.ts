// The PDF outline worker as built (issue 15, item 11): one CommonJS file with pdfjs-dist inside,
// out/main/outline-worker.cjs, so nothing in the package asks the ES module loader to read
// pdfjs-dist from inside the ASAR. Checked on the built files (`npm run test:e2e` builds first):
// the worker alone in an empty folder reads a real Chromium PDF's named destinations and outline, and the built main
// process, run against the electron double, uses it for a print with a table of contents.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Script } from 'node:vm'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { app, electronDouble, type BrowserWindowDouble, type FrameDouble } from '../support/electron-double.ts'
import { paragraphDoc, PASS_A } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import type { Result } from '../../src/shared/errors.ts'
import { PROJECT } from './support/page.ts'

vi.mock('electron', () => import('../support/electron-double.ts'))

const WORKER = join(PROJECT, 'out/main/outline-worker.cjs')
const MAIN = join(PROJECT, 'out/main/index.js')
const DOCUMENT = `<!doctype html><meta charset="utf-8"><title>A book</title>
<p><a href="#sunday">To Sunday</a></p><h1>Trust each other</h1><p>Words.</p><h2 id="sunday" style="break-before: page">A slow Sunday</h2><p>More words.</p>`

const tempDir = useTempDirs()
let host: TestHost
let pdf: Uint8Array

beforeAll(async () => {
  if (!existsSync(WORKER) || !existsSync(MAIN)) throw new Error('out/ is missing: run `npm run test:e2e`, which builds the app first.')
  host = createTestHost({ dir: tempDir() })
  pdf = new Uint8Array(await host.renderPdf(DOCUMENT, 'A4'))
})
afterAll(() => host?.close())

function readOutline(file: string, bytes: Uint8Array): Promise<unknown> {
  const worker = new Worker(file, { stdout: true, stderr: true })
  worker.stdout.resume()
  worker.stderr.resume()
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: unknown) => void worker.terminate().then(() => resolve(answer)))
    worker.once('error', reject)
    worker.postMessage({ id: 7, pdf: new Uint8Array(bytes) })
  })
}

describe('the built outline worker', () => {
  it('is one CommonJS script that needs only Node', () => {
    const source = readFileSync(WORKER, 'utf8')
    // A classic script does not parse if it holds `import`/`export` declarations or import.meta.
    expect(() => new Script(source, { filename: WORKER })).not.toThrow()
    const required = [...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!)
    expect(required.length).toBeGreaterThan(0)
    expect(required.filter((name) => !isBuiltin(name))).toEqual([])
  })

  it('reads the named destinations and the outline alone in a folder with no node_modules', async () => {
    const alone = join(tempDir(), 'resources')
    mkdirSync(alone)
    copyFileSync(WORKER, join(alone, 'outline-worker.cjs'))
    expect(await readOutline(join(alone, 'outline-worker.cjs'), pdf)).toEqual({
      id: 7,
      found: {
        destinations: new Map([['sunday', 2]]),
        outline: [
          { title: 'Trust each other', page: 1, depth: 1 },
          { title: 'A slow Sunday', page: 2, depth: 2 }
        ]
      }
    })
  })
})

describe('the built main process', () => {
  const invoke = (channel: string, payload: unknown) => {
    const frame = (electronDouble.windows[0] as BrowserWindowDouble).webContents.mainFrame as FrameDouble
    return electronDouble.handlers.get(channel)!({ senderFrame: frame } as never, payload as never) as Promise<Result<unknown>>
  }

  afterAll(() => app.emit('will-quit'))

  it('reads the outline with that worker for a print with a table of contents', async () => {
    const dataDir = tempDir()
    Object.assign(app, { isPackaged: true, getPath: () => dataDir, requestSingleInstanceLock: () => true })
    await import(pathToFileURL(MAIN).href)
    await vi.waitFor(() => expect(electronDouble.windows).toHaveLength(1), { timeout: 10_000 })
    expect(await invoke('profile.create', { displayName: 'Ada', passphrase: PASS_A })).toMatchObject({ ok: true })
    const created = await invoke('reflections.create', { themeId: 'trust', title: 'A slow Sunday', body: paragraphDoc('More words.') })
    const id = (created as { value: { id: string } }).value.id
    // The double's printToPDF answers with this real PDF, whose outline the worker must read.
    electronDouble.pdfBytes = Buffer.from(pdf)
    const options = {
      titlePage: false,
      tableOfContents: true,
      themeColours: true,
      pageNumbers: true,
      paperSize: 'A4',
      margins: 'normal',
      includeEmptyThemes: false
    }
    expect(await invoke('print.print', { scope: { kind: 'reflection', id }, options })).toMatchObject({ ok: true })
    expect(electronDouble.windows.flatMap((w) => (w as BrowserWindowDouble).webContents.printToPdfCalls)).toHaveLength(1)
  })
})
