// The Electron hardening audit (issue 7): Electron's security checklist, item by item where it
// applies, checked on the BUILT app in out/ (`npm run test:e2e` builds it first). Electron cannot
// run here, so out/main/index.js itself is imported with a TEST DOUBLE of the `electron` module
// that records what the app registers: its windows' webPreferences, what they load, its IPC
// handlers, navigation and permission handlers. Those recorded values are asserted; bundle text is
// scanned only for what no call can show (e.g. that no other window or IPC listener exists).
// The packaging config (electron-builder.yml) is checked in packaging-config.test.ts.
// Each rule is also shown failing on a bad sample, so no check here is one that cannot fail.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { app, electronDouble, FrameDouble, session, type BrowserWindowDouble, type SessionDouble } from '../support/electron-double.ts'
import { paragraphDoc, PASS_A } from '../support/backend.ts'
import { CHANNELS } from '../../src/shared/contract.ts'
import type { Result } from '../../src/shared/errors.ts'
import { preloadProblems } from './support/built-preload.ts'
import { cspProblems, htmlProblems, insecureUrls, mainBundleProblems, webPreferencesProblems } from './support/hardening-rules.ts'
import { PROJECT } from './support/page.ts'
import { badSamples, goodSamples } from './support/hardening-samples.ts'
import { relativeReferences, schemePrivilegeProblems, servedTypeProblems } from './support/scheme-rules.ts'
import { ask } from '../support/electron-double-protocol.ts'
import { navigationRefused, redirectRefused } from '../support/electron-double-navigation.ts'

vi.mock('electron', () => import('../support/electron-double.ts'))

const OUT = join(PROJECT, 'out')
const MAIN = join(OUT, 'main/index.js')
const PRELOAD = join(OUT, 'preload/index.cjs')
const HTML = join(OUT, 'renderer/index.html')

const OPEN = 1
const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial']

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (check()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`never happened: ${what}`)
}

const invoke = (channel: string, frame: FrameDouble | null, payload?: unknown) =>
  electronDouble.handlers.get(channel)!({ senderFrame: frame } as never, payload as never) as Promise<Result<unknown>>
const windows = () => electronDouble.windows as BrowserWindowDouble[]
const mainWindow = () => windows()[0]!
const printWindow = () => windows()[1]!

