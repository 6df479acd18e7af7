// The outline reader's worker thread (outline-reader.ts starts it). electron-vite bundles it on its
// own, pdfjs-dist inside, into out/main/outline-worker.cjs: in the package that is one CommonJS file
// in the ASAR, which Electron's worker threads load as its own tests do, while importing pdfjs-dist's
// ES modules from inside the archive in a worker is a path no Electron spec covers.

import './worker-offline.ts'
import { parentPort } from 'node:worker_threads'
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import type { OutlineHeading, PdfPlaces } from './outline-reader.ts'

// In Node pdfjs parses in this thread, with a "fake worker" it would import from a file beside
// pdf.mjs; handed the bundled module instead, it needs no file but this one.
Object.assign(globalThis, { pdfjsWorker })

type Outline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>
type Destination = Awaited<ReturnType<PDFDocumentProxy['getDestination']>>

async function places(data: Uint8Array): Promise<PdfPlaces> {
  const task = getDocument({ data, verbosity: VerbosityLevel.ERRORS, useWorkerFetch: false })
  try {
    const doc = await task.promise
    // A page is named by reference (Chromium's) or, by some writers, by its index.
    const pageOf = async (dest: Destination | undefined): Promise<number | null> => {
      const ref: unknown = dest ? dest[0] : null
      if (typeof ref === 'number') return ref + 1
      if (ref && typeof ref === 'object') return (await doc.getPageIndex(ref as never)) + 1
      return null
    }
    const destinations = new Map<string, number>()
    for (const [name, dest] of await doc.getDestinations()) {
      const page = await pageOf(dest as Destination)
      if (page !== null) destinations.set(name, page)
    }
    const outline: OutlineHeading[] = []
    const walk = async (items: Outline | undefined, depth: number): Promise<void> => {
      for (const item of items ?? []) {
        const page = await pageOf(typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest)
        if (page !== null) outline.push({ title: item.title, page, depth })
        await walk(item.items, depth + 1)
      }
    }
    await walk(await doc.getOutline(), 1)
    return { destinations, outline }
  } finally {
    await task.destroy()
  }
}

parentPort?.on('message', ({ id, pdf }: { id: number; pdf: Uint8Array }) => {
  places(pdf).then(
    (found) => parentPort?.postMessage({ id, found }),
    // Only the error's name crosses: its message could quote the document.
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.name : 'Error' })
  )
})
