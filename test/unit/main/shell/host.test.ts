import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, WebContentsDouble, type BrowserWindowDouble, type SessionDouble } from '../../../support/electron-double.ts'
import { createElectronHost, PRINT_CSP, PRINT_DIALOG_TIMEOUT_MS, PRINT_PARTITION, PRINT_SCHEME, relaunchOptions } from '../../../../src/main/shell/host.ts'
import { FONTS_LOADED_COMMAND } from '../../../../src/main/shell/fonts-loaded.ts'
import { BrowserWindow } from 'electron'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const HTML = '<!doctype html><html><head><title>Ana</title></head><body><h1>Trust each other</h1></body></html>'

let main: BrowserWindowDouble | null
const host = (printTimeoutMs?: number) => createElectronHost({ mainWindow: () => main as unknown as BrowserWindow | null, printTimeoutMs })
/** The print windows (every window but the main one). */
const printWindows = () => electronDouble.windows.filter((w) => w !== main)
const printSession = (): SessionDouble => electronDouble.partitions.get(PRINT_PARTITION)!

afterEach(() => vi.unstubAllEnvs())
beforeEach(() => {
  electronDouble.reset()
  main = new BrowserWindow({ title: 'Sevenfold' }) as unknown as BrowserWindowDouble
})

describe('the print window', () => {
  it('runs no script, has no preload or developer tools, is sandboxed, isolated and hidden, in its own session, over the main window', async () => {
    await host().renderPdf(HTML, 'A4')
    const [window] = printWindows()
    expect(window!.options.show).toBe(false)
    expect(window!.getParentWindow()).toBe(main)
    expect(window!.options.webPreferences).toStrictEqual({
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false
    })
    // No "persist:": the session and its cache live in memory only.
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false)
    expect(window!.webContents.session).toBe(printSession())
    expect(window!.webContents.session).not.toBe(main!.webContents.session)
  })

  it('is served the document from memory, once, with a strict CSP, and never from a file', async () => {
    await host().renderPdf(HTML, 'A4')
    const { webContents } = printWindows()[0]!
    expect(webContents.loaded).toEqual({ url: expect.stringMatching(new RegExp(`^${PRINT_SCHEME}://document/[0-9a-f-]{36}$`)) })
    expect(webContents.served).toMatchObject({ status: 200, body: HTML })
    expect(webContents.served!.headers.get('content-security-policy')).toBe(PRINT_CSP)
    expect(webContents.served!.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(webContents.served!.headers.get('cache-control')).toBe('no-store')
    expect(PRINT_CSP).toContain("default-src 'none'")
    expect(PRINT_CSP).toContain('font-src data:;')
    expect(PRINT_CSP).toContain('img-src data:;')
    // The same address a second time finds nothing: the document left memory once loaded.
    const again = await printSession().protocol.handlers.get(PRINT_SCHEME)!(new Request(webContents.loaded!.url!))
    expect(again.status).toBe(404)
    expect(await again.text()).toBe('')
  })

  it('refuses every request that is not for our protocol, and stamps the CSP on any response', async () => {
    await host().renderPdf(HTML, 'A4')
    const { beforeRequest, headersReceived } = printSession().webRequest
    const decide = (url: string) => new Promise((resolve) => beforeRequest!({ url }, resolve))
    for (const url of [
      'https://example.org/pixel.png',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'data:text/html,<p>x</p>',
      'ws://example.org/',
      'blob:null/1'
    ]) {
      expect(await decide(url), url).toEqual({ cancel: true })
    }
    expect(await decide(`${PRINT_SCHEME}://document/abc`)).toEqual({ cancel: false })
    // The book's fonts, inline in the document as data: URLs, should webRequest see them at all.
    expect(await decide('data:font/woff2;base64,d09GMgABAAAAAA==')).toEqual({ cancel: false })
    // And its pictures (issue 19), JPEG and PNG only.
    for (const url of ['data:image/jpeg;base64,/9j/4AAQ', 'data:image/png;base64,iVBORw0KGgo=']) expect(await decide(url), url).toEqual({ cancel: false })
    for (const url of [
      'data:font/woff2,raw',
      'data:font/woff;base64,AAAA',
      'data:text/html;base64,PHA+eDwvcD4=',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:image/png,raw'
    ])
      expect(await decide(url), url).toEqual({ cancel: true })
    const stamped = await new Promise((resolve) => headersReceived!({ url: 'https://example.org/', responseHeaders: { 'X-Other': ['1'] } }, resolve))
    expect(stamped).toEqual({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [PRINT_CSP] } })
  })

  it('makes a PDF with the page size from the CSS, backgrounds, the outline and tags, then closes the window', async () => {
    const pdf = await host().renderPdf(HTML, 'A5')
    expect(pdf).toBe(electronDouble.pdfBytes)
    const [window] = printWindows()
    expect(window!.webContents.printToPdfCalls).toEqual([
      { pageSize: 'A5', preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true }
    ])
    expect(window!.destroyed).toBe(true)
  })

  it('waits until the document has loaded every font before printing it', async () => {
    await host().renderPdf(HTML, 'A4')
    const [loaded] = printWindows()
    expect(loaded!.webContents.debugger.commands).toEqual([{ method: FONTS_LOADED_COMMAND.method, params: FONTS_LOADED_COMMAND.params }])
    expect(loaded!.webContents.debugger.isAttached()).toBe(false)
    expect(loaded!.webContents.printToPdfCalls).toHaveLength(1)
  })

  it('opens the system print dialog and answers whether it printed, each time in a fresh window', async () => {
    const printer = host()
    expect(await printer.print(HTML, 'Letter')).toBe(true)
    electronDouble.printSucceeds = false
    expect(await printer.print(HTML, 'Letter')).toBe(false)
    const windows = printWindows()
    expect(windows).toHaveLength(2)
    for (const window of windows) {
      expect(window.webContents.printCalls).toEqual([{ silent: false, printBackground: true, pageSize: 'Letter' }])
      expect(window.webContents.served?.body).toBe(HTML)
      expect(window.destroyed).toBe(true)
    }
  })

  it('answers "not printed" and closes the window when the print dialog never calls back', async () => {
    electronDouble.printNeverCallsBack = true
    const started = Date.now()
    expect(await host(50).print(HTML, 'A4')).toBe(false)
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    expect(printWindows()[0]!.destroyed).toBe(true)
    // The real limit leaves a person time to choose a printer.
    expect(PRINT_DIALOG_TIMEOUT_MS).toBe(10 * 60 * 1000)
  })

  it('answers "not printed" at once when the print window goes while its dialog is open', async () => {
    electronDouble.printNeverCallsBack = true
    const printing = host().print(HTML, 'A4')
    await vi.waitFor(() => expect(printWindows()[0]?.webContents.printCalls).toHaveLength(1))
    printWindows()[0]!.close()
    expect(await printing).toBe(false)
  })

  it('closes the dialog and its document at once when what it prints from locks', async () => {
    electronDouble.printNeverCallsBack = true
    const opening = new AbortController()
    const printer = host()
    const printing = printer.print(HTML, 'A4', opening.signal)
    await vi.waitFor(() => expect(printWindows()[0]?.webContents.printCalls).toHaveLength(1))
    opening.abort()
    expect(await printing).toBe(false)
    expect(printWindows()[0]!.destroyed).toBe(true)
    // Locked before the dialog could open: no window is left either.
    expect(await printer.print(HTML, 'A4', AbortSignal.abort())).toBe(false)
    expect(printWindows().every((w) => w.destroyed)).toBe(true)
  })

  it('has no parent when the main window is gone', async () => {
    main!.close()
    await host().renderPdf(HTML, 'A4')
    expect(printWindows()[0]!.options.parent).toBeUndefined()
  })

  it('closes the window when making the PDF fails', async () => {
    vi.spyOn(WebContentsDouble.prototype, 'printToPDF').mockRejectedValueOnce(new Error('Printing failed'))
    await expect(host().renderPdf(HTML, 'A4')).rejects.toThrow('Printing failed')
    expect(printWindows()).toHaveLength(1)
    expect(printWindows()[0]!.destroyed).toBe(true)
  })
})

