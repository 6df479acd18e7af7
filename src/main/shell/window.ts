// The one application window. Its webPreferences are the security boundary between the renderer
// and Node, so they are spelled out in full here rather than left to Electron's defaults.

import { BrowserWindow, type WebPreferences } from 'electron'
import type { RendererSource } from './ipc.ts'
import { RENDERER_URL } from './renderer-files.ts'
import { MIN_SIZE, loadWindowState, rememberWindowState } from './window-state.ts'

export interface MainWindowOptions {
  preloadPath: string
  renderer: RendererSource
  /** The window-state JSON file in userData. */
  statePath: string
  /** The window's icon, given on Linux only: macOS and Windows show the package's own. */
  icon?: string
  /** Painted before the page is (window-background.ts). */
  backgroundColor: string
  /** Only unpackaged (`!app.isPackaged`): nothing should open a console next to decrypted text. */
  devTools: boolean
}

export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: preloadPath,
    spellcheck: true,
    devTools
  }
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.statePath)
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Sevenfold',
    ...(options.icon ? { icon: options.icon } : {}),
    // Shown once painted, so the person never sees an empty white frame.
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools)
  })
  rememberWindowState(window, options.statePath)
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  // The built page through app:// (served by renderer-scheme.ts), or the dev server in development.
  const page = options.renderer.devServerUrl ?? RENDERER_URL
  window.loadURL(page).catch(() => console.error('sevenfold: the window could not load its page'))
  return window
}
