import fs from 'node:fs'
import path from 'node:path'
import { app, powerMonitor } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, FrameDouble, type BrowserWindowDouble } from '../../../support/electron-double.ts'
import type { Result } from '../../../../src/shared/errors.ts'
import { claimSingleInstance, startShell, type Shell, type SingleInstance } from '../../../../src/main/shell/app.ts'
import { eventually, PASSPHRASE, realBackend, tempDir, type RealBackend } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const rendererFile = path.resolve('/opt/sevenfold/out/renderer/index.html')
let backend: RealBackend
let shell: Shell

async function start(platform: NodeJS.Platform = 'linux', instance?: SingleInstance, file = rendererFile): Promise<BrowserWindowDouble> {
  const real = await realBackend()
  backend = real.backend
  electronDouble.platform = platform
  await app.whenReady()
  shell = startShell({ backend, dataDir: real.dataDir, preloadPath: '/p/index.cjs', renderer: { file }, isDev: false, platform, instance })
  return shell.window() as unknown as BrowserWindowDouble
}
const invoke = (channel: string, frame: FrameDouble, payload?: unknown) =>
  electronDouble.handlers.get(channel)!({ senderFrame: frame } as never, payload as never) as Promise<Result<unknown>>
const isUnlocked = async () => (await backend.app.status()).unlockedProfileId !== null

beforeEach(() => electronDouble.reset())
afterEach(() => {
  app.emit('will-quit')
})

describe('the shell', () => {
  it('answers our window and refuses a frame inside it', async () => {
    const window = await start()
    const ours = window.webContents.mainFrame
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await invoke('profile.create', new FrameDouble(ours.url, ours), { displayName: 'Eve', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await invoke('profile.create', ours, { displayName: 'Ada', passphrase: PASSPHRASE })).toMatchObject({ ok: true })
    expect((await backend.app.status()).profiles.map((p) => p.displayName)).toEqual(['Ada'])
  })

  it('secures the window it creates', async () => {
    const window = await start()
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    expect(window.webContents.session.permissionCheckHandler!()).toBe(false)
    // Started as packaged (isDev false): no developer tools.
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, devTools: false })
  })

  it('locks and resets the window from the Lock menu item', async () => {
    const window = await start()
    await invoke('profile.create', window.webContents.mainFrame, { displayName: 'Ada', passphrase: PASSPHRASE })
    const file = (electronDouble.appliedMenuTemplate as { submenu: { label?: string; click?: () => void }[] }[])[0]!
    file.submenu.find((item) => item.label === 'Lock')!.click!()
    await eventually(() => window.webContents.reloads === 1)
    expect(await isUnlocked()).toBe(false)
  })

  it('locks on system suspend', async () => {
    const window = await start()
    await invoke('profile.create', window.webContents.mainFrame, { displayName: 'Ada', passphrase: PASSPHRASE })
    powerMonitor.emit('suspend')
    await eventually(() => window.webContents.reloads === 1)
    expect(await isUnlocked()).toBe(false)
  })

  it('locks when the window closes and quits when it was the last (not on macOS)', async () => {
    const window = await start()
    await invoke('profile.create', window.webContents.mainFrame, { displayName: 'Ada', passphrase: PASSPHRASE })
    window.close()
    app.emit('window-all-closed')
    expect(electronDouble.quitCalls).toBe(1)
    await eventually(async () => !(await isUnlocked()))
    expect(shell.window()).toBeNull()
  })

  it('stays running on macOS when the window closes, and reopens it on activate', async () => {
    const window = await start('darwin')
    window.close()
    app.emit('window-all-closed')
    expect(electronDouble.quitCalls).toBe(0)
    app.emit('activate')
    expect(shell.window()).not.toBeNull()
    expect(electronDouble.windows).toHaveLength(2)
  })

  it('serves its built page through app:// and answers that page', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Sevenfold</title>')
    const window = await start('linux', undefined, path.join(dir, 'index.html'))
    await eventually(() => window.webContents.served !== null)
    expect(window.webContents.loaded).toEqual({ url: 'app://sevenfold/index.html' })
    expect(window.webContents.served).toMatchObject({ status: 200, body: '<!doctype html><title>Sevenfold</title>' })
    expect(await invoke('app.status', window.webContents.mainFrame)).toMatchObject({ ok: true })
  })

  it('brings the existing window forward when a second instance starts', async () => {
    const window = await start('linux', claimSingleInstance()!)
    window.emit('ready-to-show')
    app.emit('second-instance', {}, [], '/')
    expect(window.focused).toBe(1)
    expect(electronDouble.windows).toHaveLength(1)
  })

  it('keeps a second launch made while the backend starts, and comes forward once its window is painted', async () => {
    const instance = claimSingleInstance()!
    app.emit('second-instance', {}, [], '/')
    const window = await start('linux', instance)
    expect(window.focused).toBe(0)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)
    expect(window.focused).toBe(1)
    app.emit('second-instance', {}, [], '/')
    expect(window.focused).toBe(2)
    expect(electronDouble.windows).toHaveLength(1)
  })

  it('closes the backend when the app quits', async () => {
    await start()
    app.emit('will-quit')
    await expect(backend.app.status()).rejects.toThrow()
  })
})