describe('the built app, run against a test double of electron', () => {
  let dataDir = ''
  /** How many windows existed when the app asked for the sandbox and for the single-instance lock. */
  const windowsAt = { sandbox: [] as number[], singleInstance: [] as number[] }
  /** What was in place when `ready` came (issue 15, items 8 and 10). */
  const atReady = { secondInstanceListeners: -1, privilegedSchemes: null as unknown }

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(PRELOAD) || !existsSync(HTML)) throw new Error('out/ is missing: run `npm run test:e2e`, which builds the app first.')
    dataDir = mkdtempSync(join(tmpdir(), 'sevenfold-audit-'))
    // As a packaged app, with a dev-server address in the environment that it must ignore.
    // `ready` comes from the double's own whenReady(), which refuses scheme registration after it.
    app.once('ready', () =>
      Object.assign(atReady, { secondInstanceListeners: app.listenerCount('second-instance'), privilegedSchemes: electronDouble.privilegedSchemes })
    )
    Object.assign(app, {
      isPackaged: true,
      getPath: () => dataDir,
      enableSandbox: () => void windowsAt.sandbox.push(windows().length),
      requestSingleInstanceLock: () => windowsAt.singleInstance.push(windows().length) > 0
    })
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await import(pathToFileURL(MAIN).href)
    await until(() => windows().length === 1, 'the main window opened')
  })

  // The console spies below silence expected refusals for one test only.
  afterEach(() => vi.restoreAllMocks())

  afterAll(() => {
    app.emit('will-quit')
    delete process.env.ELECTRON_RENDERER_URL
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('sandboxes every renderer and claims the single instance before any window exists, hearing second launches before ready', () => {
    expect(windowsAt).toEqual({ sandbox: [0], singleInstance: [0] })
    expect(atReady.secondInstanceListeners).toBe(1)
  })

  it('registers app:// before ready as a privileged scheme with only what the page needs', () => {
    expect(atReady.privilegedSchemes).toEqual(electronDouble.privilegedSchemes)
    expect(schemePrivilegeProblems(electronDouble.privilegedSchemes as never)).toEqual([])
  })

  it('loads only its own built page, through app://, never from file:// or a dev server, when packaged', async () => {
    expect(mainWindow().webContents.loaded).toEqual({ url: 'app://sevenfold/index.html' })
    await until(() => mainWindow().webContents.served !== null, 'the page was served')
    expect(mainWindow().webContents.served).toMatchObject({ status: 200, body: readFileSync(HTML, 'utf8') })
  })

  it('serves every built renderer file, and everything each one loads, with a type Chromium accepts', async () => {
    const handler = session.defaultSession.protocol.handlers.get('app')!
    const root = join(OUT, 'renderer')
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
    expect(files.length).toBeGreaterThan(5)
    const problems: string[] = []
    for (const f of files) {
      const name = relative(root, join(f.parentPath, f.name)).split('\\').join('/')
      const { status, headers, body } = await ask(handler, `app://sevenfold/${name}`)
      problems.push(...servedTypeProblems(name, status, headers))
      for (const ref of relativeReferences(body.toString('utf8'), name.split('.').pop()!)) {
        const target = new URL(ref, `app://sevenfold/${name}`).href
        if ((await ask(handler, target)).status !== 200) problems.push(`${name} loads ${ref}, which is not served`)
      }
    }
    expect(problems).toEqual([])
  })

  it('serves nothing outside the built renderer, however the path is spelt', async () => {
    const handler = session.defaultSession.protocol.handlers.get('app')!
    const main = readFileSync(MAIN, 'utf8').slice(0, 200)
    for (const path of [
      '../main/index.js',
      '%2e%2e/main/index.js',
      '..%2fmain%2findex.js',
      '..%5cmain%5cindex.js',
      '%2e%2e%2f%2e%2e%2fpackage.json',
      encodeURIComponent(MAIN)
    ]) {
      const { status, body } = await ask(handler, `app://sevenfold/${path}`)
      expect(status, path).toBe(404)
      expect(body.toString('utf8'), path).not.toContain(main)
    }
  })

  it('gives its main window the checklist webPreferences, with the built CommonJS preload', () => {
    expect(webPreferencesProblems(mainWindow().options.webPreferences as Record<string, unknown>, PRELOAD)).toEqual([])
  })

  it('gives its main window, on Linux, the app icon from the packed resources (issue 15, item 1)', () => {
    const icon = join(PROJECT, 'resources/icons/512x512.png')
    expect(mainWindow().options.icon).toBe(process.platform === 'linux' ? icon : undefined)
    expect(existsSync(icon)).toBe(true)
  })

  it('keeps the packaged menu free of reload and developer tools', () => {
    const roles = JSON.stringify(electronDouble.appliedMenuTemplate)
    expect(roles).not.toMatch(/toggleDevTools|"reload"|forceReload/)
    expect(roles).toContain('"Lock"')
  })

  it("registers every contract method, and each refuses any frame but our page's top frame", async () => {
    expect([...electronDouble.handleCalls].sort()).toEqual(CHANNELS.map((c) => c.channel).sort())
    const ours = mainWindow().webContents.mainFrame as FrameDouble
    expect(await invoke('app.status', ours)).toMatchObject({ ok: true })
    const strangers = [new FrameDouble(ours.url, ours), new FrameDouble('https://evil.example/'), new FrameDouble('file:///other-app/other.html'), null]
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const { channel } of CHANNELS) {
      for (const frame of strangers) expect(await invoke(channel, frame, {}), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    await invoke('profile.create', strangers[1]!, { displayName: 'Eve', passphrase: PASS_A })
    expect(await invoke('app.status', ours)).toMatchObject({ ok: true, value: { profiles: [] } })
  })

  it('opens its print window sandboxed, scriptless, on its own scheme and under a strict CSP', async () => {
    const ours = mainWindow().webContents.mainFrame as FrameDouble
    expect(await invoke('profile.create', ours, { displayName: 'Ada', passphrase: PASS_A })).toMatchObject({ ok: true })
    const created = await invoke('reflections.create', ours, { themeId: 'trust', title: 'A quiet morning', body: paragraphDoc('Words.') })
    const id = (created as { value: { id: string } }).value.id
    const options = {
      titlePage: false,
      tableOfContents: false,
      themeColours: true,
      pageNumbers: true,
      paperSize: 'A4',
      margins: 'normal',
      includeEmptyThemes: false
    }
    // The double's PDF is not a real one, so printing stops after the window was made: that is all this needs.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await invoke('print.print', ours, { scope: { kind: 'reflection', id }, options })
    await until(() => windows().length >= 2, 'the print window opened')
    const prefs = printWindow().options.webPreferences as Record<string, unknown>
    expect(webPreferencesProblems(prefs, undefined)).toEqual([])
    expect(prefs.javascript).toBe(false)
    expect(printWindow().webContents.loaded?.url).toMatch(/^sevenfold-print:\/\//)
    const csp = printWindow().webContents.served?.headers.get('content-security-policy') ?? ''
    expect(cspProblems(csp, { delivery: 'header', allowInlineStyle: true })).toEqual([])
  })

  it('refuses navigation (in any frame, and by redirect), new windows, <webview> and every permission in each web contents', () => {
    expect(app.listenerCount('web-contents-created')).toBeGreaterThan(0)
    for (const window of windows()) {
      const contents = window.webContents
      let prevented = 0
      for (const url of ['https://evil.example/', 'file:///etc/passwd']) contents.emit('will-navigate', { url, preventDefault: () => (prevented += 1) }, url)
      contents.emit('will-attach-webview', { preventDefault: () => (prevented += 1) }, {}, {})
      expect(prevented).toBe(3)
      for (const url of ['https://evil.example/', 'file:///etc/passwd', contents.getURL()]) {
        expect(navigationRefused(contents, url, { isMainFrame: false }), `a subframe to ${url}`).toBe(true)
        expect(redirectRefused(contents, url), `a redirect to ${url}`).toBe(true)
      }
      expect(navigationRefused(contents, 'https://evil.example/')).toBe(true)
      expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    }
    const sessions = [
      session.defaultSession,
      electronDouble.partitions.get('sevenfold-print'),
      ...windows().map((w) => w.webContents.session)
    ] as SessionDouble[]
    expect(sessions.every(Boolean)).toBe(true)
    for (const ses of sessions) {
      for (const permission of PERMISSIONS) {
        const answers: boolean[] = []
        ses.permissionRequestHandler!({}, permission, (granted: boolean) => answers.push(granted), {})
        expect(answers, permission).toEqual([false])
        expect(ses.permissionCheckHandler!(null, permission, '', {}), permission).toBe(false)
      }
    }
  })

  it('sends links outside only through the link rule, after asking, and calls openExternal nowhere else', async () => {
    const contents = mainWindow().webContents
    electronDouble.messageBoxResponse = OPEN
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'sevenfold-print://document/x'])
      contents.windowOpenHandler!({ url })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(electronDouble.messageBoxes).toEqual([])
    contents.windowOpenHandler!({ url: 'https://example.org/a' })
    await until(() => electronDouble.openedExternally.length === 1, 'the link opened')
    expect(electronDouble.openedExternally).toEqual(['https://example.org/a'])
  })

  it('has, in its main bundle, no IPC listener, window, openExternal call or page load beside those observed', () => {
    expect(mainBundleProblems(readFileSync(MAIN, 'utf8'))).toEqual([])
  })
})

