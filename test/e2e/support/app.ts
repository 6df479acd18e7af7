// The harness each browser test uses: one Chromium per test file; per test, a fresh data
// folder with a real backend (real Argon2, real SQLite) and a test Host (file dialogs that
// answer what the test set, PDFs from Chromium, printing recorded), a fresh browser context
// whose page loads the built renderer under its production CSP, with the real preload over a binding.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { createTestHost, type TestHost } from '../../support/chromium-host.ts'
import { launchChromium } from './chromium.ts'
import { openAppPage, PROJECT, RENDERER_DIR } from './page.ts'
import { fromTheTop } from './visit.ts'
import { bundleTestPreload } from './preload-bundle.ts'

const SCREENSHOT_DIR = join(PROJECT, 'test-results/e2e')

export interface AppUnderTest {
  page: Page
  /** The same backend the page talks to, for arranging data a test needs. */
  backend: SevenfoldBackend
  /** The backend's host: set what its dialogs answer (saveAs, openFile, folder), read what was printed. */
  host: TestHost
  /** The backend's data folder (to open it again after a restore). */
  dataDir: string
  /** Loads the app in the page. */
  open(): Promise<void>
  /**
   * Points the page at another backend over the same data folder, as a restart of the main
   * process would (after a restore, say); `backend` becomes it. The old one is closed at the end.
   */
  useBackend(next: SevenfoldBackend): void
  /** Saves test-results/e2e/<test-name>-<step>.png. */
  shot(step: string): Promise<void>
  /** What the page has reported so far (see problems.ts); the test fails if any is left at its end. */
  problems: string[]
}

interface Running extends AppUnderTest {
  context: BrowserContext
  backends: SevenfoldBackend[]
}

// Test names are sentences; their first words are enough to tell the files apart.
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-[^-]*$/, '')
}

export function useApp(): () => AppUnderTest {
  let browser: Browser | undefined
  let preload = ''
  let running: Running | undefined

  let setupFailure: unknown

  beforeAll(async () => {
    try {
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
        throw new Error('out/renderer/index.html is missing: run `npm run test:e2e`, which builds the app first.')
      }
      ;[browser, preload] = await Promise.all([launchChromium(), bundleTestPreload()])
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
    } catch (error) {
      // Rethrown by every test, so each one fails (a failing beforeAll only marks them skipped).
      setupFailure = error
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  beforeEach(async ({ task }) => {
    if (setupFailure) throw setupFailure
    const dataDir = mkdtempSync(join(tmpdir(), 'sevenfold-e2e-'))
    // The files a test has the dialogs choose live beside the data folder, not in it.
    const host = createTestHost({ dir: mkdtempSync(join(tmpdir(), 'sevenfold-e2e-files-')) })
    const backend = await createBackend({ dataDir, kdfTargetMs: 0, host })
    const { page, context, problems, open } = await openAppPage(browser!, () => running!.backend, preload)
    const name = slug(task.name)
    running = {
      page,
      backend,
      backends: [backend],
      host,
      context,
      dataDir,
      problems,
      open,
      useBackend: (next) => {
        running!.backend = next
        running!.backends.push(next)
      },
      shot: async (step) => {
        await fromTheTop(page)
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${step}.png`), fullPage: true })
      }
    }
  })

  afterEach(async () => {
    const done = running
    running = undefined
    if (!done) return
    try {
      await done.context.close()
    } finally {
      await done.host.close()
      for (const backend of done.backends) backend.close()
      rmSync(done.dataDir, { recursive: true, force: true })
      rmSync(done.host.dir, { recursive: true, force: true })
    }
    expect(done.problems, 'the page reported problems').toEqual([])
  })

  return () => {
    if (!running) throw new Error('useApp(): the app is only available inside a test')
    return running
  }
}
