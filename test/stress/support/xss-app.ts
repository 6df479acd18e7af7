// The XSS corpus in the app's own page: the trap set before the app loads, each payload's step
// judged on its own (did anything run, did the page report a problem, did executable markup
// appear), and the ways to the screens that show user text.

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { themeById, type ThemeId } from '../../../src/shared/themes.ts'
import type { AppUnderTest } from '../../e2e/support/app.ts'
import { heading, see } from '../../e2e/support/screens.ts'
import { dispatch } from '../../../src/main/app/dispatch.ts'
import { RENDERER_DIR, VIEWPORT } from '../../e2e/support/page.ts'
import { bundleTestPreload } from '../../e2e/support/preload-bundle.ts'
import { watchForProblems } from '../../e2e/support/problems.ts'
import { APP_ORIGIN, serveRenderer } from '../../e2e/support/serve.ts'
import { PASS_A } from '../../support/backend.ts'
import { executableMarkupIn, type MarkupFinding, settle, setTrap, type Trap } from './xss-trap.ts'

export interface Judge {
  trap: Trap
  /**
   * Runs one payload's step and says whether it passed: nothing ran or was reported, and no
   * executable markup under `scope` appeared (see executableMarkupIn for `strict`). Failures are kept, with the payload's id, for the message.
   */
  step(id: string, scope: string, act: () => Promise<void>, strict?: boolean): Promise<boolean>
  failures: string[]
}

/** Sets the trap on the app's page (before `open()`); the harness's problem list is watched too. */
export async function judgeFor(app: AppUnderTest): Promise<Judge> {
  const { page, problems } = app
  const trap = await setTrap(page, (url) => url.startsWith(`${APP_ORIGIN}/`))
  const failures: string[] = []
  const seen = new Set<string>()
  return {
    trap,
    failures,
    step: async (id, scope, act, strict = false) => {
      const before = { ran: trap.ran.length, others: trap.others.length, problems: problems.length }
      await act()
      await settle(page)
      const markup = ((await page.evaluate(executableMarkupIn(scope, strict))) as MarkupFinding[]).map((m) => `markup ${m.where}: ${m.what}`)
      const news = [
        ...trap.ran.slice(before.ran).map((r) => `ran ${r}`),
        ...trap.others.slice(before.others),
        ...problems.slice(before.problems),
        ...markup.filter((m) => !seen.has(m))
      ]
      for (const m of markup) seen.add(m)
      if (news.length === 0) return true
      failures.push(`${id}: ${news.join(' | ').slice(0, 400)}`)
      return false
    }
  }
}

/** Ana's journal, made through the backend and left open, so the page opens on her home. */
export async function openAnasJournal(app: AppUnderTest, arrange: (backend: SevenfoldBackend) => Promise<void> = async () => undefined): Promise<void> {
  await app.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  await arrange(app.backend)
  await app.open()
  await see(heading(app.page, 'Hello, Ana'))
}

export async function openTheme(page: Page, themeId: ThemeId): Promise<void> {
  await page.getByRole('button', { name: themeById(themeId).title, exact: true }).click()
  await see(heading(page, themeById(themeId).title))
}

/**
 * Every row of a theme's (virtualised) list: the page scrolls a screen at a time and each
 * screen's rows are judged as they appear. Returns each row's title text by its position.
 */
export async function walkThemeList(page: Page, judge: Judge, expected: number): Promise<string[]> {
  const titles = new Map<number, string>()
  for (let round = 0; round < expected + 20 && titles.size < expected; round++) {
    await judge.step(`theme list, screen ${round + 1}`, 'main', async () => undefined)
    const rows = (await page.evaluate(
      `[...document.querySelectorAll('[data-index]')].map((row) => [Number(row.getAttribute('data-index')), row.querySelector('.reflection-row__title')?.textContent ?? ''])`
    )) as Array<[number, string]>
    for (const [index, title] of rows) titles.set(index, title)
    await page.evaluate('window.scrollBy(0, window.innerHeight * 0.8)')
    await page.waitForTimeout(60)
  }
  expect(titles.size, 'rows seen in the theme list').toBe(expected)
  return [...titles.values()]
}

/** A row of a theme's (virtualised) list, scrolled to from the top until it is drawn. */
export async function rowButton(page: Page, name: RegExp): Promise<Locator> {
  const row = page.getByRole('button', { name })
  await page.evaluate('window.scrollTo(0, 0)')
  for (let screen = 0; screen < 200 && (await row.count()) === 0; screen++) {
    await page.evaluate('window.scrollBy(0, window.innerHeight * 0.8)')
    await page.waitForTimeout(60)
  }
  return row
}

/** A synthetic paste into the editor, as the system clipboard would deliver it. */
export async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    const given = ${JSON.stringify(data)}
    if (given.html !== undefined) data.setData('text/html', given.html)
    if (given.text !== undefined) data.setData('text/plain', given.text)
    document.querySelector('#reflection-body').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })()`)
}

/**
 * The app over the same backend in a context of its own with the Content-Security-Policy
 * switched off (Playwright's bypassCSP), wired as openAppPage wires it, the trap set. With the
 * policy gone, anything the renderer let through would really run, so this judges the renderer's
 * own defence; the caller closes the context.
 */
export async function openWithoutCsp(
  browser: Browser,
  backend: SevenfoldBackend
): Promise<{ page: Page; context: BrowserContext; trap: Trap; problems: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', bypassCSP: true })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  const problems: string[] = []
  await watchForProblems(page, problems)
  await serveRenderer(context, RENDERER_DIR, (what) => problems.push(what))
  await page.exposeBinding('__sevenfoldInvoke', (_source, channel: unknown, payload: unknown) => dispatch(backend, channel, payload))
  await page.addInitScript({ content: await bundleTestPreload() })
  const trap = await setTrap(page, (url) => url.startsWith(`${APP_ORIGIN}/`))
  await page.goto(`${APP_ORIGIN}/index.html`)
  return { page, context, trap, problems }
}
