// What a person does and sees, in the words the screens use: labels, roles and text.
// playwright-core has no auto-waiting `expect`, so checks wait with locator.waitFor or
// vitest's expect.poll.

import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { THEMES, type ThemeId } from '../../../src/shared/themes.ts'

export const WRONG_PASSPHRASE = 'That passphrase does not open this journal. Check it and try again.'

export const RECOVERY_CODE = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/

export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, exact: true })
}

export async function see(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' })
}

export async function seeAlert(page: Page, text: string | RegExp): Promise<void> {
  await see(page.getByRole('alert').filter({ hasText: text }))
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.matches(':focus'))
}

/** First run's welcome, then its "Begin": the form for the first journal. */
export async function beginFirstRun(page: Page): Promise<void> {
  await see(heading(page, 'Welcome to Sevenfold'))
  await page.getByRole('button', { name: 'Begin with my journal' }).click()
  await see(heading(page, 'Create your journal'))
}

/**
 * Fills the first-run (or add-partner) form and submits it; returns the recovery code shown.
 * At first run it goes past the welcome first.
 */
export async function createJournal(page: Page, displayName: string, passphrase: string): Promise<string> {
  const welcome = heading(page, 'Welcome to Sevenfold')
  await see(welcome.or(page.getByLabel('Your name')))
  if (await welcome.isVisible()) await beginFirstRun(page)
  await page.getByLabel('Your name').fill(displayName)
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByLabel('Passphrase again').fill(passphrase)
  await page.getByRole('button', { name: 'Create journal' }).click()
  await see(heading(page, 'Your recovery code'))
  return ((await page.getByTestId('recovery-code').textContent()) ?? '').trim()
}

/** After first run's recovery code: "I have written it down", then "Not now" to the partner question. */
export async function finishFirstRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'I have written it down' }).click()
  await page.getByRole('button', { name: 'Not now' }).click()
}

/** First run for one partner, up to their home. */
export async function startJournal(page: Page, displayName: string, passphrase: string): Promise<void> {
  await createJournal(page, displayName, passphrase)
  await finishFirstRun(page)
  await see(heading(page, `Hello, ${displayName}`))
}

/** A new journal, then the editor for a new reflection in `themeId`. */
export async function openNewReflection(page: Page, displayName: string, passphrase: string, themeId: ThemeId): Promise<void> {
  await startJournal(page, displayName, passphrase)
  const theme = THEMES.find((t) => t.id === themeId)!
  await page.getByRole('button', { name: `New reflection in ${theme.title}` }).click()
  await see(page.getByRole('main', { name: 'Editor' }))
}

/** Home's "Your seven themes" (other sections, like "On this day", hold lists too). */
function themesSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Your seven themes' })
}

export function themeCard(page: Page, themeId: ThemeId): Locator {
  const theme = THEMES.find((t) => t.id === themeId)!
  return themesSection(page)
    .getByRole('listitem')
    .filter({ has: heading(page, theme.title) })
}

/** Home shows all seven themes, each with the given count (0 where not listed). */
export async function expectThemeCounts(page: Page, counts: Partial<Record<ThemeId, number>> = {}): Promise<void> {
  await see(themeCard(page, THEMES[0]!.id))
  expect(await themesSection(page).getByRole('list').getByRole('listitem').count()).toBe(7)
  for (const theme of THEMES) {
    const count = counts[theme.id] ?? 0
    const card = themeCard(page, theme.id)
    const text = (await card.textContent()) ?? ''
    expect(text, theme.title).toContain(count === 1 ? '1 reflection' : `${count.toLocaleString('en-GB')} reflections`)
    expect(text, theme.title).toMatch(count === 0 ? /Nothing written yet/ : /Last written \d{1,2} \w+ \d{4}/)
  }
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click()
  await see(heading(page, 'Welcome back'))
}

export async function unlock(page: Page, displayName: string, passphrase: string): Promise<void> {
  await page.getByLabel(`Passphrase for ${displayName}`).fill(passphrase)
  await page.getByRole('button', { name: `Unlock ${displayName}'s journal` }).click()
}

/** Locks, sees the old passphrase refused (the journal stays locked), then opens with the new one. */
export async function expectOnlyNewPassphraseOpens(page: Page, backend: SevenfoldBackend, name: string, oldPass: string, newPass: string): Promise<void> {
  await lock(page)
  await unlock(page, name, oldPass)
  await seeAlert(page, WRONG_PASSPHRASE)
  expect((await backend.app.status()).unlockedProfileId).toBeNull()
  await unlock(page, name, newPass)
  await see(heading(page, `Hello, ${name}`))
}

/** document.documentElement.outerHTML: everything the page holds, hidden or not. */
export async function pageHtml(page: Page): Promise<string> {
  return page.locator('html').evaluate((element) => element.outerHTML)
}
