// The test host's print window: Playwright and Chromium driven from a worker thread, so that
// what it costs (protocol traffic, buffers) lands outside the thread whose event loop the tests
// and the benchmark watch, as Electron's print window is outside the app's main process.
// Requests: { id, html, paperSize } or { id, close: true }. Answers: { id, pdf } or { id, error }.

import { parentPort } from 'node:worker_threads'
import type { Browser, BrowserContext } from 'playwright-core'
import { FONTS_LOADED_COMMAND } from '../../src/main/shell/fonts-loaded.ts'
import { launchChromium } from '../e2e/support/chromium.ts'

type PaperSize = 'A4' | 'Letter' | 'A5'
type Request = { id: number; html: string; paperSize: PaperSize } | { id: number; close: true }

let browser: Promise<Browser> | null = null
let context: Promise<BrowserContext> | null = null

/** One context for every document (JavaScript off, nothing fetched), as the app's print session is one. */
async function printContext(): Promise<BrowserContext> {
  const made = await (await (browser ??= launchChromium())).newContext({ javaScriptEnabled: false })
  // As in the app's print window, nothing is fetched: the document must stand on its own.
  await made.route('**/*', (route) => route.abort())
  return made
}

/** Each document in a page of its own, closed after, as the app's window is. */
async function renderPdf(html: string, paperSize: PaperSize): Promise<Uint8Array> {
  const page = await (await (context ??= printContext())).newPage()
  try {
    await page.setContent(html, { waitUntil: 'load' })
    // As the app's host does (src/main/shell/fonts-loaded.ts): every font decoded before printing.
    const protocol = await page.context().newCDPSession(page)
    await protocol.send(FONTS_LOADED_COMMAND.method, FONTS_LOADED_COMMAND.params)
    await protocol.detach()
    // The document's own @page rule wins (preferCSSPageSize); the format is the fallback.
    // Chromium builds the outline from the tagged structure, so both are needed.
    return await page.pdf({ format: paperSize, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
  } finally {
    await page.close()
  }
}

async function close(): Promise<void> {
  const launched = browser
  browser = null
  context = null
  // A launch that failed has nothing to close (its error went to the request that asked).
  const running = await launched?.catch(() => null)
  await running?.close()
}

parentPort!.on('message', (request: Request) => {
  const work = 'close' in request ? close().then(() => null) : renderPdf(request.html, request.paperSize)
  work.then(
    (pdf) => {
      if (!pdf) return parentPort!.postMessage({ id: request.id })
      // A fresh buffer of its own, handed over rather than copied again.
      const own = new Uint8Array(pdf)
      parentPort!.postMessage({ id: request.id, pdf: own }, [own.buffer])
    },
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })
  )
})
