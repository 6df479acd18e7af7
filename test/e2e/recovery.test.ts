import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { expectOnlyNewPassphraseOpens, heading, isFocused, see, seeAlert } from './support/screens.ts'

const NEW_PASS = 'copper meadow ferry at noon'
const TYPO = 'That recovery code has a typo. Check each group against your printed recovery kit and try again.'

/** The same code with one character changed: its checksum no longer agrees. */
function withTypo(code: string): string {
  const at = 5
  const swapped = code[at] === 'Q' ? 'R' : 'Q'
  return `${code.slice(0, at)}${swapped}${code.slice(at + 1)}`
}

function recoveryField(page: Page, name: string) {
  return page.getByRole('textbox', { name: `Recovery code for ${name}`, exact: true })
}

describe('recovery on the lock screen', () => {
  const app = useApp()

  test('a forgotten passphrase: a typo is explained under the code, the right code sets a new passphrase and opens the journal', async () => {
    const { page, backend, open, shot } = app()
    const { profileId: ana, recoveryCode } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: 'Still here after recovery', body: paragraphDoc('kept'), date: '2026-11-20' })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.session.lock()
    await open()
    await see(heading(page, 'Welcome back'))
    await shot('1-lock-screen-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2-lock-screen-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByRole('button', { name: 'Forgot? Use your recovery code for Ana' }).click()
    const code = recoveryField(page, 'Ana')
    await see(code)
    await expect.poll(() => isFocused(code)).toBe(true)
    // Ben's card is untouched.
    await see(page.getByLabel('Passphrase for Ben'))
    await shot('3-recovery-form-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('4-recovery-form-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await code.fill(withTypo(recoveryCode))
    await page.getByLabel('New passphrase for Ana', { exact: true }).fill('short')
    await see(page.getByText('Use at least 10 characters; a few unrelated words together work well.'))
    await page.getByLabel('New passphrase for Ana', { exact: true }).fill(NEW_PASS)
    await page.getByLabel('New passphrase again for Ana').fill(NEW_PASS)
    await page.getByRole('button', { name: "Open with recovery code Ana's journal" }).click()
    await seeAlert(page, TYPO)
    // The message belongs to the code field: it describes it, and focus is back there.
    const describedBy = (await code.getAttribute('aria-describedby')) ?? ''
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(TYPO)
    await expect.poll(() => isFocused(code)).toBe(true)
    await shot('5-typo')
    expect((await backend.app.status()).unlockedProfileId).toBeNull()

    // Lower case and spaces instead of dashes are fine.
    await code.fill(recoveryCode.toLowerCase().replaceAll('-', ' '))
    await page.getByRole('button', { name: "Open with recovery code Ana's journal" }).click()
    // The journal was re-keyed: a new code takes the used one's place, shown once.
    await see(heading(page, 'Your new recovery code'))
    await see(page.getByText('It takes the place of the code you used, which no longer opens anything.', { exact: false }))
    const fresh = ((await page.getByTestId('recovery-code').textContent()) ?? '').trim()
    expect(fresh).toMatch(/^([0-9A-Z]{4}-?){9}$/)
    expect(fresh.replaceAll('-', '')).not.toBe(recoveryCode.replaceAll('-', ''))
    await shot('6-new-code')
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, 'Hello, Ana'))
    expect((await backend.app.status()).unlockedProfileId).toBe(ana)
    expect((await backend.reflections.list()).map((r) => r.title)).toEqual(['Still here after recovery'])

    await expectOnlyNewPassphraseOpens(page, backend, 'Ana', PASS_A, NEW_PASS)
  })

  test('"Back" returns to the passphrase, from the keyboard alone', async () => {
    const { page, backend, open } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()
    await open()
    const passphrase = page.getByLabel('Passphrase for Ana')
    await expect.poll(() => isFocused(passphrase)).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: 'Forgot? Use your recovery code for Ana' }))).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(recoveryField(page, 'Ana'))).toBe(true)
    await page.getByRole('button', { name: "Back to Ana's passphrase" }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(page.getByLabel('Passphrase for Ana'))).toBe(true)
    await page.keyboard.type(PASS_A)
    await page.keyboard.press('Enter')
    await see(heading(page, 'Hello, Ana'))
  })
})
