// Serves the built renderer to the page from disk, with no server port: every request is
// answered by Playwright's router. Anything not for our made-up origin is refused and
// recorded, since the app must never reach the network. The files are answered by the app's
// own app:// handler (src/main/shell/renderer-files.ts), so the browser tests load the module
// chunks, style sheets and fonts with exactly the types and guard the app serves them with.

import { extname } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { RENDERER_ORIGIN, RENDERER_TYPES, rendererResponder } from '../../../src/main/shell/renderer-files.ts'

export const APP_ORIGIN = 'http://sevenfold.test'

export async function serveRenderer(context: BrowserContext, rootDir: string, onUnexpected: (what: string) => void): Promise<void> {
  const respond = rendererResponder(rootDir)
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== APP_ORIGIN) {
      onUnexpected(`request outside the app: ${url.href}`)
      return route.abort('blockedbyclient')
    }
    const response = await respond(new Request(`${RENDERER_ORIGIN}${url.pathname}`))
    // A kind of file the app serves that it did not find is the app's mistake (Chromium asks for others, a favicon, by itself).
    if (response.status !== 200 && RENDERER_TYPES[extname(url.pathname)]) onUnexpected(`not served: ${url.pathname} (${response.status})`)
    return route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) })
  })
}
