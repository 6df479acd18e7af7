// The outline reader's worker thread (outline-reader.ts starts it). electron-vite bundles it on its
// own, pdfjs-dist inside, into out/main/outline-worker.cjs: in the package that is one CommonJS file
// in the ASAR, which Electron's worker threads load as its own tests do, while importing pdfjs-dist's
// ES modules from inside the archive in a worker is a path no Electron spec covers.

import './worker-offline.ts'
import { parentPort } from 'node:worker_threads'
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import type { OutlineHeading } from './outline-reader.ts'

// In Node pdfjs parses in this thread, with a "fake worker" it would import from a file beside
// pdf.mjs; handed the bundled module instead, it needs no file but this one.
Object.assign(globalThis, { pdfjsWorker })

type Outline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>

async function headings(data: Uint8Array): Promise<OutlineHeading[]> {
  const task = getDocument({ data, verbosity: VerbosityLevel.ERRORS, useWorkerFetch: false })
  try {
    const doc = await task.promise
    const found: OutlineHeading[] = []
    const walk = async (items: Outline | undefined, depth: number): Promise<void> => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
        const ref: unknown = dest ? dest[0] : null
        // A page is named by reference (Chromium's outlines) or, by some writers, by its index.
        if (typeof ref === 'number') found.push({ title: item.title, page: ref + 1, depth })
        else if (ref && typeof ref === 'object') found.push({ title: item.title, page: (await doc.getPageIndex(ref as never)) + 1, depth })
        await walk(item.items, depth + 1)
      }
    }
    await walk(await doc.getOutline(), 1)
    return found
  } finally {
    await task.destroy()
  }
}

parentPort?.on('message', ({ id, pdf }: { id: number; pdf: Uint8Array }) => {
  headings(pdf).then(
    (found) => parentPort?.postMessage({ id, found }),
    // Only the error's name crosses: its message could quote the document.
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.name : 'Error' })
  )
})
