// A TEST DOUBLE of the 'electron' module: Electron cannot run on these machines, so shell tests
// load this with `vi.mock('electron', () => import('../../support/electron-double.ts'))`.
// It does nothing real; it records what the shell asked for (handlers, window options, listeners,
// menu template, dialogs) so tests can assert the wiring and fire events at it.

import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import { EditingContentsDouble, editingDouble, MenuDouble, partitionSession, SpellCheckerSessionDouble, type TemplateItem } from './electron-double-editing.ts'

type Fn = (...args: unknown[]) => unknown
interface Rect {
  x: number
  y: number
  width: number
  height: number
}

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
    relaunches: 0,
    exitCodes: [] as number[],
    /** Sessions made by `session.fromPartition`, by partition. */
    partitions: new Map<string, SessionDouble>(),
    /** Every file dialog shown: which, its parent window (null if none), and its options. */
    fileDialogs: [] as { kind: 'save' | 'open'; parent: BrowserWindowDouble | null; options: Record<string, unknown> }[],
    /** What the next save / open dialogs answer with. */
    saveDialogResult: { canceled: true } as { canceled: boolean; filePath?: string },
    openDialogResult: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
    /** What webContents.printToPDF resolves to, and whether webContents.print reports success. */
    pdfBytes: Buffer.from('%PDF-1.7 double'),
    printSucceeds: true,
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
    editingDouble.reset()
  }
}

/** A session's protocol handlers (`protocol.handle`), by scheme. */
export class ProtocolDouble {
  handlers = new Map<string, (request: Request) => Response | Promise<Response>>()
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler)
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }
}

/** A session's webRequest listeners; a filter, when given first, is kept beside the listener. */
export class WebRequestDouble {
  beforeRequest: Fn | null = null
  headersReceived: Fn | null = null
  filters: Record<string, unknown> = {}
  onBeforeRequest(...args: unknown[]): void {
    this.beforeRequest = args.at(-1) as Fn | null
    if (args.length > 1) this.filters.beforeRequest = args[0]
  }
  onHeadersReceived(...args: unknown[]): void {
    this.headersReceived = args.at(-1) as Fn | null
    if (args.length > 1) this.filters.headersReceived = args[0]
  }
}

export class SessionDouble extends SpellCheckerSessionDouble {
  protocol = new ProtocolDouble()
  webRequest = new WebRequestDouble()
  permissionRequestHandler: Fn | null = null
  permissionCheckHandler: Fn | null = null
  setPermissionRequestHandler(handler: Fn | null): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Fn | null): void {
    this.permissionCheckHandler = handler
  }
}

/** A frame as IPC events report it: `parent` null means a top frame. */
export class FrameDouble {
  constructor(url: string, parent: FrameDouble | null = null) {
    Object.assign(this, { url, parent })
  }
  declare url: string
  declare parent: FrameDouble | null
}

export class WebContentsDouble extends EditingContentsDouble {
  session = session.defaultSession
  mainFrame = new FrameDouble('about:blank')
  windowOpenHandler: Fn | null = null
  reloads = 0
  loaded: { url?: string; file?: string } | null = null
  /** What the session's protocol handler answered for the loaded URL, if one handled it. */
  served: { status: number; headers: Headers; body: string } | null = null
  printToPdfCalls: Record<string, unknown>[] = []
  printCalls: Record<string, unknown>[] = []
  setWindowOpenHandler(handler: Fn): void {
    this.windowOpenHandler = handler
  }
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printToPdfCalls.push(options)
    return electronDouble.pdfBytes
  }
  print(options: Record<string, unknown>, callback?: (success: boolean, failureReason: string) => void): void {
    this.printCalls.push(options)
    queueMicrotask(() => callback?.(electronDouble.printSucceeds, electronDouble.printSucceeds ? '' : 'Print job canceled'))
  }
  getURL(): string {
    return this.mainFrame.url
  }
  reload(): void {
    this.reloads += 1
  }
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
    // As in Electron, a partition in webPreferences gives the window that session.
    const partition = (options.webPreferences as { partition?: string } | undefined)?.partition
    if (partition) this.webContents.session = session.fromPartition(partition)
    electronDouble.windows.push(this)
    // As in Electron, every new web contents is announced on the app.
    app.emit('web-contents-created', {}, this.webContents)
  }
  static fromWebContents(contents: unknown): BrowserWindowDouble | null {
    return electronDouble.windows.find((w) => w.webContents === contents) ?? null
  }
  /** Loads through the session's protocol handler for the URL's scheme when there is one, as Electron does. */
  async loadURL(url: string): Promise<void> {
    this.webContents.loaded = { url }
    this.webContents.mainFrame = new FrameDouble(url)
    const handler = this.webContents.session.protocol.handlers.get(new URL(url).protocol.slice(0, -1))
    if (!handler) return
    const response = await handler(new Request(url))
    this.webContents.served = { status: response.status, headers: response.headers, body: await response.text() }
  }
  async loadFile(file: string): Promise<void> {
    this.webContents.loaded = { file }
    this.webContents.mainFrame = new FrameDouble(pathToFileURL(file).href)
  }
  show(): void {
    this.shown = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {
    this.focused += 1
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
    this.emit('closed')
  }
  getNormalBounds(): Rect {
    const o = this.options as Partial<Rect>
    return { x: o.x ?? 100, y: o.y ?? 100, width: o.width ?? 800, height: o.height ?? 600 }
  }
  /** Simulates the user closing the window: 'close', then 'closed'. */
  close(): void {
    this.emit('close', { preventDefault() {} })
    this.destroyed = true
    this.emit('closed')
  }
}

