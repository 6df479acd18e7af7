// Reads where a PDF's places are: its named destinations (one per anchor a link points at, named
// by the anchor's id) and its outline (its bookmarks, one per heading), each with its page.
// pdfjs-dist does the reading in a worker thread (outline-worker.ts): loading it takes a few hundred
// milliseconds of one uninterrupted block, and parsing a long PDF more, which the main process
// cannot spare (its event loop answers the window).
// The PDF is the journal in plaintext: it is handed over in memory, never through a file.

import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

export interface OutlineHeading {
  title: string
  /** 1-based, as the footer counts. */
  page: number
  /** 1 for a top-level bookmark (an <h1>), 2 for one nested under it (an <h2>), and so on. */
  depth: number
}

export interface PdfPlaces {
  /** Each named destination's page (1-based): the name is the id of the element a link pointed at. */
  destinations: Map<string, number>
  /** The outline, flattened in document order. */
  outline: OutlineHeading[]
}

export interface OutlineReader {
  /** The places of `pdf`. The bytes are handed to the worker (the caller's copy is left alone). */
  read(pdf: Uint8Array): Promise<PdfPlaces>
  /** Ends the worker; any read still waiting fails. */
  close(): Promise<void>
}

// Built, the worker is out/main/outline-worker.cjs beside the main bundle (electron.vite.config.ts);
// run from the sources, as the tests do, it is outline-worker.ts, which Node runs as it is.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './outline-worker.ts' : './outline-worker.cjs', import.meta.url)

/** Starts a worker (it loads pdfjs-dist at once, so start it before the PDF is ready). */
export function startOutlineReader(): OutlineReader {
  // Its output stays in the worker: pdfjs's warnings could quote the document.
  const worker = new Worker(fileURLToPath(WORKER), { stdout: true, stderr: true })
  worker.stdout.resume()
  worker.stderr.resume()
  const waiting = new Map<number, { resolve: (found: PdfPlaces) => void; reject: (error: Error) => void }>()
  let nextId = 0
  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error)
    waiting.clear()
  }
  worker.on('message', ({ id, found, error }: { id: number; found?: PdfPlaces; error?: string }) => {
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

/** The places of one PDF, in a worker of its own. */
export async function pdfPlaces(pdf: Uint8Array): Promise<PdfPlaces> {
  const reader = startOutlineReader()
  try {
    return await reader.read(pdf)
  } finally {
    await reader.close()
  }
}

/** The outline of one PDF, in a worker of its own. */
export async function outlinePages(pdf: Uint8Array): Promise<OutlineHeading[]> {
  return (await pdfPlaces(pdf)).outline
}
