// One page of the built renderer over a real backend: the same wiring for the browser
// tests (through useApp) and the renderer benchmark. The page loads under the production
// CSP, runs the real preload over a binding to dispatch(), and records every problem.

import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { dispatch } from '../../../src/main/app/dispatch.ts'
import { watchForProblems } from './problems.ts'
import { APP_ORIGIN, serveRenderer } from './serve.ts'

export const PROJECT = fileURLToPath(new URL('../../..', import.meta.url))
export const RENDERER_DIR = join(PROJECT, 'out/renderer')
// The shell's default window size, so screenshots show what a person first sees.
export const VIEWPORT = { width: 1100, height: 760 }

export interface AppPage {
  page: Page
  context: BrowserContext
  problems: string[]
  /** Loads the app in the page. */
  open(): Promise<void>
}

/** `backend` is asked for on every call, so a test can swap it as a restart of the main process would. */
export async function openAppPage(browser: Browser, backend: () => SevenfoldBackend, preload: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', colorScheme: 'light' })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  const problems: string[] = []
  await watchForProblems(page, problems)
  await serveRenderer(context, RENDERER_DIR, (what) => problems.push(what))
  await page.exposeBinding('__sevenfoldInvoke', (_source, channel: unknown, payload: unknown) => dispatch(backend(), channel, payload))
  await page.addInitScript({ content: preload })
  return {
    page,
    context,
    problems,
    open: async () => {
      await page.goto(`${APP_ORIGIN}/index.html`)
    }
  }
}
