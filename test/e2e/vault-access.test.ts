import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, pageHtml, RECOVERY_CODE, see } from './support/screens.ts'
import {
  ANA,
  arrangeTwoJournals,
  arrangeVault,
  BEN,
  closeVault,
  createVaultTogether,
  enterVault,
  givePart,
  openVaultTogether,
  progress,
  seeVaultLocked,
  seeVaultOpen
} from './support/vault.ts'
import { visit } from './support/visit.ts'

const NEW_PART_A = 'copper kettle singing at dawn'
const NEW_PART_B = 'winter swallows over the bay'

/** The one error on the page, which must not say whose part (or half) was wrong. */
async function theOneError(page: Page): Promise<string> {
  const alerts = page.getByRole('alert')
  await see(alerts.first())
  expect(await alerts.count()).toBe(1)
  const text = (await alerts.textContent()) ?? ''
  expect(text).not.toMatch(new RegExp(`${ANA}|${BEN}|part a|part b|first|second`, 'i'))
  return text
}

/** Whether the first element with exactly this text would be drawn (under the media emulated now). */
async function isDrawn(page: Page, text: string): Promise<boolean> {
  return page
    .getByText(text, { exact: true })
    .first()
    .evaluate((element) => {
      const style = element.ownerDocument.defaultView!.getComputedStyle(element)
      return style.visibility === 'visible' && style.display !== 'none'
    })
}

// Counts print requests instead of opening the system's dialog.
const COUNT_PRINTS = 'window.printed = 0; window.print = () => { window.printed += 1 }'

