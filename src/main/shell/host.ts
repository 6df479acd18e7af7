// The Host the backend uses in the app (src/main/app/host.ts): file dialogs over the main window,
// and a hidden print window for each print document. The window runs no script of its own (the
// host only asks it, through the DevTools protocol, whether its fonts are loaded: fonts-loaded.ts), has no
// preload, and lives in its own in-memory session where the only thing that loads is the one
// document served from memory through a private protocol: nothing is written to disk, and
// every other request (network, files, anything a document might name) is cancelled.

import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { app, BrowserWindow, dialog, session, type RelaunchOptions, type Session, type WebPreferences } from 'electron'
import type { PaperSize } from '../../shared/print.ts'
import type { FileFilter, Host, InlineParts } from '../app/host.ts'
import { documentPieces } from '../print/inline-pieces.ts'
import { whenFontsLoaded } from './fonts-loaded.ts'

/** Left unprivileged (not "standard"): like file:, it resolves no relative URLs and has no storage; the document needs neither. */
export const PRINT_SCHEME = 'sevenfold-print'
/** No "persist:" prefix: the session, its cache included, lives in memory only. */
export const PRINT_PARTITION = 'sevenfold-print'
/** The print document needs its inline style sheet and the fonts and pictures inline in it, nothing else (its own meta CSP narrows the sheet to its hash). */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export function printWebPreferences(): WebPreferences {
  return {
    partition: PRINT_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    spellcheck: false,
    // Never shown and runs no script: nothing to inspect, in any build.
    devTools: false
  }
}

/** How long the system print dialog may stay without an answer before the print counts as not made. */
export const PRINT_DIALOG_TIMEOUT_MS = 10 * 60 * 1000

export interface ElectronHostOptions {
  /** The main window, as parent of the dialogs and the print window; null when it is closed. */
  mainWindow: () => BrowserWindow | null
  /** Defaults to PRINT_DIALOG_TIMEOUT_MS. */
  printTimeoutMs?: number
}

/** Relaunch through the AppImage file when running from one: process.execPath is inside its mount, gone once we exit. */
export function relaunchOptions(env: NodeJS.ProcessEnv, execPath: string, argv: readonly string[]): RelaunchOptions | undefined {
  const { APPIMAGE, APPDIR } = env
  if (!APPIMAGE || !APPDIR) return undefined
  // Only our own AppImage: APPIMAGE is inherited, e.g. by a terminal opened from another one.
  const inMount = path.relative(APPDIR, execPath)
  if (inMount.startsWith('..') || path.isAbsolute(inMount)) return undefined
  // With execPath, Electron passes only `args` on: the same arguments as this start.
  return { execPath: APPIMAGE, args: argv.slice(1) }
}

/** Our document, and the book's fonts and pictures inline in it (print/font-faces.ts, picture-html.ts), should webRequest see data: URLs at all. */
const isOurs = (url: string) => url.startsWith(`${PRINT_SCHEME}:`) || /^data:(font\/woff2|image\/jpeg|image\/png);base64,/.test(url)

/** Characters encoded per turn: with its fonts inline a document can be tens of megabytes, and
 *  a Response made from the whole string encodes it at once (200 ms for 36 MB of Korean). */
const CHARS_PER_TURN = 500_000

/** `html` (its tokens replaced by their parts: print/inline-pieces.ts) as UTF-8, a slice per turn of the event loop, as the window reads it. */
export function documentBody(html: string, inline?: InlineParts): ReadableStream<Uint8Array> {
  const pieces = documentPieces(html, inline)
  let piece = ''
  let at = 0
  return new ReadableStream({
    async pull(controller) {
      await nextTurn()
      while (at === piece.length) {
        const next = pieces.next()
        if (next.done) return controller.close()
        piece = next.value
        at = 0
      }
      let end = Math.min(at + CHARS_PER_TURN, piece.length)
      // Never between the two halves of a surrogate pair.
      if (end < piece.length && /[\ud800-\udbff]/.test(piece[end - 1]!)) end--
      controller.enqueue(Buffer.from(piece.slice(at, end), 'utf8'))
      at = end
    }
  })
}

/** Serves documents from memory, each once, and refuses everything else in the print session. */
interface Served {
  html: string
  inline?: InlineParts | undefined
}