class AppDouble extends EventEmitter {
  isPackaged = false
  requestSingleInstanceLock(): boolean {
    return electronDouble.singleInstance
  }
  enableSandbox(): void {}
  quit(): void {
    electronDouble.quitCalls += 1
  }
  relaunch(): void {
    electronDouble.relaunches += 1
  }
  exit(code = 0): void {
    electronDouble.exitCodes.push(code)
  }
  getPath(name: string): string {
    return `/home/test/${name}`
  }
}

class PowerMonitorDouble extends EventEmitter {
  getSystemIdleTime(): number {
    return electronDouble.systemIdleSeconds
  }
}

export const app = new AppDouble()
export const powerMonitor = new PowerMonitorDouble()
export const BrowserWindow = BrowserWindowDouble
export const session = {
  defaultSession: new SessionDouble(),
  fromPartition(partition: string): SessionDouble {
    let found = electronDouble.partitions.get(partition)
    if (!found) electronDouble.partitions.set(partition, (found = partitionSession(new SessionDouble(), partition, app)))
    return found
  }
}
export const ipcMain = {
  handle(channel: string, listener: Fn): void {
    electronDouble.handleCalls.push(channel)
    electronDouble.handlers.set(channel, listener)
  }
}
export const Menu = {
  buildFromTemplate: (template: TemplateItem[]) => new MenuDouble(template),
  setApplicationMenu: (menu: { template: unknown[] } | null) => {
    electronDouble.appliedMenuTemplate = menu?.template ?? null
  }
}
export const dialog = {
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    electronDouble.messageBoxes.push(args[args.length - 1] as { message?: string; detail?: string })
    return { response: electronDouble.messageBoxResponse, checkboxChecked: false }
  },
  showErrorBox(title: string, content: string): void {
    electronDouble.errorBoxes.push({ title, content })
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    electronDouble.fileDialogs.push({
      kind: 'save',
      parent: args.length > 1 ? (args[0] as BrowserWindowDouble) : null,
      options: args.at(-1) as Record<string, unknown>
    })
    return electronDouble.saveDialogResult
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    electronDouble.fileDialogs.push({
      kind: 'open',
      parent: args.length > 1 ? (args[0] as BrowserWindowDouble) : null,
      options: args.at(-1) as Record<string, unknown>
    })
    return electronDouble.openDialogResult
  }
}
export const shell = {
  async openExternal(url: string): Promise<void> {
    electronDouble.openedExternally.push(url)
  }
}
export const screen = {
  getDisplayMatching: () => ({ workArea: electronDouble.workArea }),
  getPrimaryDisplay: () => ({ workArea: electronDouble.workArea })
}
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    electronDouble.exposedInMainWorld.set(key, api)
  }
}
export const ipcRenderer = {
  async invoke(channel: string, payload: unknown): Promise<unknown> {
    electronDouble.rendererInvokes.push({ channel, payload })
    return { ok: true, value: null }
  }
}