describe('the dialogs', () => {
  it('ask over the main window, starting in Documents, and answer the path or null', async () => {
    const files = host()
    electronDouble.saveDialogResult = { canceled: false, filePath: '/home/test/documents/Ana.pdf' }
    const filters = [{ name: 'PDF document', extensions: ['pdf'] }]
    expect(await files.chooseSaveFile({ title: 'Save as PDF', defaultName: "Ana's journal.pdf", filters })).toBe('/home/test/documents/Ana.pdf')
    expect(electronDouble.fileDialogs[0]).toEqual({
      kind: 'save',
      parent: main,
      options: { title: 'Save as PDF', defaultPath: "/home/test/documents/Ana's journal.pdf", filters }
    })
    electronDouble.saveDialogResult = { canceled: true, filePath: '' }
    expect(await files.chooseSaveFile({ title: 'Save as PDF', defaultName: 'x.pdf', filters })).toBeNull()

    electronDouble.openDialogResult = { canceled: false, filePaths: ['/backups/one.sevenfold-backup'] }
    expect(await files.chooseOpenFile({ title: 'Restore', filters: [] })).toBe('/backups/one.sevenfold-backup')
    expect(electronDouble.fileDialogs[2]).toMatchObject({ kind: 'open', parent: main, options: { title: 'Restore', properties: ['openFile'] } })
    electronDouble.openDialogResult = { canceled: false, filePaths: ['/exports'] }
    expect(await files.chooseFolder({ title: 'Export' })).toBe('/exports')
    expect(electronDouble.fileDialogs[3]).toMatchObject({
      kind: 'open',
      parent: main,
      options: { title: 'Export', properties: ['openDirectory', 'createDirectory'] }
    })
    electronDouble.openDialogResult = { canceled: true, filePaths: [] }
    expect(await files.chooseFolder({ title: 'Export' })).toBeNull()
  })

  it('still ask when the main window is gone, with no parent', async () => {
    main!.close()
    await host().chooseFolder({ title: 'Export' })
    main = null
    await host().chooseFolder({ title: 'Export' })
    expect(electronDouble.fileDialogs.map((d) => d.parent)).toEqual([null, null])
  })
})

