// A Host for tests: dialogs answer with what the test set beforehand, print records the HTML,
// and renderPdf turns print HTML into a PDF in Debian's Chromium (JavaScript off, nothing
// fetched), as the app's hidden window does with Electron's printToPDF. Chromium is driven from
// a worker thread (chromium-worker.ts), launched on first use. A missing Chromium fails with
// the message that says how to install it.

import { Worker } from 'node:worker_threads'
import type { FileFilter, Host, InlineParts } from '../../src/main/app/host.ts'
import { wholeDocument } from '../../src/main/print/inline-pieces.ts'
import type { PaperSize } from '../../src/shared/print.ts'

export interface TestHost extends Host {
  /** A folder of the test's own, for the files it has the dialogs choose. */
  readonly dir: string
  /** What the next save dialog answers; null = cancelled. */
  saveAs: string | null
  /** What the next open dialog answers; null = cancelled. */
  openFile: string | null
  /** What the next folder dialog answers; null = cancelled. */
  folder: string | null
  /** Every dialog the backend opened, in order, with what it asked. */
  dialogs: Array<{ kind: 'save' | 'open' | 'folder'; title: string; defaultName?: string; filters?: FileFilter[] }>
  /** The print documents sent to the system print dialog, in order. */
  printed: string[]
  /** When true, the print dialog stays open until the print's signal aborts (a person who walked away). */
  holdPrintDialog: boolean
  /** How many print dialogs are open now, their documents with them. */
  openPrintDialogs: number
  /** How many times the app asked to restart. */
  restarts: number
  /** Closes Chromium and its worker if they were started. */
  close(): Promise<void>
}

type Answer = { id: number; pdf?: Uint8Array; error?: string }

export function createTestHost(options: { dir: string }): TestHost {
  let worker: Worker | null = null
  let nextId = 0
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>()

  const ask = (request: Record<string, unknown>): Promise<Answer> => {
    if (!worker) {
      const started = new Worker(new URL('./chromium-worker.ts', import.meta.url))
      started.on('message', (answer: Answer) => {
        waiting.get(answer.id)?.resolve(answer)
        waiting.delete(answer.id)
        if (waiting.size === 0) started.unref()
      })
      started.on('error', (error) => {
        for (const pending of waiting.values()) pending.reject(error)
        waiting.clear()
      })
      worker = started
    }
    const id = nextId++
    worker.ref()
    worker.postMessage({ id, ...request })
    return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }))
  }

  const host: TestHost = {
    dir: options.dir,
    saveAs: null,
    openFile: null,
    folder: null,
    dialogs: [],
    printed: [],
    holdPrintDialog: false,
    openPrintDialogs: 0,
    restarts: 0,
    chooseSaveFile: async (asked) => {
      host.dialogs.push({ kind: 'save', ...asked })
      return host.saveAs
    },
    chooseOpenFile: async (asked) => {
      host.dialogs.push({ kind: 'open', ...asked })
      return host.openFile
    },
    chooseFolder: async (asked) => {
      host.dialogs.push({ kind: 'folder', ...asked })
      return host.folder
    },
    renderPdf: async (html: string, paperSize: PaperSize, inline?: InlineParts) => {
      // The document as the window reads it, its pictures in place (joined here: a test's own cost).
      const { pdf, error } = await ask({ html: wholeDocument(html, inline), paperSize })
      if (error !== undefined || !pdf) throw new Error(error ?? 'Chromium gave no PDF.')
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    },
    print: async (html: string, _paperSize: PaperSize, signal?: AbortSignal, inline?: InlineParts) => {
      host.printed.push(wholeDocument(html, inline))
      if (!host.holdPrintDialog) return true
      host.openPrintDialogs += 1
      await new Promise((resolve) => (signal?.aborted ? resolve(null) : signal?.addEventListener('abort', resolve, { once: true })))
      host.openPrintDialogs -= 1
      return false
    },
    restart: () => {
      host.restarts += 1
    },
    close: async () => {
      const running = worker
      if (!running) return
      await ask({ close: true })
      worker = null
      await running.terminate()
    }
  }
  return host
}
