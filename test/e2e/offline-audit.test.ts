// Nothing leaves the computer (docs/security.md, "The Electron boundary"; issue 15, item 7), checked
// on the BUILT main process: out/main/index.js is imported as a packaged app with the `electron`
// TEST DOUBLE, as in the hardening audit, and every session it has, or is given later, is asked
// about requests for outside addresses; the spell checker's download address is read back; the
// bundle is scanned for any code of its own that could open a connection. Its right-click menu is
// checked here too: it must not turn on macOS's Writing Tools, which can send text away.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { app, electronDouble, session, type BrowserWindowDouble, type SessionDouble } from '../support/electron-double.ts'
import { CHROMIUM_DICTIONARY_SERVER, editingDouble } from '../support/electron-double-editing.ts'
import { NETWORK_CODE_SAMPLES, networkCodeProblems } from './support/offline-rules.ts'
import { NO_NETWORK } from '../../src/main/print/worker-offline.ts'
import { RENDERER_URL } from '../../src/main/shell/renderer-files.ts'
import { PROJECT } from './support/page.ts'

vi.mock('electron', () => import('../support/electron-double.ts'))

const MAIN = join(PROJECT, 'out/main/index.js')
const DEV_SERVER = 'http://localhost:5173/'
const OUTSIDE = [
  `${CHROMIUM_DICTIONARY_SERVER}en-us-10-1.bdic`,
  'https://example.org/',
  'http://example.org/',
  'ws://example.org/',
  'wss://example.org/',
  'http://192.168.1.2/',
  DEV_SERVER,
  'ws://localhost:5173/',
  // A file:// URL naming a host is a network share on Windows (SMB), and no file is read by file:// now.
  'file://example.org/share/x',
  pathToFileURL(join(PROJECT, 'out/renderer/index.html')).href
]

/** Whether the session's webRequest cancels a request for `url` (no listener, or a filter that skips it, lets it through). */
function cancels(ses: SessionDouble, url: string): boolean {
  const listener = ses.webRequest.beforeRequest
  if (!listener || ses.webRequest.filters.beforeRequest) return false
  let cancel = false
  listener(
    { id: 1, url, method: 'GET', resourceType: 'mainFrame', timestamp: 0, uploadData: [] },
    (answer: { cancel?: boolean }) => (cancel = answer.cancel === true)
  )
  return cancel
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (check()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`never happened: ${what}`)
}

const windows = () => electronDouble.windows as BrowserWindowDouble[]

describe('the built app, run against a test double of electron, on this platform', () => {
  let dataDir = ''

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('out/main is missing: run `npm run test:e2e`, which builds the app first.')
    dataDir = mkdtempSync(join(tmpdir(), 'sevenfold-offline-'))
    Object.assign(app, { isPackaged: true, getPath: () => dataDir })
    // Packaged, the dev server's address must be ignored, and its requests cancelled like any other.
    process.env.ELECTRON_RENDERER_URL = DEV_SERVER
    await import(pathToFileURL(MAIN).href)
    await until(() => windows().length === 1, 'the main window opened')
  })

  afterAll(async () => {
    // The app starts by checking for the day's backup (it finds no journal, so makes none); quitting closes the database under it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    app.emit('will-quit')
    delete process.env.ELECTRON_RENDERER_URL
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('cancels every request for an outside address, in every session: the default, the windows’ and any made later', () => {
    const later = [session.fromPartition('persist:later'), session.fromPartition('in-memory')] as SessionDouble[]
    const sessions = [session.defaultSession as SessionDouble, ...windows().map((w) => w.webContents.session), ...later, ...electronDouble.partitions.values()]
    for (const ses of new Set(sessions)) {
      for (const url of OUTSIDE) expect(cancels(ses, url), url).toBe(true)
    }
    // And still lets its own page load, from app:// (nothing is read by file:// any more).
    expect(cancels(session.defaultSession as SessionDouble, RENDERER_URL)).toBe(false)
  })

  it('leaves WebRTC no UDP way out of any window (STUN goes around webRequest)', () => {
    expect(windows().map((w) => w.webContents.webRTCIPHandlingPolicy)).toEqual(windows().map(() => 'disable_non_proxied_udp'))
  })

  it('points the spell checker’s dictionary downloads at an address nothing serves', () => {
    const url = editingDouble.dictionaryDownloadURL
    if (electronDouble.platform === 'darwin') return // macOS downloads no dictionary: the call is a no-op there.
    expect(url).not.toBe(CHROMIUM_DICTIONARY_SERVER)
    const scheme = new URL(url).protocol.slice(0, -1)
    expect(scheme).not.toMatch(/^(https?|wss?|ftp|file)$/)
    const sessions = [session.defaultSession as SessionDouble, ...electronDouble.partitions.values()]
    expect(sessions.filter((ses) => ses.protocol.isProtocolHandled(scheme))).toEqual([])
    expect(cancels(session.defaultSession as SessionDouble, `${url}en-us-10-1.bdic`)).toBe(true)
  })

  it('turns spelling off on Linux, where only a downloaded dictionary could check it', () => {
    const expected = process.platform === 'linux' ? false : true
    expect((session.defaultSession as SessionDouble).isSpellCheckerEnabled()).toBe(expected)
  })

  it('pops up its right-click menu over the main window without the page’s frame', () => {
    const main = windows()[0]!
    const flags = { canCut: false, canCopy: false, canPaste: true, canSelectAll: true }
    main.webContents.emit(
      'context-menu',
      {},
      { x: 1, y: 2, isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags, menuSourceType: 'mouse', frame: {} }
    )
    expect(editingDouble.popups.map((p) => p.labels())).toEqual([['Cut', 'Copy', 'Paste', '-', 'Select all']])
    expect(editingDouble.popups[0]!.options.window).toBe(main)
    expect(editingDouble.popups[0]!.options).not.toHaveProperty('frame')
  })

  it('holds no code of the main process’s own that could open a connection', () => {
    expect(networkCodeProblems(readFileSync(MAIN, 'utf8'))).toEqual([])
  })

  it('holds none in any other built file of the main process or the preload, but the outline worker’s pdfjs, which cannot reach out', () => {
    const built = ['out/main', 'out/preload'].flatMap((dir) =>
      readdirSync(join(PROJECT, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(c|m)?js$/.test(name))
        .map((name) => join(dir, name))
    )
    expect(built).toContain(join('out/main', 'outline-worker.cjs'))
    for (const file of built.filter((name) => !name.endsWith('outline-worker.cjs')))
      expect(networkCodeProblems(readFileSync(join(PROJECT, file), 'utf8')), file).toEqual([])
    // pdfjs-dist can fetch by URL (fonts, CMaps, a document): in the worker, fetch and the other
    // request makers are replaced before pdfjs is evaluated (src/main/print/worker-offline.ts).
    const worker = readFileSync(join(PROJECT, 'out/main/outline-worker.cjs'), 'utf8')
    const guard = worker.indexOf(NO_NETWORK)
    expect(guard, 'the worker refuses every request').toBeGreaterThan(-1)
    expect(guard, 'before pdfjs-dist is evaluated').toBeLessThan(worker.indexOf('pdfjsVersion'))
  })
})

describe('the bundle scan, on samples', () => {
  it.each(NETWORK_CODE_SAMPLES)('finds %s', (sample) => {
    expect(networkCodeProblems(sample)).not.toEqual([])
  })
})