describe('restart', () => {
  it('relaunches the app as it was started, then leaves at once', () => {
    vi.stubEnv('APPIMAGE', undefined)
    host().restart()
    expect(electronDouble.relaunches).toEqual([undefined])
    expect(electronDouble.exitCodes).toEqual([0])
  })

  it('relaunches an AppImage through its file, since the mount it runs from goes away on exit', () => {
    vi.stubEnv('APPIMAGE', '/home/ada/Apps/Sevenfold-0.1.0.AppImage')
    vi.stubEnv('APPDIR', path.dirname(process.execPath))
    host().restart()
    expect(electronDouble.relaunches).toEqual([{ execPath: '/home/ada/Apps/Sevenfold-0.1.0.AppImage', args: process.argv.slice(1) }])
    expect(electronDouble.exitCodes).toEqual([0])
  })

  it('ignores an APPIMAGE inherited from another AppImage', () => {
    const env = { APPIMAGE: '/home/ada/Apps/Editor.AppImage', APPDIR: '/tmp/.mount_EditorX' }
    expect(relaunchOptions(env, '/tmp/.mount_SevenY/sevenfold', ['/tmp/.mount_SevenY/sevenfold'])).toBeUndefined()
    expect(relaunchOptions({ APPIMAGE: env.APPIMAGE }, '/usr/bin/sevenfold', [])).toBeUndefined()
    const ours = { APPIMAGE: '/home/ada/Sevenfold.AppImage', APPDIR: '/tmp/.mount_SevenY' }
    expect(relaunchOptions(ours, '/tmp/.mount_SevenY/sevenfold', ['/tmp/.mount_SevenY/sevenfold', '--lang=fr'])).toEqual({
      execPath: '/home/ada/Sevenfold.AppImage',
      args: ['--lang=fr']
    })
  })
})