describe('the built files', () => {
  it('carry a strict Content-Security-Policy in the production HTML', () => {
    const { policy, problems } = htmlProblems(readFileSync(HTML, 'utf8'))
    expect(problems).toEqual([])
    expect(cspProblems(policy ?? '', { delivery: 'meta' })).toEqual([])
  })

  it('hold no http: URL beyond XML namespace names', () => {
    // The outline worker is pdfjs-dist bundled as it is (XML namespaces, its licence, link parsing);
    // it is handed the PDF in memory (test/e2e/outline-worker.test.ts runs it alone).
    const ours = (name: string) => /\.(c?js|html|css)$/.test(name) && name !== 'outline-worker.cjs'
    const files = readdirSync(OUT, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && ours(f.name))
    expect(files.length).toBeGreaterThan(3)
    const found = files.flatMap((f) => insecureUrls(readFileSync(join(f.parentPath, f.name), 'utf8')).map((url) => `${f.name}: ${url}`))
    expect(found).toEqual([])
  })

  it('make the preload a CommonJS script that exposes only invoke, limited to the contract', async () => {
    expect(
      await preloadProblems(
        readFileSync(PRELOAD, 'utf8'),
        CHANNELS.map((c) => c.channel)
      )
    ).toEqual([])
  })
})

describe('each audit rule, on samples', () => {
  it.each(goodSamples())('passes $name', async ({ problems }) => {
    expect(await problems()).toEqual([])
  })
  it.each(badSamples())('finds $name', async ({ problems }) => {
    expect(await problems()).not.toEqual([])
  })
})