describe('reaching the vault', () => {
  const app = useApp()

  test('with one journal, the vault explains it needs both and goes back to the journal', async () => {
    const { page, backend, open } = app()
    await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await enterVault(page)
    const title = heading(page, 'The vault needs both of you')
    await see(title)
    expect(await isFocused(title)).toBe(true)
    const findings: string[] = []
    await visit(page, 'vault-01-needs-both-journals', findings)
    expect(findings).toEqual([])
    await page.getByRole('button', { name: 'Back to your journal' }).click()
    await see(heading(page, `Hello, ${ANA}`))
  })

  test('created together from the lock screen: each part typed unseen, each half shown once, then open', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await open()
    await see(heading(page, 'Welcome back'))
    await page.getByRole('button', { name: 'Open our vault together' }).click()
    const findings: string[] = []
    await page.evaluate(COUNT_PRINTS)

    const halves = await createVaultTogether(page, async (step) => {
      const html = await pageHtml(page)
      if (step === 'intro') {
        expect(await isFocused(heading(page, 'Create your vault together'))).toBe(true)
        await visit(page, 'vault-02-create-intro', findings)
      }
      if (step === 'part-a') {
        expect(await page.getByText(`${BEN}, would you look away for a moment?`).count()).toBe(1)
        await visit(page, 'vault-03-part-a', findings)
      }
      if (step === 'part-b') {
        expect(await page.getByText(`Now it is your turn to look away`).count()).toBe(1)
        // Ana's part is never on Ben's screen.
        expect(html).not.toContain(PART_A)
        await visit(page, 'vault-04-part-b', findings)
      }
      if (step === 'half-a' || step === 'half-b') {
        // The parts are gone once the vault exists.
        for (const part of [PART_A, PART_B]) expect(html).not.toContain(part)
        expect(await isFocused(heading(page, step === 'half-a' ? `${ANA}'s half` : `${BEN}'s half`))).toBe(true)
      }
      if (step === 'half-a') {
        await visit(page, 'vault-05-half-a', findings)
        await page.getByRole('button', { name: 'Print my half' }).click()
        expect(await page.evaluate('window.printed')).toBe(1)
        // On paper: the half and what it is for, nothing else of the screen.
        await page.emulateMedia({ media: 'print' })
        expect(await isDrawn(page, `Sevenfold: ${ANA}'s half of the vault's recovery code`)).toBe(true)
        expect(await isDrawn(page, 'I have kept my half')).toBe(false)
        expect(await isDrawn(page, `${ANA}'s half`)).toBe(false)
        await page.screenshot({ path: 'test-results/screens/vault-05-half-a-print.png' })
        await page.emulateMedia({ media: 'screen' })
      }
      if (step === 'half-b') {
        await visit(page, 'vault-06-half-b', findings)
      }
    })
    expect(halves.a).toMatch(RECOVERY_CODE)
    expect(halves.b).toMatch(RECOVERY_CODE)
    expect(halves.a).not.toBe(halves.b)
    const status = await backend.vault.status()
    expect(status.exists && status.open).toBe(true)
    // Each half was on its own screen only; neither is on the page any more.
    const html = await pageHtml(page)
    expect(html).not.toContain(halves.a)
    expect(html).not.toContain(halves.b)

    await closeVault(page)
    expect((await backend.vault.status()).open).toBe(false)
    await page.getByRole('button', { name: 'Back to the lock screen' }).click()
    await see(heading(page, 'Welcome back'))
    expect(findings).toEqual([])
  })

  test('opened together from a journal, keyboard only: progress, reset, then both parts open it', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend, BEN)
    await arrangeVault(backend)
    await open()
    await see(heading(page, `Hello, ${BEN}`))
    await enterVault(page)
    await seeVaultLocked(page)
    expect(await isFocused(heading(page, 'Your vault is locked'))).toBe(true)
    expect(await progress(page).textContent()).toBe('0 of 2 parts given')
    const findings: string[] = []
    await visit(page, 'vault-07-locked-hub', findings)

    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByLabel(`${ANA}'s part`, { exact: true }))).toBe(true)
    await page.keyboard.type(PART_A)
    await page.keyboard.press('Enter')
    await expect.poll(() => progress(page).textContent()).toBe('1 of 2 parts given')
    await see(page.getByText(`${ANA}'s part is given.`))
    expect((await backend.vault.status()).partsGiven).toEqual(['a'])
    await expect.poll(() => isFocused(page.getByLabel(`${BEN}'s part`, { exact: true }))).toBe(true)
    await visit(page, 'vault-08-one-part-given', findings)

    await page.getByRole('button', { name: /^Reset/ }).click()
    await expect.poll(() => progress(page).textContent()).toBe('0 of 2 parts given')
    expect((await backend.vault.status()).partsGiven).toEqual([])
    await see(page.getByLabel(`${ANA}'s part`, { exact: true }))

    await page.getByLabel(`${ANA}'s part`, { exact: true }).focus()
    await page.keyboard.type(PART_A)
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(page.getByLabel(`${BEN}'s part`, { exact: true }))).toBe(true)
    await page.keyboard.type(PART_B)
    await page.keyboard.press('Enter')
    await seeVaultOpen(page)
    expect((await backend.vault.status()).open).toBe(true)

    await closeVault(page)
    await see(page.getByText('The vault is locked again.'))
    await page.getByRole('button', { name: 'Back to your journal' }).click()
    await see(heading(page, `Hello, ${BEN}`))
    expect(findings).toEqual([])
  })

  test('a wrong part: one error that names neither part, the vault stays locked, the right parts then open it', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await open()
    await enterVault(page)
    await seeVaultLocked(page)
    await givePart(page, ANA, PART_A)
    await expect.poll(() => progress(page).textContent()).toBe('1 of 2 parts given')
    await givePart(page, BEN, 'not the part Ben chose at all')
    await theOneError(page)
    await expect.poll(() => progress(page).textContent()).toBe('0 of 2 parts given')
    const status = await backend.vault.status()
    expect(status.open).toBe(false)
    expect(status.partsGiven).toEqual([])
    await expect.poll(() => isFocused(page.getByLabel(`${ANA}'s part`, { exact: true }))).toBe(true)
    const findings: string[] = []
    await visit(page, 'vault-09-wrong-parts', findings)

    await openVaultTogether(page)
    expect((await backend.vault.status()).open).toBe(true)
    expect(findings).toEqual([])
  })

  test('it locks itself after its idle minutes, in the page and in the backend; activity keeps it open', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    const minutes = (await backend.vault.status()).autoLockMinutes
    await page.clock.install()
    await open()
    await enterVault(page)
    await openVaultTogether(page)

    // Used a little before the warning: the idle time starts again.
    await page.clock.fastForward(minutes * 60_000 - 90_000)
    await page.mouse.move(200, 200)
    await page.mouse.move(220, 240)
    await page.clock.fastForward(60_000)
    await seeVaultOpen(page)
    expect(await page.getByRole('alertdialog').count()).toBe(0)
    expect((await backend.vault.status()).open).toBe(true)

    // Unanswered, "Still reading?" gives way to the lock (test/e2e/vault-moment.test.ts answers it).
    await page.clock.fastForward(minutes * 60_000 - 120_000 + 1_000)
    await see(page.getByRole('alertdialog', { name: 'Still reading?' }))
    await page.clock.fastForward(60_000)
    await see(page.getByText(`The vault locked itself after ${minutes} minutes without activity.`))
    await seeVaultLocked(page)
    expect((await backend.vault.status()).open).toBe(false)
    const findings: string[] = []
    await visit(page, 'vault-20-locked-itself', findings)
    expect(findings).toEqual([])
  })

  test('changing the joint passphrase and the auto-lock minutes from inside; only the new parts open it', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    await page.getByRole('button', { name: 'Vault settings' }).click()
    await see(heading(page, 'Vault settings'))

    const minutesField = page.getByLabel('Lock after this many idle minutes')
    await minutesField.fill('7')
    await expect.poll(async () => (await backend.vault.status()).autoLockMinutes).toBe(7)

    const form = page.getByRole('form', { name: 'Change the joint passphrase' })
    await form.getByLabel(`${ANA}'s current part`).fill(PART_A)
    await form.getByLabel(`${ANA}'s new part`, { exact: true }).fill(NEW_PART_A)
    await form.getByLabel(`${ANA}'s new part again`).fill(NEW_PART_A)
    await form.getByLabel(`${BEN}'s current part`).fill('a part Ben never had')
    await form.getByLabel(`${BEN}'s new part`, { exact: true }).fill(NEW_PART_B)
    await form.getByLabel(`${BEN}'s new part again`).fill(NEW_PART_B)
    await form.getByRole('button', { name: 'Change the joint passphrase' }).click()
    await theOneError(page)
    expect(await isFocused(form.getByLabel(`${ANA}'s current part`))).toBe(true)

    await form.getByLabel(`${ANA}'s current part`).fill(PART_A)
    await form.getByLabel(`${BEN}'s current part`).fill(PART_B)
    await form.getByRole('button', { name: 'Change the joint passphrase' }).click()
    await see(page.getByText('The joint passphrase is changed.', { exact: false }))
    // The keys were not renewed: the halves they kept still open it (test/integration/vault-access.test.ts).
    await form.evaluate((element) => element.scrollIntoView())
    const findings: string[] = []
    await visit(page, 'vault-21-settings', findings)

    await closeVault(page)
    await givePart(page, ANA, PART_A)
    await givePart(page, BEN, PART_B)
    await theOneError(page)
    expect((await backend.vault.status()).open).toBe(false)
    await openVaultTogether(page, NEW_PART_A, NEW_PART_B)
    expect(findings).toEqual([])
  })

  test('renewing the vault’s keys with the change of passphrase gives each a new half, and only the new parts open it', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    const halves = await arrangeVault(backend)
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    await page.getByRole('button', { name: 'Vault settings' }).click()
    const form = page.getByRole('form', { name: 'Change the joint passphrase' })
    for (const [name, current, next] of [
      [ANA, PART_A, NEW_PART_A],
      [BEN, PART_B, NEW_PART_B]
    ] as const) {
      await form.getByLabel(`${name}'s current part`).fill(current)
      await form.getByLabel(`${name}'s new part`, { exact: true }).fill(next)
      await form.getByLabel(`${name}'s new part again`).fill(next)
    }
    await form.getByLabel('Someone may know one of our old parts: renew the vault’s keys').check()
    await see(page.getByText('each of you gets a new half of the recovery code', { exact: false }))
    // Both journals learn the new keys at once: each partner's own journal passphrase, asked for.
    await form.getByRole('button', { name: 'Change it and renew the keys' }).click()
    await see(form.getByRole('alert').filter({ hasText: `${ANA}, type your own journal's passphrase too.` }))
    await form.getByLabel(`${ANA}'s journal passphrase`).fill(PASS_A)
    await form.getByLabel(`${BEN}'s journal passphrase`).fill(PASS_A)
    await form.getByRole('button', { name: 'Change it and renew the keys' }).click()
    await see(form.getByRole('alert').filter({ hasText: 'That journal passphrase does not open its journal' }))
    await form.getByLabel(`${BEN}'s journal passphrase`).fill(PASS_B)
    const findings: string[] = []
    await form.evaluate((element) => element.scrollIntoView())
    await visit(page, 'vault-24-renew-keys', findings)
    await form.getByRole('button', { name: 'Change it and renew the keys' }).click()
    for (const name of [ANA, BEN]) {
      await see(heading(page, `${name}'s new half`))
      expect((await page.getByTestId('recovery-half').textContent())?.trim()).not.toBe(halves.a)
      await page.getByRole('button', { name: 'I have kept my half' }).click()
    }
    await see(page.getByText('The vault’s keys are renewed', { exact: false }))
    await closeVault(page)
    await givePart(page, ANA, PART_A)
    await givePart(page, BEN, PART_B)
    await theOneError(page)
    await openVaultTogether(page, NEW_PART_A, NEW_PART_B)
    expect(findings).toEqual([])
  })

  test('recovered with both halves and two new parts; then only the new parts open it', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    const halves = await arrangeVault(backend)
    await open()
    await enterVault(page)
    await seeVaultLocked(page)
    await page.getByRole('button', { name: 'Forgot? Use both halves of the recovery code' }).click()
    const title = heading(page, 'Open the vault with your recovery code')
    await see(title)
    expect(await isFocused(title)).toBe(true)
    const findings: string[] = []
    await visit(page, 'vault-10-recover', findings)

    // The halves the wrong way round do not open it.
    await page.getByLabel(`${ANA}'s half of the recovery code`).fill(halves.b)
    await page.getByLabel(`${BEN}'s half of the recovery code`).fill(halves.a)
    for (const [name, part, journal] of [
      [ANA, NEW_PART_A, PASS_A],
      [BEN, NEW_PART_B, PASS_B]
    ] as const) {
      await page.getByLabel(`${name}'s new part`, { exact: true }).fill(part)
      await page.getByLabel(`${name}'s new part again`).fill(part)
      await page.getByLabel(`${name}'s journal passphrase`).fill(journal)
    }
    await page.getByRole('button', { name: 'Open with both halves' }).click()
    await see(page.getByRole('alert').first())
    expect((await backend.vault.status()).open).toBe(false)

    await page.getByLabel(`${ANA}'s half of the recovery code`).fill(halves.a)
    await page.getByLabel(`${BEN}'s half of the recovery code`).fill(halves.b)
    await page.getByRole('button', { name: 'Open with both halves' }).click()
    // New halves replace the used ones, each shown to its partner alone.
    const fresh = { a: '', b: '' }
    for (const [part, name] of [
      ['a', ANA],
      ['b', BEN]
    ] as const) {
      await see(heading(page, `${name}'s new half`))
      await see(page.getByText('It takes the place of your old half, which no longer opens anything.'))
      // No way away until both are kept: the old halves no longer open it.
      expect(await page.getByRole('button', { name: /^Back to/ }).count()).toBe(0)
      fresh[part] = ((await page.getByTestId('recovery-half').textContent()) ?? '').trim()
      if (part === 'a') await visit(page, 'vault-23-new-half', findings)
      await page.getByRole('button', { name: 'I have kept my half' }).click()
    }
    expect(fresh.a).not.toBe(halves.a)
    expect(fresh.b).not.toBe(halves.b)
    await seeVaultOpen(page)
    expect((await backend.vault.status()).open).toBe(true)

    await closeVault(page)
    await givePart(page, ANA, PART_A)
    await givePart(page, BEN, PART_B)
    await theOneError(page)
    await openVaultTogether(page, NEW_PART_A, NEW_PART_B)
    expect(findings).toEqual([])
  })
})
