// The electron double is the one stand-in the shell's tests may use, so it must be no looser than
// Electron: its platform tables and privileges are read back from electron.d.ts here, and each
// refusal it makes on Electron's behalf is checked (issue 15).

import fs from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, electronDouble, powerMonitor, protocol, WebContentsDouble } from '../../support/electron-double.ts'
import { APP_EVENT_PLATFORMS, BROWSER_WINDOW_EVENT_PLATFORMS, POWER_MONITOR_EVENT_PLATFORMS } from '../../support/electron-double-platform.ts'
import { PRIVILEGES } from '../../support/electron-double-protocol.ts'

const DTS = fs.readFileSync(new URL('../../../node_modules/electron/electron.d.ts', import.meta.url), 'utf8')

/** The body of `interface|class <name>` in electron.d.ts, up to its closing brace at two spaces. */
function declaration(head: string): string {
  const start = DTS.indexOf(head)
  expect(start, head).toBeGreaterThan(-1)
  return DTS.slice(start, DTS.indexOf('\n  }\n', start))
}

/** Each event whose doc comment carries `@platform`, with its platforms. */
function platformEvents(head: string): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const [, doc = '', event = ''] of declaration(head).matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*on\(event: '([^']+)'/g)) {
    const platforms = doc.match(/@platform (\S+)/)?.[1]
    if (platforms && !(event in found)) found[event] = platforms.split(',')
  }
  return found
}

beforeEach(() => electronDouble.reset())

describe('the electron double', () => {
  it.each([
    ['app', 'interface App extends', APP_EVENT_PLATFORMS],
    ['powerMonitor', 'interface PowerMonitor extends', POWER_MONITOR_EVENT_PLATFORMS],
    ['BrowserWindow', 'class BrowserWindow extends BaseWindow', BROWSER_WINDOW_EVENT_PLATFORMS]
  ])('knows every platform-only event of %s that electron.d.ts names', (_name, head, table) => {
    const expected = platformEvents(head)
    expect(Object.keys(expected).length).toBeGreaterThan(3)
    expect(table).toEqual(expected)
  })

  it('fires a platform-only event only where Electron has it', () => {
    electronDouble.platform = 'linux'
    powerMonitor.on('lock-screen', () => {})
    expect(() => powerMonitor.emit('lock-screen')).toThrow("Electron emits 'lock-screen' only on darwin and win32; this double is linux.")
    expect(() => app.emit('activate')).toThrow(/only on darwin/)
    expect(powerMonitor.emit('suspend')).toBe(false)
    electronDouble.platform = 'win32'
    expect(powerMonitor.emit('lock-screen')).toBe(true)
    expect(() => powerMonitor.emit('shutdown')).toThrow(/only on linux and darwin/)
  })

  it('offers every privilege CustomScheme has, and registers schemes once, before ready only', async () => {
    expect(PRIVILEGES).toEqual([...declaration('interface Privileges').matchAll(/^ {4}(\w+)\?: boolean;$/gm)].map((m) => m[1]))
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { bypassCsp: true } }])).toThrow(/not a privilege/)
    protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }])
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'other' }])).toThrow(/only once/)
    electronDouble.reset()
    await app.whenReady()
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'app' }])).toThrow(/before app is ready/)
  })

  it('handles a scheme only after ready, once, and loads nothing from a scheme no one handles', async () => {
    const handler = () => new Response('hi')
    expect(() => protocol.handle('app', handler)).toThrow(/once the app is ready/)
    await app.whenReady()
    protocol.handle('app', handler)
    expect(() => protocol.handle('app', handler)).toThrow('Failed to register protocol: app')
    expect(() => protocol.unhandle('other')).toThrow('Failed to unhandle protocol: other')
    const window = new BrowserWindow()
    await window.loadURL('app://sevenfold/index.html')
    expect(window.webContents.served).toMatchObject({ status: 200, body: 'hi' })
    await expect(window.loadURL('nowhere://x/')).rejects.toThrow(/ERR_UNKNOWN_URL_SCHEME/)
  })

  it('is ready on the next tick of whenReady(), or only when told', async () => {
    electronDouble.holdReady = true
    let ready = false
    void app.whenReady().then(() => (ready = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(ready).toBe(false)
    electronDouble.becomeReady()
    await Promise.resolve()
    expect(ready).toBe(true)
    expect(app.isReady()).toBe(true)
  })

  it('takes only the relaunch options electron.d.ts has', () => {
    expect(declaration('interface RelaunchOptions')).toMatch(/args\?: string\[\];\s+execPath\?: string;\s*$/)
    expect(() => app.relaunch({ execPath: '/x', cwd: '/' } as never)).toThrow(/no option cwd/)
    expect(() => app.relaunch({ args: '--x' } as never)).toThrow(/no option args/)
    app.relaunch({ execPath: '/x', args: ['--y'] })
    expect(electronDouble.relaunches).toEqual([{ execPath: '/x', args: ['--y'] }])
  })

  it('answers the idle state as Chromium does, and only for a whole number of seconds', () => {
    expect(() => powerMonitor.getSystemIdleState(1.5)).toThrow(TypeError)
    electronDouble.systemIdleSeconds = 60
    expect(powerMonitor.getSystemIdleState(60)).toBe('idle')
    expect(powerMonitor.getSystemIdleState(61)).toBe('active')
    electronDouble.systemIdleState = 'locked'
    expect(powerMonitor.getSystemIdleState(60)).toBe('locked')
  })

  it('can leave the print dialog open for good', async () => {
    electronDouble.printNeverCallsBack = true
    let called = false
    new WebContentsDouble().print({}, () => (called = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(called).toBe(false)
  })
})
