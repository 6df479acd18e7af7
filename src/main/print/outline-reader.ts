// Reads a PDF's outline (its bookmarks, one per heading) with the page each one points at.
// pdfjs-dist does the reading in a worker thread: loading it takes a few hundred milliseconds
// of one uninterrupted block, and parsing a long PDF more, which the main process cannot spare
// (its event loop answers the window). The worker is a short script given as text, so it needs
// no file of its own in the bundle; it loads pdfjs-dist from where this module resolves it.
// The PDF is the journal in plaintext: it is handed over in memory, never through a file.

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

export interface OutlineHeading {
  title: string
  /** 1-based, as the footer counts. */
  page: number
  /** 1 for a top-level bookmark (an <h1>), 2 for one nested under it (an <h2>), and so on. */
  depth: number
}

export interface OutlineReader {
  /** The outline of `pdf`, flattened in document order. The bytes are handed to the worker (the caller's copy is left alone). */
  read(pdf: Uint8Array): Promise<OutlineHeading[]>
  /** Ends the worker; any read still waiting fails. */
  close(): Promise<void>
}

// Runs as CommonJS in the worker (eval). pdfjs's legacy build is the one for Node; there it
// parses in the same thread as its caller, which here is this worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const pdfjs = import(workerData.pdfjsUrl)
async function headings(data) {
  const { getDocument, VerbosityLevel } = await pdfjs
  const task = getDocument({ data, verbosity: VerbosityLevel.ERRORS })
  try {
    const doc = await task.promise
    const found = []
    const walk = async (items, depth) => {
      for (const item of items || []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
        const ref = dest ? dest[0] : null
        // A page is named by reference (Chromium's outlines) or, by some writers, by its index.
        if (typeof ref === 'number') found.push({ title: item.title, page: ref + 1, depth })
        else if (ref && typeof ref === 'object') found.push({ title: item.title, page: (await doc.getPageIndex(ref)) + 1, depth })
        await walk(item.items, depth + 1)
      }
    }
    await walk(await doc.getOutline(), 1)
    return found
  } finally {
    await task.destroy()
  }
}
parentPort.on('message', ({ id, pdf }) => {
  headings(pdf).then(
    (found) => parentPort.postMessage({ id, found }),
    (error) => parentPort.postMessage({ id, error: error && error.name ? String(error.name) : 'Error' })
  )
})
`

const pdfjsUrl = () => pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href

/** Starts a worker (it loads pdfjs-dist at once, so start it before the PDF is ready). */
export function startOutlineReader(): OutlineReader {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pdfjsUrl: pdfjsUrl() } })
  const waiting = new Map<number, { resolve: (found: OutlineHeading[]) => void; reject: (error: Error) => void }>()
  let nextId = 0
  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error)
    waiting.clear()
  }
  worker.on('message', ({ id, found, error }: { id: number; found?: OutlineHeading[]; error?: string }) => {
    const pending = waiting.get(id)
    waiting.delete(id)
    // Only the error's name crosses: its message could quote the document.
    if (found) pending?.resolve(found)
    else pending?.reject(new Error(`The PDF's outline could not be read (${error ?? 'no answer'}).`))
  })
  worker.on('error', failAll)
  worker.on('exit', () => failAll(new Error('The PDF outline reader stopped.')))
  return {
    read: (pdf) => {
      const id = nextId++
      const own = new Uint8Array(pdf)
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, pdf: own }, [own.buffer])
      })
    },
    close: async () => {
      await worker.terminate()
    }
  }
}

/** The outline of one PDF, in a worker of its own. */
export async function outlinePages(pdf: Uint8Array): Promise<OutlineHeading[]> {
  const reader = startOutlineReader()
  try {
    return await reader.read(pdf)
  } finally {
    await reader.close()
  }
}
