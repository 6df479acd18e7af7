// Screenshots of a screen in light and dark under test-results/screens/, with axe's serious
// findings in each collected for the test to assert on.

import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { seriousAccessibilityProblems } from './axe.ts'

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
