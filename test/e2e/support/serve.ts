// Serves the built renderer to the page from disk, with no server port: every request is
// answered by Playwright's router. Anything not for our made-up origin is refused and
// recorded, since the app must never reach the network.

import { readFile } from 'node:fs/promises'
import { extname, relative, resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'

export const APP_ORIGIN = 'http://sevenfold.test'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

export async function serveRenderer(context: BrowserContext, rootDir: string, onUnexpected: (what: string) => void): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== APP_ORIGIN) {
      onUnexpected(`request outside the app: ${url.href}`)
      return route.abort('blockedbyclient')
    }
    const file = resolve(rootDir, `.${decodeURIComponent(url.pathname)}`)
    const inside = relative(rootDir, file)
    const contentType = CONTENT_TYPES[extname(file)]
    if (inside.startsWith('..') || !contentType) return route.fulfill({ status: 404, body: 'Not found' })
    try {
      return await route.fulfill({ status: 200, contentType, body: await readFile(file) })
    } catch {
      onUnexpected(`missing file: ${url.pathname}`)
      return route.fulfill({ status: 404, body: 'Not found' })
    }
  })
}
