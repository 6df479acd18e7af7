import { describe, expect, test } from 'vitest'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { beginFirstRun, createJournal, expectThemeCounts, heading, isFocused, RECOVERY_CODE, see, seeAlert } from './support/screens.ts'

const TOO_SHORT = 'Use at least 10 characters; a few unrelated words together work well.'
const COMMON = 'password123456'
const COMMON_REASON = 'This is close to a common passphrase. Add a few more unrelated words.'

describe('first run', () => {
  const app = useApp()

  test('creating a journal shows the passphrase rule, then the recovery code once, then seven empty themes', async () => {
    const { page, backend, open, shot } = app()
    await open()
    // The welcome says what Sevenfold is and what stays private, and Begin takes focus.
    await see(heading(page, 'Welcome to Sevenfold'))
    const begin = page.getByRole('button', { name: 'Begin with my journal' })
    expect(await isFocused(begin)).toBe(true)
    expect(await page.getByRole('list').getByRole('listitem').allTextContents()).toEqual(THEMES.map((t) => t.title))
    await see(page.getByText(/the other cannot open it/))
    await see(page.getByText(/opens only when you are both there/))
    await shot('0-welcome')
    await begin.click()
    await see(heading(page, 'Create your journal'))
    // Back goes to the welcome, and Begin again to the form.
    await page.getByRole('button', { name: 'Back' }).click()
    await beginFirstRun(page)
    await shot('1-empty-form')

    await page.getByLabel('Your name').fill('Ana')
    await page.getByLabel('Passphrase', { exact: true }).fill('short')
    await see(page.getByText(TOO_SHORT))
    await page.getByLabel('Passphrase again').fill('short')
    await page.getByRole('button', { name: 'Create journal' }).click()
    await seeAlert(page, TOO_SHORT)
    await shot('2-weak-passphrase')
    expect((await backend.app.status()).profiles).toEqual([])

    // Long enough but common: the meter (loaded on the first keystroke) and the reason refuse it.
    const meter = page.getByRole('meter', { name: 'Passphrase strength' })
    await page.getByLabel('Passphrase', { exact: true }).fill(COMMON)
    await page.getByLabel('Passphrase again').fill(COMMON)
    await expect.poll(() => meter.getAttribute('aria-valuetext')).toBe('Too weak')
    await page.getByRole('button', { name: 'Create journal' }).click()
    await seeAlert(page, COMMON_REASON)
    expect(await page.getByLabel('Passphrase', { exact: true }).getAttribute('aria-describedby')).toBe(
      await page.getByRole('alert').filter({ hasText: COMMON_REASON }).getAttribute('id')
    )
    await shot('2b-common-passphrase')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2c-common-passphrase-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    expect((await backend.app.status()).profiles).toEqual([])

    await page.getByLabel('Passphrase', { exact: true }).fill(PASS_A)
    await see(page.getByText('That passphrase will do.'))
    await expect.poll(() => meter.getAttribute('aria-valuetext')).toBe('Strong')
    expect(await page.getByRole('alert').filter({ hasText: TOO_SHORT }).count()).toBe(0)
    await seeAlert(page, 'The two passphrases are not the same yet.')
    await page.getByLabel('Passphrase again').fill(`${PASS_A}!`)
    await see(page.getByText('The two passphrases are not the same yet.'))
    await shot('3-mismatch')

    const code = await createJournal(page, 'Ana', PASS_A)
    expect(code).toMatch(RECOVERY_CODE)
    await shot('4-recovery-code')

    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, "Add your partner's journal now?"))
    await shot('5-add-partner-question')
    await page.getByRole('button', { name: 'Not now' }).click()
    await see(heading(page, 'Hello, Ana'))
    await expectThemeCounts(page)
    expect(await page.getByText(code).count()).toBe(0)
    await shot('6-home')
  })

  test('works from the keyboard alone, from first run to unlocking again', async () => {
    const { page, open, shot } = app()
    await open()
    // Begin has focus on the welcome: Enter goes on to the form.
    await see(heading(page, 'Welcome to Sevenfold'))
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Begin with my journal' }))).toBe(true)
    await page.keyboard.press('Enter')
    const name = page.getByLabel('Your name')
    await see(name)
    await expect.poll(() => isFocused(name)).toBe(true)
    await page.keyboard.type('Ben')
    await page.keyboard.press('Tab')
    await page.keyboard.type(PASS_B)
    await page.keyboard.press('Tab')
    await page.keyboard.type(PASS_B)
    await page.keyboard.press('Enter')

    await see(heading(page, 'Your recovery code'))
    await page.keyboard.press('Tab')
    const writtenDown = page.getByRole('button', { name: 'I have written it down' })
    expect(await isFocused(writtenDown)).toBe(true)
    await shot('1-recovery-focus')
    await page.keyboard.press('Enter')

    await see(heading(page, "Add your partner's journal now?"))
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: 'Not now' }))).toBe(true)
    await page.keyboard.press('Enter')

    await see(heading(page, 'Hello, Ben'))
    await page.keyboard.press('Shift+Tab')
    expect(await isFocused(page.getByRole('button', { name: 'Lock', exact: true }))).toBe(true)
    await shot('2-home-lock-focus')
    await page.keyboard.press('Enter')

    await see(heading(page, 'Welcome back'))
    await expect.poll(() => isFocused(page.getByLabel('Passphrase for Ben'))).toBe(true)
    await page.keyboard.type(PASS_B)
    await page.keyboard.press('Enter')
    await see(heading(page, 'Hello, Ben'))
  })
})
