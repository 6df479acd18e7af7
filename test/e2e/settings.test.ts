import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { visit } from './support/visit.ts'
import { createJournal, expectOnlyNewPassphraseOpens, heading, lock, see, seeAlert, unlock, WRONG_PASSPHRASE } from './support/screens.ts'

const NEW_PASS = 'willow kettle harbour lantern'
const MINUTES_RULE = 'Choose a whole number of minutes from 1 to 60.'

/** Relative luminance (0 black … 1 white) of the page's own background, as the browser paints it. */
async function pageLuminance(page: Page): Promise<number> {
  // As strings: these run in the page, and the test's own TypeScript has no DOM types.
  const colour = String(await page.evaluate('getComputedStyle(document.documentElement).backgroundColor'))
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => Number(c) / 255)
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!)
}

const pixels = async (page: Page, selector: string): Promise<number> =>
  Number.parseFloat(String(await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize`)))

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  await see(heading(page, 'Settings'))
}

async function seeSaved(page: Page): Promise<void> {
  await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
}

describe('settings', () => {
  const app = useApp()

  test('appearance and text size apply at once, are kept per journal, and the lock screen wears the appearance chosen last (issue 16, item 5)', async () => {
    const { page, backend, open, shot } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await open()
    await see(heading(page, 'Hello, Ana'))
    await openSettings(page)
    expect(await page.getByRole('radio', { name: /Same as this computer/ }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: 'Medium' }).isChecked()).toBe(true)
    expect(await pageLuminance(page)).toBeGreaterThan(0.7)
    await shot('1-light')

    await page.getByRole('radio', { name: 'Dark' }).check()
    await seeSaved(page)
    await expect.poll(() => pageLuminance(page)).toBeLessThan(0.05)
    expect((await backend.settings.get()).appearance).toBe('dark')

    const base = await pixels(page, 'html')
    const lead = await pixels(page, '.settings .lead')
    await page.getByRole('radio', { name: 'Large', exact: true }).check()
    await seeSaved(page)
    await expect.poll(() => pixels(page, 'html')).toBeGreaterThan(base)
    expect(await pixels(page, '.settings .lead')).toBeGreaterThan(lead)
    expect(await backend.settings.get()).toEqual({ appearance: 'dark', textSize: 'large', autoLockMinutes: 5 })
    await shot('2-dark-large')

    // Locked, on a light system: still dark, as Ana chose, and the text size back to the usual.
    await lock(page)
    expect(await pageLuminance(page)).toBeLessThan(0.05)
    expect(await pixels(page, 'html')).toBe(base)
    await shot('3-lock-screen-dark-as-chosen')
    // A new start (the window opened again) wears it from the first screen too.
    await page.reload()
    await see(heading(page, 'Welcome back'))
    expect(await pageLuminance(page)).toBeLessThan(0.05)
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await pageLuminance(page)).toBeLessThan(0.05)
    await shot('4-lock-screen-system-dark')

    // Light pinned by the journal wins over a dark system, and only while it is open.
    await unlock(page, 'Ana', PASS_A)
    await see(heading(page, 'Hello, Ana'))
    expect(await pageLuminance(page)).toBeLessThan(0.05)
    expect(await pixels(page, 'html')).toBeGreaterThan(base)
    await openSettings(page)
    await page.getByRole('radio', { name: 'Light' }).check()
    await seeSaved(page)
    await expect.poll(() => pageLuminance(page)).toBeGreaterThan(0.7)
    await shot('5-light-on-dark-system')
    // Light chosen last: the lock screen is light too, on a dark system.
    await lock(page)
    expect(await pageLuminance(page)).toBeGreaterThan(0.7)
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
  })

  test('auto-lock minutes are checked as they are typed and saved when valid', async () => {
    const { page, backend, open, shot } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await open()
    await see(heading(page, 'Hello, Ana'))
    await openSettings(page)
    const minutes = page.getByLabel('Lock after this many idle minutes')
    expect(await minutes.inputValue()).toBe('5')

    await minutes.fill('90')
    await see(page.getByText(MINUTES_RULE))
    await minutes.press('Tab')
    await seeAlert(page, MINUTES_RULE)
    await shot('1-minutes-invalid')
    expect((await backend.settings.get()).autoLockMinutes).toBe(5)

    await minutes.fill('12')
    await seeSaved(page)
    expect(await page.getByRole('alert').filter({ hasText: MINUTES_RULE }).count()).toBe(0)
    expect((await backend.settings.get()).autoLockMinutes).toBe(12)
  })

  test('changing the passphrase: the rule as they type, a wrong current one refused, then only the new one opens', async () => {
    const { page, backend, open, shot } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await open()
    await see(heading(page, 'Hello, Ana'))
    await openSettings(page)
    const form = page.getByRole('form', { name: 'Change passphrase' })

    await form.getByLabel('Current passphrase').fill(PASS_B)
    await form.getByLabel('New passphrase', { exact: true }).fill('short')
    await see(form.getByText('Use at least 10 characters; a few unrelated words together work well.'))
    await form.getByLabel('New passphrase', { exact: true }).fill('qwertyuiop1')
    await see(form.getByText('This is close to a common passphrase. Add a few more unrelated words.'))
    const meter = form.getByRole('meter', { name: 'Passphrase strength' })
    expect(await meter.getAttribute('aria-valuetext')).toBe('Too weak')
    await form.getByLabel('New passphrase', { exact: true }).fill(NEW_PASS)
    await see(form.getByText('That passphrase will do.'))
    expect(await meter.getAttribute('aria-valuetext')).toBe('Strong')
    await shot('0-strength-meter')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('0-strength-meter-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await form.getByLabel('New passphrase again').fill(NEW_PASS)
    await form.getByRole('button', { name: 'Change passphrase' }).click()
    await seeAlert(page, WRONG_PASSPHRASE)
    await shot('1-wrong-current')

    await form.getByLabel('Current passphrase').fill(PASS_A)
    await form.getByRole('button', { name: 'Change passphrase' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Your passphrase has been changed.' }))
    await shot('2-changed')

    await expectOnlyNewPassphraseOpens(page, backend, 'Ana', PASS_A, NEW_PASS)
  })

  test('re-keying with the change of passphrase: progress, a new recovery code, and the older backups dealt with', async () => {
    const { page, backend, open, shot, host } = app()
    const { recoveryCode: oldCode } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (let i = 0; i < 1500; i++) await backend.reflections.create({ themeId: 'trust', title: `Day ${i}`, body: paragraphDoc(`words ${i}`) })
    await backend.autoBackup()
    await open()
    await see(heading(page, 'Hello, Ana'))
    await openSettings(page)
    const form = page.getByRole('form', { name: 'Change passphrase' })
    await form.getByLabel('Current passphrase').fill(PASS_A)
    await form.getByLabel('New passphrase', { exact: true }).fill(NEW_PASS)
    await form.getByLabel('New passphrase again').fill(NEW_PASS)
    await form.getByLabel('Someone may know my old passphrase: re-key my journal').check()
    await form.evaluate((element) => element.scrollIntoView())
    await shot('3-rekey-ticked')
    await form.getByRole('button', { name: 'Change passphrase and re-key' }).click()
    await see(page.getByRole('status').filter({ hasText: /Encrypting your journal again/ }))
    await shot('4-rekey-progress')

    await see(heading(page, 'Your journal is re-keyed'))
    const code = ((await page.getByTestId('new-recovery-code').textContent()) ?? '').trim()
    expect(code.replaceAll('-', '')).not.toBe(oldCode.replaceAll('-', ''))
    await see(page.getByText('Backups made before today still open with your old passphrase', { exact: false }))
    const findings: string[] = []
    await visit(page, 'settings-rekeyed', findings)
    const rekeyed = page.getByRole('region', { name: 'Your journal is re-keyed' })
    host.saveAs = join(host.dir, 'after the re-key.sevenfold-backup')
    await rekeyed.getByRole('button', { name: 'Back up now' }).click()
    await see(rekeyed.getByRole('status').filter({ hasText: 'Saved as after the re-key.sevenfold-backup.' }))
    await rekeyed.getByRole('button', { name: 'Delete the older automatic backups…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete the older automatic backups?' })
    await see(dialog.getByText('your partner’s older copies go too', { exact: false }))
    await dialog.getByRole('button', { name: 'Delete them' }).click()
    await see(rekeyed.getByRole('status').filter({ hasText: 'Deleted one older backup, and made a new automatic backup' }))
    expect((await backend.backup.status()).automaticCount).toBe(1)
    await rekeyed.getByRole('button', { name: 'I have written down the new code' }).click()
    await see(form.getByLabel('Current passphrase'))
    expect(findings).toEqual([])

    await expectOnlyNewPassphraseOpens(page, backend, 'Ana', PASS_A, NEW_PASS)
    expect((await backend.reflections.list()).length).toBe(1500)
  })

  test('first run offers the partner a journal, says whose is open, and "Not now" goes home', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await createJournal(page, 'Ana', PASS_A)
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, "Add your partner's journal now?"))
    await shot('1-add-partner-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2-add-partner-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByRole('button', { name: "Add my partner's journal" }).click()
    await see(heading(page, 'Create your journal'))
    await page.getByRole('button', { name: 'Back' }).click()
    await see(heading(page, "Add your partner's journal now?"))
    await page.getByRole('button', { name: "Add my partner's journal" }).click()
    await createJournal(page, 'Ben', PASS_B)
    await see(page.getByText("For Ben's journal"))
    await see(page.getByText("Ben's journal is the one open now. Ana's is locked until Ana unlocks it."))
    await shot('3-partner-recovery-code')
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, 'Hello, Ben'))
    const status = await backend.app.status()
    expect(status.profiles.map((p) => p.displayName)).toEqual(['Ana', 'Ben'])
    expect(status.unlockedProfileId).toBe(status.profiles[1]!.id)
  })

  test('"Not now" after first run opens the first partner’s home', async () => {
    const { page, open } = app()
    await open()
    await createJournal(page, 'Ana', PASS_A)
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await page.getByRole('button', { name: 'Not now' }).click()
    await see(heading(page, 'Hello, Ana'))
  })
})
