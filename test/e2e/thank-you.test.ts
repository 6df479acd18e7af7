// Issue 17, item 6, played with two real journals: Ana thanks Ben from home's us place, the lock
// screen says something waits, the vault is opened together, the thank-you card comes first among
// the new (above Ben's sealed note), it is opened together and read as a card, and Ben reacts.
// Screenshots at three sizes, light and dark, of the form, the envelopes and the reading view.

import { describe, expect, test } from 'vitest'
import { PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, pageHtml, see } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN, enterVault, openVaultTogether } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const WORDS = 'Thank you for walking the dog in the rain every morning this week.'
const WAITS = 'Something is waiting for you both in your vault.'

describe('a thank-you note', () => {
  const app = useApp()

  test('Ana thanks Ben from home; opened together, the card comes first, is read as a card, and Ben reacts', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    await arrangeVault(backend)
    const [, ben] = (await backend.app.status()).profiles
    // A note Ben sealed earlier, so the thank-you card has another envelope to come before.
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ben!.id, title: 'A note', body: paragraphDoc('See you at six.'), passphrase: PASS_B })
    await open()
    await see(heading(page, `Hello, ${ANA}`))

    const us = page.getByRole('region', { name: `You and ${BEN}` })
    const thank = us.getByRole('button', { name: `Thank ${BEN}` })
    await thank.click()
    expect(await thank.getAttribute('aria-expanded')).toBe('true')
    await see(heading(page, `Thank ${BEN}`))
    await us.getByLabel(`Your note for ${BEN}`).fill(WORDS)
    await visitEverySize(page, 'thanks-form', findings)
    await us.getByRole('button', { name: `Seal it for ${BEN}` }).click()
    await see(us.getByRole('status').filter({ hasText: `Your thank-you note for ${BEN} is sealed.` }))
    await expect.poll(() => isFocused(thank)).toBe(true)
    expect(await pageHtml(page)).not.toContain(WORDS)

    await lock(page)
    await see(page.getByText(WAITS))
    await enterVault(page)
    await openVaultTogether(page)
    const envelopes = page.getByRole('region', { name: 'New since last time' })
    const items = envelopes.getByRole('listitem')
    await expect.poll(() => items.count()).toBe(2)
    await see(items.first().getByText(`For ${BEN}, from ${ANA}`))
    await see(items.nth(1).getByText(`From ${BEN}`))
    expect(await pageHtml(page)).not.toContain(WORDS)
    await visitEverySize(page, 'thanks-envelopes', findings)

    await items
      .first()
      .getByRole('button', { name: new RegExp(`^Open together: 1 of 2, a thank-you note for ${BEN}, from ${ANA}`) })
      .click()
    await see(heading(page, `For ${BEN}, from ${ANA}`))
    await see(page.getByText(WORDS))
    const love = page.getByRole('button', { name: `Love this, from ${BEN}` })
    await love.click()
    await expect.poll(() => love.getAttribute('aria-pressed')).toBe('true')
    await visitEverySize(page, 'thanks-reading', findings)

    // Listed once read, the note can be deleted but not edited: it stays as Ana sealed it.
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    const row = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Delete… “Thank you, ${BEN}”` }) })
    await see(row)
    expect(await row.getByRole('button', { name: /^Edit/ }).count()).toBe(0)

    const note = (await backend.vaultSecrets.list()).find((s) => s.kind === 'thanks')!
    expect(note).toMatchObject({ forId: ben!.id, isNew: false })
    expect((await backend.vaultSecrets.get({ id: note.id })).responses.reactions).toMatchObject([{ authorId: ben!.id, reaction: 'love' }])
    expect(findings).toEqual([])
  })
})
