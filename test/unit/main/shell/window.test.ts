import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble } from '../../../support/electron-double.ts'
import { RENDERER_URL } from '../../../../src/main/shell/renderer-files.ts'
import { serveRenderer } from '../../../../src/main/shell/renderer-scheme.ts'
import { createMainWindow } from '../../../../src/main/shell/window.ts'
import { DEFAULT_STATE, loadWindowState, parseWindowState } from '../../../../src/main/shell/window-state.ts'
import { tempDir } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

let dir: string
let statePath: string
const file = path.resolve('/opt/sevenfold/out/renderer/index.html')
const open = (devServerUrl?: string, devTools = false) =>
  createMainWindow({ preloadPath: '/opt/sevenfold/out/preload/index.cjs', renderer: { file, devServerUrl }, statePath, devTools, backgroundColor: '#1d1c1a' })
const double = () => electronDouble.windows.at(-1)!

beforeEach(() => {
  electronDouble.reset()
  dir = tempDir()
  statePath = path.join(dir, 'window-state.json')
  // The scheme the window loads from, as the shell sets it up once the app is ready.
  electronDouble.becomeReady()
  serveRenderer(dir)
})

describe('the main window', () => {
  it('runs its renderer isolated, sandboxed, without Node and with web security', () => {
    open()
    expect(double().options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/opt/sevenfold/out/preload/index.cjs',
      spellcheck: true,
      devTools: false
    })
  })

  it('offers developer tools only when the shell says it is unpackaged', () => {
    open(undefined, true)
    expect(double().options.webPreferences).toMatchObject({ devTools: true })
    open(undefined, false)
    expect(double().options.webPreferences).toMatchObject({ devTools: false })
  })

  it('stays hidden until its first paint', () => {
    open()
    expect(double().options.show).toBe(false)
    expect(double().shown).toBe(false)
    double().emit('ready-to-show')
    expect(double().shown).toBe(true)
  })

  it('loads the built index.html through app://, or the dev server when there is one', () => {
    open()
    expect(double().webContents.loaded).toEqual({ url: RENDERER_URL })
    expect(RENDERER_URL).toBe('app://sevenfold/index.html')
    open('http://localhost:5173/')
    expect(double().webContents.loaded).toEqual({ url: 'http://localhost:5173/' })
  })

  it('is painted in the colour it is given before its page is, so a dark lock screen does not flash light', () => {
    open()
    expect(double().options.backgroundColor).toBe('#1d1c1a')
  })

  it('shows the icon it is given (on Linux), and otherwise leaves the package to give one', () => {
    open()
    expect(double().options).not.toHaveProperty('icon')
    createMainWindow({
      preloadPath: '/p.cjs',
      renderer: { file },
      statePath,
      icon: '/opt/sevenfold/resources/icons/512x512.png',
      devTools: false,
      backgroundColor: '#f6f3ee'
    })
    expect(double().options.icon).toBe('/opt/sevenfold/resources/icons/512x512.png')
  })

  it('remembers its bounds and maximised state across starts', () => {
    open()
    double().options = { x: 40, y: 50, width: 900, height: 700 }
    double().maximized = true
    double().close()
    expect(fs.statSync(statePath).mode & 0o777).toBe(0o600)
    open()
    expect(double().options).toMatchObject({ x: 40, y: 50, width: 900, height: 700 })
    double().emit('ready-to-show')
    expect(double().maximized).toBe(true)
  })
})

describe('window state', () => {
  it.each([
    ['not JSON', '{"bounds": '],
    ['a number', '42'],
    ['null', 'null'],
    ['no maximized flag', '{"bounds":{"width":900,"height":700}}'],
    ['a string width', '{"bounds":{"width":"900","height":700},"maximized":false}'],
    ['a window too small to use', '{"bounds":{"width":10,"height":10},"maximized":false}'],
    ['an absurd size', '{"bounds":{"width":1e9,"height":700},"maximized":false}'],
    ['only one coordinate', '{"bounds":{"x":5,"width":900,"height":700},"maximized":false}'],
    ['a fractional coordinate', '{"bounds":{"x":5.5,"y":3,"width":900,"height":700},"maximized":false}']
  ])('rejects a state file holding %s and falls back to defaults', (_name, text) => {
    expect(parseWindowState(text)).toBeNull()
    fs.writeFileSync(statePath, text)
    expect(loadWindowState(statePath)).toEqual(DEFAULT_STATE)
  })

  it('accepts what it writes', () => {
    const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true }
    expect(parseWindowState(JSON.stringify(state))).toEqual(state)
  })

  it('pulls a window from a display that is gone back onto the screen', () => {
    electronDouble.workArea = { x: 0, y: 0, width: 1280, height: 800 }
    fs.writeFileSync(statePath, JSON.stringify({ bounds: { x: 3000, y: -900, width: 1600, height: 700 }, maximized: false }))
    expect(loadWindowState(statePath).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 700 })
  })

  it('uses the defaults when there is no file yet', () => {
    expect(loadWindowState(statePath)).toEqual(DEFAULT_STATE)
  })
})
