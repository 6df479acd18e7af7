// A TEST DOUBLE of the 'electron' module: Electron cannot run on these machines, so shell tests
// load this with `vi.mock('electron', () => import('../../support/electron-double.ts'))`.
// It does nothing real; it records what the shell asked for (handlers, window options, listeners,
// menu template, dialogs) so tests can assert the wiring and fire events at it.

import { pathToFileURL } from 'node:url'
import { DebuggerDouble } from './electron-double-debugger.ts'
import { EditingContentsDouble, editingDouble, MenuDouble, partitionSession, SpellCheckerSessionDouble, type TemplateItem } from './electron-double-editing.ts'
// Issue 15: platform-only events, the protocol module, relaunch options, ready (items 4, 5, 8, 9, 10).
import { AppDouble, PowerMonitorDouble } from './electron-double-app.ts'
import { BROWSER_WINDOW_EVENT_PLATFORMS, PlatformEmitter } from './electron-double-platform.ts'
import { ask, ProtocolDouble, protocolModule, type CustomSchemeDouble } from './electron-double-protocol.ts'

export { ProtocolDouble } from './electron-double-protocol.ts'
export { nativeTheme } from './electron-double-platform.ts'

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
    /** The options of each app.relaunch() call (undefined when called without). */
    relaunches: [] as ({ args?: string[]; execPath?: string } | undefined)[],
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
    workArea: { x: 0, y: 0, width: 1920, height: 1080 } as Rect,
    // Issue 15 (items 5, 8, 9, 10).
    /** The platform the double pretends to be: platform-only events fire only there. */
    platform: process.platform as NodeJS.Platform,
    /** Whether `ready` has come. app.whenReady() brings it on the next tick, unless held for becomeReady(). */
    ready: false,
    holdReady: false,
    privilegedSchemes: null as CustomSchemeDouble[] | null,
    /** What powerMonitor.getSystemIdleState answers when not idle past its threshold. */
    systemIdleState: 'active' as 'active' | 'locked' | 'unknown',
    /** The system print dialog is left open for good: webContents.print never calls back. */
    printNeverCallsBack: false
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
  },
  /** Electron's `ready`: once only. */
  becomeReady(): void {
    if (this.ready) return
    this.ready = true
    app.emit('ready', {}, {})
  }
}
editingDouble.platformOf = () => electronDouble.platform

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
  // As in Electron, the default session unless webPreferences name a partition (issue 15, item 8).
  session: SessionDouble = session.defaultSession
  mainFrame = new FrameDouble('about:blank')
  windowOpenHandler: Fn | null = null
  reloads = 0
  loaded: { url?: string; file?: string } | null = null
  /** What the session's protocol handler answered for the loaded URL, if one handled it. */
  served: { status: number; headers: Headers; body: string } | null = null
  printToPdfCalls: Record<string, unknown>[] = []
  debugger = new DebuggerDouble()
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
    if (electronDouble.printNeverCallsBack) return
    queueMicrotask(() => callback?.(electronDouble.printSucceeds, electronDouble.printSucceeds ? '' : 'Print job canceled'))
  }
  getURL(): string {
    return this.mainFrame.url
  }
  reload(): void {
    this.reloads += 1
  }
}

export class BrowserWindowDouble extends PlatformEmitter {
  webContents = new WebContentsDouble()
  shown = false
  maximized = false
  focused = 0
  destroyed = false
  options: Record<string, unknown>
  constructor(options: Record<string, unknown> = {}) {
    super(BROWSER_WINDOW_EVENT_PLATFORMS, () => electronDouble.platform)
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
    const scheme = new URL(url).protocol.slice(0, -1)
    const handler = this.webContents.session.protocol.handlers.get(scheme)
    // Issue 15, item 8: a scheme Chromium does not know and nothing handles fails to load.
    if (!handler && !['http', 'https', 'file', 'data', 'about'].includes(scheme)) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`)
    if (!handler) return
    const { status, headers, body } = await ask(handler, url)
    this.webContents.served = { status, headers, body: body.toString('utf8') }
  }
  async loadFile(file: string): Promise<void> {
    this.webContents.loaded = { file }
    this.webContents.mainFrame = new FrameDouble(pathToFileURL(file).href)
  }
  show(): void {
    this.shown = true
  }
  // Issue 15, item 9: the print window's parent.
  getParentWindow(): BrowserWindowDouble | null {
    return (this.options.parent as BrowserWindowDouble | undefined) ?? null
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

export const app = new AppDouble(() => electronDouble)
export const powerMonitor = new PowerMonitorDouble(() => electronDouble)
export const BrowserWindow = BrowserWindowDouble
const defaultProtocol = () => session.defaultSession.protocol
export const protocol = protocolModule(() => electronDouble, defaultProtocol)
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
