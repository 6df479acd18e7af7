// Wires the shell together once the backend exists: security rules for every web contents,
// the IPC handlers, the renderer's scheme, the menu, auto-lock, the window, and the app's
// lifecycle (one instance, quit when the window closes except on macOS, close the database on quit).

import path from 'node:path'
import { app, ipcMain, nativeTheme, powerMonitor, session, type BrowserWindow } from 'electron'
import type { Backend } from '../../shared/contract.ts'
import { toAppError } from '../app/errors.ts'
import { readLockAppearance } from '../app/lock-appearance.ts'
import { startAutoLock } from './auto-lock.ts'
import { attachContextMenu } from './context-menu.ts'
import { frameCheckFor, registerIpc, type RendererSource } from './ipc.ts'
import { installMenu } from './menu.ts'
import { keepAppOffline } from './offline.ts'
import { serveRenderer } from './renderer-scheme.ts'
import { applySecurity, hardenSession } from './security.ts'
import { createMainWindow } from './window.ts'
import { windowBackground } from './window-background.ts'

/** How often the day's automatic backup is checked for while the app runs (it is made at most once a day). */
export const AUTO_BACKUP_CHECK_MS = 6 * 60 * 60 * 1000

export interface ShellOptions {
  backend: Backend & { close(): void; autoBackup(): Promise<void> }
  preloadPath: string
  renderer: RendererSource
  isDev: boolean
  /** userData: where the window state is kept. */
  dataDir: string
  /** The window's icon (index.ts gives it on Linux only). */
  windowIcon?: string
  /** Defaults to process.platform; tests pass another to check both behaviours. */
  platform?: NodeJS.Platform
  /** The claimed single instance: a second launch brings our window forward. */
  instance?: SingleInstance
}

export interface Shell {
  window(): BrowserWindow | null
}

export interface SingleInstance {
  /** Runs `bringForward` on every second launch from now on, and at once for one that came before. */
  onSecondLaunch(bringForward: () => void): void
}

/**
 * Before `ready`: sandbox every renderer, and make sure only one instance opens the database.
 * Null when another instance has it. A second launch is heard from here on, so one made while the
 * backend starts is kept until the window exists (issue 15, item 10).
 */
export function claimSingleInstance(): SingleInstance | null {
  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) return null
  let handler: (() => void) | null = null
  let missed = false
  app.on('second-instance', () => {
    if (handler) handler()
    else missed = true
  })
  return {
    onSecondLaunch(bringForward) {
      handler = bringForward
      if (missed) bringForward()
      missed = false
    }
  }
}

export function startShell(options: ShellOptions): Shell {
  const { backend } = options
  const platform = options.platform ?? process.platform
  const isMac = platform === 'darwin'
  let window: BrowserWindow | null = null

  // Registered before any window exists, so no web contents escapes the rules.
  app.on('web-contents-created', (_event, contents) => applySecurity(contents))
  hardenSession(session.defaultSession)
  keepAppOffline({ platform: options.platform ?? process.platform, devServerUrl: options.renderer.devServerUrl })
  registerIpc(ipcMain, backend, frameCheckFor(options.renderer))
  // The built renderer's folder, through app:// (docs/security.md, "The Electron boundary").
  serveRenderer(path.dirname(options.renderer.file))

  const autoLock = startAutoLock({
    backend,
    powerMonitor,
    platform,
    // No idle limit here: auto-lock asks the open journal for its own (settings.autoLockMinutes).
    resetRenderer: () => {
      if (window && !window.isDestroyed()) window.webContents.reload()
    }
  })
  installMenu({ isMac, isDev: options.isDev, onLock: () => void autoLock.lockNow() })

  // The backup holds only what is already encrypted; a failure is logged by its kind, never its words.
  const backUp = () => backend.autoBackup().catch((error: unknown) => console.error(`sevenfold: the automatic backup failed (${toAppError(error).code})`))
  void backUp()
  const backups = setInterval(() => void backUp(), AUTO_BACKUP_CHECK_MS)
  backups.unref()

  const painted = new WeakSet<BrowserWindow>()
  const open = (): BrowserWindow => {
    const created = createMainWindow({
      preloadPath: options.preloadPath,
      renderer: options.renderer,
      statePath: path.join(options.dataDir, 'window-state.json'),
      icon: options.windowIcon,
      backgroundColor: windowBackground(readLockAppearance(options.dataDir), nativeTheme.shouldUseDarkColors),
      devTools: options.isDev
    })
    autoLock.watchWindow(created)
    attachContextMenu(created.webContents)
    created.once('ready-to-show', () => painted.add(created))
    created.on('closed', () => {
      if (window === created) window = null
    })
    window = created
    return created
  }
  open()

  options.instance?.onSecondLaunch(() => {
    const shown = window ?? open()
    // Not painted yet: it shows itself on ready-to-show, and is focused then.
    if (!painted.has(shown)) return void shown.once('ready-to-show', () => shown.focus())
    if (shown.isMinimized()) shown.restore()
    shown.show()
    shown.focus()
  })
  app.on('activate', () => {
    if (!window) open()
  })
  app.on('window-all-closed', () => {
    if (!isMac) app.quit()
  })
  let closed = false
  app.on('will-quit', () => {
    autoLock.stop()
    clearInterval(backups)
    if (closed) return
    closed = true
    backend.close()
  })

  return { window: () => window }
}
