// Screenshots of a screen in light and dark under test-results/screens/, with axe's serious
// findings in each collected for the test to assert on.

import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { seriousAccessibilityProblems } from './axe.ts'
import { VIEWPORT } from './page.ts'

const SCREENS_DIR = fileURLToPath(new URL('../../../test-results/screens/', import.meta.url))

/**
 * A full-page screenshot paints the top bar (which stays in view) where the page was scrolled
 * to, over the middle of the screen: it is taken from the top. Scrolling moves no focus.
 */
export async function fromTheTop(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)')
}

/** Saves the screen in light and dark, and adds axe's serious findings in each to `findings`. */
export async function visit(page: Page, name: string, findings: string[]): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true })
  await fromTheTop(page)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.waitForTimeout(50)
    await page.screenshot({ path: `${SCREENS_DIR}${name}-${colorScheme}.png`, fullPage: true })
    for (const problem of await seriousAccessibilityProblems(page)) findings.push(`${name} (${colorScheme}): ${problem}`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

/** The window sizes every new screen is looked at in: small, common and large. */
export const SIZES = [
  { width: 800, height: 600 },
  { width: 1100, height: 760 },
  { width: 1600, height: 1000 }
] as const

/** `visit` at each of SIZES (saved as <name>-<width>x<height>-<scheme>.png), then back to the usual window. */
export async function visitEverySize(page: Page, name: string, findings: string[]): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await visit(page, `${name}-${size.width}x${size.height}`, findings)
  }
  await page.setViewportSize(VIEWPORT)
}
