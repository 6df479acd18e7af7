// What Settings says about spelling (issue 15, item 7): Sevenfold downloads no dictionary, so it
// names the spell checker this computer gives, or says there is none and why.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PASS_A } from '../support/backend.ts'
import { SPELLING_NOTES } from '../../src/shared/spelling.ts'
import { useApp } from './support/app.ts'
import { heading, see } from './support/screens.ts'
import { visit } from './support/visit.ts'

/** Chromium's navigator.platform, as the app would see it on another system. */
const reportPlatform = (page: Page, platform: string) =>
  page.addInitScript({ content: `Object.defineProperty(Navigator.prototype, 'platform', { get: () => ${JSON.stringify(platform)} })` })

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  await see(heading(page, 'Settings'))
}

const spellingLine = (page: Page) => page.getByRole('region', { name: 'Spelling' }).locator('p')

describe('spelling', () => {
  const app = useApp()

  test('Settings says that this Linux computer checks no spelling, and why', async () => {
    const { page, backend, open } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await open()
    await see(heading(page, 'Hello, Ana'))
    await openSettings(page)
    // The Chromium running these tests reports this machine's platform: Linux.
    expect(await page.evaluate('navigator.platform')).toMatch(/^Linux/)
    await spellingLine(page).scrollIntoViewIfNeeded()
    expect(await spellingLine(page).textContent()).toBe(SPELLING_NOTES.none)
    const findings: string[] = []
    await visit(page, 'settings-spelling-linux', findings)
    expect(findings).toEqual([])
  })

  test.each([
    ['MacIntel', SPELLING_NOTES.macos, 'mac'],
    ['Win32', SPELLING_NOTES.windows, 'windows']
  ])('Settings says the system checks spelling where it can (%s)', async (platform, note, name) => {
    const { page, backend, open } = app()
    await reportPlatform(page, platform)
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await open()
    await see(heading(page, 'Hello, Ana'))
    await openSettings(page)
    expect(await spellingLine(page).textContent()).toBe(note)
    const findings: string[] = []
    await visit(page, `settings-spelling-${name}`, findings)
    expect(findings).toEqual([])
  })
})