function printSession(documents: Map<string, Served>): Session {
  const ses = session.fromPartition(PRINT_PARTITION)
  ses.protocol.handle(PRINT_SCHEME, (request) => {
    const token = new URL(request.url).pathname.replace(/^\/+/, '')
    const served = documents.get(token)
    documents.delete(token)
    if (served === undefined || request.method !== 'GET') return new Response(null, { status: 404 })
    return new Response(documentBody(served.html, served.inline), {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP, 'cache-control': 'no-store' }
    })
  })
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isOurs(details.url) }))
  ses.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [PRINT_CSP] } }))
  return ses
}

export function createElectronHost(options: ElectronHostOptions): Host {
  const documents = new Map<string, Served>()
  // Set up on first use: sessions exist only once the app is ready.
  let ready = false
  const parent = () => {
    const window = options.mainWindow()
    return window && !window.isDestroyed() ? window : null
  }

  /** A hidden window over the main one showing `html`, destroyed when `use` is done with it. */
  const withDocument = async <T>(html: string, inline: InlineParts | undefined, use: (window: BrowserWindow) => Promise<T>): Promise<T> => {
    if (!ready) {
      printSession(documents)
      ready = true
    }
    const token = randomUUID()
    documents.set(token, { html, inline })
    // A child of the main window, so the system print dialog belongs to it (issue 15, item 9).
    const window = new BrowserWindow({ show: false, parent: parent() ?? undefined, webPreferences: printWebPreferences() })
    try {
      await window.loadURL(`${PRINT_SCHEME}://document/${token}`)
      await whenFontsLoaded(window.webContents.debugger)
      return await use(window)
    } finally {
      documents.delete(token)
      if (!window.isDestroyed()) window.destroy()
    }
  }

  const electronFilters = (filters: FileFilter[]) => filters.map(({ name, extensions }) => ({ name, extensions }))

  return {
    chooseSaveFile: async ({ title, defaultName, filters }) => {
      const settings = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters: electronFilters(filters) }
      const owner = parent()
      const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, settings) : await dialog.showSaveDialog(settings)
      return canceled || !filePath ? null : filePath
    },
    chooseOpenFile: async ({ title, filters }) => {
      const settings = { title, filters: electronFilters(filters), properties: ['openFile' as const] }
      const owner = parent()
      const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, settings) : await dialog.showOpenDialog(settings)
      return canceled ? null : (filePaths[0] ?? null)
    },
    chooseFolder: async ({ title }) => {
      const settings = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const owner = parent()
      const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, settings) : await dialog.showOpenDialog(settings)
      return canceled ? null : (filePaths[0] ?? null)
    },
    renderPdf: (html: string, paperSize: PaperSize, inline?: InlineParts) =>
      withDocument(html, inline, (window) =>
        window.webContents.printToPDF({
          // The document's own @page rule wins; the paper size is the fallback.
          pageSize: paperSize,
          preferCSSPageSize: true,
          printBackground: true,
          // Its outline (one entry per heading) is how paginate.ts finds each heading's page.
          generateDocumentOutline: true,
          generateTaggedPDF: true
        })
      ),
    print: (html: string, paperSize: PaperSize, signal?: AbortSignal, inline?: InlineParts) =>
      withDocument(html, inline, (window) => {
        let timer: NodeJS.Timeout | undefined
        let locked = () => {}
        return new Promise<boolean>((resolve) => {
          locked = () => resolve(false)
          // Electron may never call back (a dialog left open, a window gone): then a timeout, the
          // window's closing or a lock answers "not printed", and withDocument destroys the window.
          timer = setTimeout(() => resolve(false), options.printTimeoutMs ?? PRINT_DIALOG_TIMEOUT_MS)
          window.once('closed', () => resolve(false))
          if (signal?.aborted) return resolve(false)
          signal?.addEventListener('abort', locked, { once: true })
          // "Cancelled" and "failed" both mean nothing was printed; the dialog said why.
          window.webContents.print({ silent: false, printBackground: true, pageSize: paperSize }, (success) => resolve(success))
        }).finally(() => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', locked)
        })
      }),
    restart: () => {
      app.relaunch(relaunchOptions(process.env, process.execPath, process.argv))
      app.exit(0)
    }
  }
}
