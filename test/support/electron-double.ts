// A TEST DOUBLE of the 'electron' module: Electron cannot run on these machines, so shell tests
// load this with `vi.mock('electron', () => import('../../support/electron-double.ts'))`.
// It does nothing real; it records what the shell asked for (handlers, window options, listeners,
// menu template, dialogs) so tests can assert the wiring and fire events at it.

import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'

type Fn = (...args: unknown[]) => unknown
interface Rect { x: number; y: number; width: number; height: number }

function freshRecords() {
  return {
    handlers: new Map<string, Fn>(),
    handleCalls: [] as string[],
    windows: [] as BrowserWindowDouble[],
    appliedMenuTemplate: null as unknown[] | null,
    messageBoxes: [] as { message?: string; detail?: string }[],
    /** The button index the next message boxes answer with. */
    messageBoxResponse: 0,
    errorBoxes: [] as { title: string; content: string }[],
    openedExternally: [] as string[],
    exposedInMainWorld: new Map<string, unknown>(),
    rendererInvokes: [] as { channel: string; payload: unknown }[],
    quitCalls: 0,
    singleInstance: true,
    systemIdleSeconds: 0,
    workArea: { x: 0, y: 0, width: 1920, height: 1080 } as Rect
  }
}

/** What a test can read and steer. `reset()` between tests. */
export const electronDouble = {
  ...freshRecords(),
  reset(): void {
    Object.assign(this, freshRecords())
    app.removeAllListeners()
    powerMonitor.removeAllListeners()
    session.defaultSession = new SessionDouble()
  }
}

export class SessionDouble {
  permissionRequestHandler: Fn | null = null
  permissionCheckHandler: Fn | null = null
  setPermissionRequestHandler(handler: Fn | null): void { this.permissionRequestHandler = handler }
  setPermissionCheckHandler(handler: Fn | null): void { this.permissionCheckHandler = handler }
}

/** A frame as IPC events report it: `parent` null means a top frame. */
export class FrameDouble {
  constructor(url: string, parent: FrameDouble | null = null) { Object.assign(this, { url, parent }) }
  declare url: string
  declare parent: FrameDouble | null
}

export class WebContentsDouble extends EventEmitter {
  session = new SessionDouble()
  mainFrame = new FrameDouble('about:blank')
  windowOpenHandler: Fn | null = null
  reloads = 0
  loaded: { url?: string; file?: string } | null = null
  setWindowOpenHandler(handler: Fn): void { this.windowOpenHandler = handler }
  getURL(): string { return this.mainFrame.url }
  reload(): void { this.reloads += 1 }
}

export class BrowserWindowDouble extends EventEmitter {
  webContents = new WebContentsDouble()
  shown = false
  maximized = false
  focused = 0
  destroyed = false
  options: Record<string, unknown>
  constructor(options: Record<string, unknown> = {}) {
    super()
    this.options = options
    electronDouble.windows.push(this)
    // As in Electron, every new web contents is announced on the app.
    app.emit('web-contents-created', {}, this.webContents)
  }
  static fromWebContents(contents: unknown): BrowserWindowDouble | null {
    return electronDouble.windows.find((w) => w.webContents === contents) ?? null
  }
  async loadURL(url: string): Promise<void> { this.webContents.loaded = { url }; this.webContents.mainFrame = new FrameDouble(url) }
  async loadFile(file: string): Promise<void> {
    this.webContents.loaded = { file }
    this.webContents.mainFrame = new FrameDouble(pathToFileURL(file).href)
  }
  show(): void { this.shown = true }
  maximize(): void { this.maximized = true }
  isMaximized(): boolean { return this.maximized }
  isMinimized(): boolean { return false }
  restore(): void {}
  focus(): void { this.focused += 1 }
  isDestroyed(): boolean { return this.destroyed }
  getNormalBounds(): Rect {
    const o = this.options as Partial<Rect>
    return { x: o.x ?? 100, y: o.y ?? 100, width: o.width ?? 800, height: o.height ?? 600 }
  }
  /** Simulates the user closing the window: 'close', then 'closed'. */
  close(): void { this.emit('close', { preventDefault() {} }); this.destroyed = true; this.emit('closed') }
}

class AppDouble extends EventEmitter {
  isPackaged = false
  requestSingleInstanceLock(): boolean { return electronDouble.singleInstance }
  enableSandbox(): void {}
  quit(): void { electronDouble.quitCalls += 1 }
}

class PowerMonitorDouble extends EventEmitter {
  getSystemIdleTime(): number { return electronDouble.systemIdleSeconds }
}

export const app = new AppDouble()
export const powerMonitor = new PowerMonitorDouble()
export const BrowserWindow = BrowserWindowDouble
export const session = { defaultSession: new SessionDouble() }
export const ipcMain = {
  handle(channel: string, listener: Fn): void { electronDouble.handleCalls.push(channel); electronDouble.handlers.set(channel, listener) }
}
export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] } | null) => { electronDouble.appliedMenuTemplate = menu?.template ?? null }
}
export const dialog = {
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    electronDouble.messageBoxes.push(args[args.length - 1] as { message?: string; detail?: string })
    return { response: electronDouble.messageBoxResponse, checkboxChecked: false }
  },
  showErrorBox(title: string, content: string): void { electronDouble.errorBoxes.push({ title, content }) }
}
export const shell = {
  async openExternal(url: string): Promise<void> { electronDouble.openedExternally.push(url) }
}
export const screen = {
  getDisplayMatching: () => ({ workArea: electronDouble.workArea }),
  getPrimaryDisplay: () => ({ workArea: electronDouble.workArea })
}
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void { electronDouble.exposedInMainWorld.set(key, api) }
}
export const ipcRenderer = {
  async invoke(channel: string, payload: unknown): Promise<unknown> {
    electronDouble.rendererInvokes.push({ channel, payload })
    return { ok: true, value: null }
  }
}
