// When two become one (issue 16, item 8), through the screens over the real backend: a new name,
// a request to end the vault alone announced on the lock screen, the vault ended together with
// its words typed, then a journal deleted with its name and passphrase typed.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, lock, see, seeAlert, unlock } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN, enterVault, givePart, seeVaultOpen } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  await see(heading(page, 'Settings'))
}

describe('when two become one', () => {
  const app = useApp()

  test('a new name shows at once; asking to end alone is announced; the vault ends together; then a journal is deleted', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, BEN)
    await arrangeVault(backend)
    await backend.session.unlock({ profileId: (await backend.app.status()).profiles[0]!.id, passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: 'Hers', body: paragraphDoc('kept') })
    await backend.session.lock()
    await open()

    // Ben renames himself; the lock screen shows the new name.
    await unlock(page, BEN, PASS_B)
    await see(heading(page, `Hello, ${BEN}`))
    await openSettings(page)
    const name = page.getByLabel('Name', { exact: true })
    await name.fill('Benjamin')
    await page.getByRole('button', { name: 'Save name' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Your name is Benjamin now' }))
    await visitEverySize(page, 'endings-01-settings', findings)

    // He asks to end the vault on his own: his settings say when; deleting his journal waits for the vault.
    await page.getByRole('button', { name: 'End the vault on my own…' }).click()
    await see(page.getByText(/You asked to end your vault on .+\. You can end it from /))
    await see(page.getByText(/Your vault holds words of you both, so it is ended first/))
    await visitEverySize(page, 'endings-02-asked', findings)

    // The lock screen announces it, with his new name, to Ana too.
    await lock(page)
    await see(page.getByRole('note').filter({ hasText: /^Benjamin asked to end your vault on .+\. It ends on .+ unless you open it together before then\.$/ }))
    await see(page.getByRole('button', { name: "Unlock Benjamin's journal" }))
    await visitEverySize(page, 'endings-03-lock-announced', findings)

    // Opening it together cancels the request; inside, they end it, typing the words.
    await enterVault(page)
    // The vault's door names him as he is called now.
    await givePart(page, ANA, PART_A)
    await givePart(page, 'Benjamin', PART_B)
    await seeVaultOpen(page)
    expect((await backend.endings.status()).request).toBeNull()
    await page.getByRole('button', { name: 'Vault settings' }).click()
    const end = page.getByRole('form', { name: 'End our vault' })
    await end.getByRole('button', { name: 'End our vault for good' }).click()
    await seeAlert(page, 'Type “end our vault” to go on.')
    expect((await backend.vault.status()).exists).toBe(true)
    await end.getByLabel(/to confirm/).fill('End our vault')
    // Each gives their part again: one of them alone at the open vault cannot end it.
    await end.getByLabel(`${ANA}'s part of the vault's passphrase`).fill(PART_A)
    await end.getByLabel("Benjamin's part of the vault's passphrase").fill('not his part at all, truly')
    await end.getByRole('button', { name: 'End our vault for good' }).click()
    await seeAlert(page, /Those two parts/)
    expect((await backend.vault.status()).exists).toBe(true)
    await end.getByLabel("Benjamin's part of the vault's passphrase").fill(PART_B)
    await end.scrollIntoViewIfNeeded()
    await visitEverySize(page, 'endings-04-end-together', findings)
    await end.getByRole('button', { name: 'End our vault for good' }).click()
    await see(heading(page, 'Welcome back'))
    expect((await backend.vault.status()).exists).toBe(false)
    expect(await page.getByRole('note').count()).toBe(0)

    // Ana deletes her journal: her name and passphrase typed; then only Benjamin's is left, and it opens.
    await unlock(page, ANA, PASS_A)
    await see(heading(page, `Hello, ${ANA}`))
    await openSettings(page)
    const form = page.getByRole('form', { name: 'Delete my journal' })
    await see(form)
    await see(page.getByText(/Backups made before today still hold your journal/))
    await form.getByLabel(/to confirm/).fill('Ana')
    await form.getByLabel('Your passphrase').fill(PASS_B)
    await form.getByRole('button', { name: 'Delete my journal for good' }).click()
    await seeAlert(page, /That passphrase does not open this journal/)
    await form.getByLabel('Your passphrase').fill(PASS_A)
    await form.scrollIntoViewIfNeeded()
    await visitEverySize(page, 'endings-05-delete-journal', findings)
    await form.getByRole('button', { name: 'Delete my journal for good' }).click()
    await see(heading(page, 'Welcome back'))
    expect((await backend.app.status()).profiles.map((p) => p.displayName)).toEqual(['Benjamin'])
    await expect.poll(() => page.getByRole('button', { name: "Unlock Ana's journal" }).count()).toBe(0)
    await unlock(page, 'Benjamin', PASS_B)
    await see(heading(page, 'Hello, Benjamin'))

    expect(findings).toEqual([])
  })
})
