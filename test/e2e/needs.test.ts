// Issue 17, item 2, with two real journals and their vault: Ana picks what she needs most on the
// emotional needs page (two of the eight and one in her own words, put in order, a line), sees
// it in the picture of what keeps coming back, and shares it with Ben. Opened together, it waits
// as an envelope; once opened, it stands beside a gentle word that Ben can share his too. Ben
// checks in and shares from his journal; opened together again, the two stand side by side, and
// each writes one thing to do this week for the other's first need. Screenshots at three sizes,
// light and dark: the form, the picture, the envelopes, one side, and both.

import { describe, expect, test } from 'vitest'
import { PASS_B } from '../support/backend.ts'
import { themeById } from '../../src/shared/themes.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, pageHtml, see, unlock } from './support/screens.ts'
import { ANA, BEN, closeVault, enterVault, openAnasHomeWithVault, openVaultTogether } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const NEEDS = themeById('emotional-needs')
const ANAS_OWN = 'A slow Saturday with no plans'
const ANAS_LINE = 'Work has been loud all week'
const BENS_OWN = 'Someone to run with'
const BENS_OFFER = 'Ask about your day over dinner, and only listen'
const ANAS_OFFER = 'Come to the race on Sunday with a sign'

describe('the needs check-in', () => {
  const app = useApp()

  test('Ana and Ben each check in and share; opened together, the two stand side by side, each with one thing the other could do', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)

    await page.getByRole('button', { name: NEEDS.title, exact: true }).click()
    const form = page.getByRole('form', { name: 'What you need right now' })
    await see(form)
    await see(page.getByText('After a few check-ins, the needs you name most often gather here', { exact: false }))
    await visitEverySize(page, 'needs-form-empty', findings)

    await form.getByRole('checkbox', { name: 'To be heard' }).check()
    await form.getByRole('checkbox', { name: 'To be touched' }).check()
    await form.getByLabel('Or in your own words').fill(ANAS_OWN)
    // Enter in the own-words field adds them to the three; it does not save.
    await form.getByLabel('Or in your own words').press('Enter')
    const order = form.getByRole('list', { name: 'Your three, in order' })
    await expect
      .poll(() => order.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('To be heard'), expect.stringContaining('To be touched'), expect.stringContaining(ANAS_OWN)])
    // A fourth is not taken, and the form says why.
    await form.getByRole('checkbox', { name: 'To be forgiven' }).click()
    await see(form.getByRole('status').filter({ hasText: 'Three is the most.' }))
    expect(await form.getByRole('checkbox', { name: 'To be forgiven' }).isChecked()).toBe(false)
    // Her own words go first: the focus stays on the button as it moves.
    const up = order.getByRole('button', { name: `Move up “${ANAS_OWN}”` })
    await up.click()
    await up.click()
    await expect.poll(() => isFocused(order.getByRole('button', { name: `Move up “${ANAS_OWN}”` }))).toBe(true)
    await expect.poll(async () => (await order.getByRole('listitem').first().textContent()) ?? '').toContain(ANAS_OWN)
    await form.getByLabel('A line about it, if you like').fill(ANAS_LINE)
    await visitEverySize(page, 'needs-form-chosen', findings)
    await form.getByRole('button', { name: 'Save my check-in' }).click()
    const saved = page.getByRole('form', { name: 'Your needs check-in today' })
    await see(saved.getByRole('status').getByText('Saved'))

    // The picture and the last check-ins, from the header only; the theme's list leaves it to them.
    const picture = page.getByRole('region', { name: 'What keeps coming back' })
    await see(picture.getByText('From one check-in in the last four weeks', { exact: false }))
    await expect
      .poll(() => picture.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringMatching(new RegExp(`^${ANAS_OWN}.*first once$`)),
        expect.stringMatching(/^To be heard.*second once$/),
        expect.stringMatching(/^To be touched.*third once$/)
      ])
    await see(page.getByRole('region', { name: 'Your last check-ins' }).getByText(ANAS_LINE))
    await see(page.getByText('Nothing here yet, and that is fine.', { exact: false }))

    await saved.getByRole('button', { name: `Share with ${BEN}…` }).click()
    const dialog = page.getByRole('dialog', { name: `Share with ${BEN}?` })
    await see(dialog)
    await visitEverySize(page, 'needs-share', findings)
    await dialog.getByRole('button', { name: `Seal it for ${BEN}` }).click()
    await see(page.getByText(new RegExp(`^Shared with ${BEN} on `)))
    expect(await saved.getByRole('button', { name: `Share with ${BEN}…` }).count()).toBe(0)
    await visitEverySize(page, 'needs-picture', findings)

    // Found by search, it opens on its own page, marked among the last check-ins, not in the editor.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await page.keyboard.press('Control+k')
    const search = page.getByRole('dialog', { name: 'Search your reflections' })
    await search.getByRole('combobox', { name: 'Words to find' }).fill('loud all week')
    await expect.poll(() => search.getByRole('listbox', { name: 'Results' }).getByRole('option').count()).toBe(1)
    await page.keyboard.press('Enter')
    await see(page.getByRole('form', { name: 'Your needs check-in today' }))
    const lately = page.getByRole('region', { name: 'Your last check-ins' }).getByRole('listitem').filter({ hasText: ANAS_LINE })
    await expect.poll(() => lately.first().getAttribute('aria-current')).toBe('true')

    // Opened together: an envelope first, then Ana's needs beside a word that Ben can share his too.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await enterVault(page)
    await openVaultTogether(page)
    const envelopes = page.getByRole('region', { name: 'New since last time' })
    await see(envelopes.getByText(`From ${ANA}’s needs check-in · ${NEEDS.title}`))
    const together = page.getByRole('region', { name: 'What you each need now' })
    await see(together.getByText(`${ANA}’s newest is still in its envelope above.`, { exact: false }))
    expect(await pageHtml(page)).not.toContain(ANAS_OWN)
    await visitEverySize(page, 'needs-envelope', findings)
    await envelopes.getByRole('button', { name: new RegExp(`^Open together: a needs check-in from ${ANA}`) }).click()
    await see(heading(page, 'What I need right now'))
    await see(page.getByText(ANAS_LINE))
    await page.keyboard.press('Escape')
    const anaSide = together.getByRole('region', { name: `What ${ANA} needs now` })
    await see(anaSide.getByText(ANAS_OWN, { exact: true }))
    await see(together.getByRole('region', { name: `What ${BEN} needs now` }).getByText(`${BEN} can share one too`, { exact: false }))
    await visitEverySize(page, 'needs-together-one', findings)
    await closeVault(page)

    // Ben's turn, from his own journal.
    await page.getByRole('button', { name: 'Back to your journal' }).click()
    await lock(page)
    await unlock(page, BEN, PASS_B)
    await see(heading(page, `Hello, ${BEN}`))
    await page.getByRole('button', { name: NEEDS.title, exact: true }).click()
    const bens = page.getByRole('form', { name: 'What you need right now' })
    await bens.getByRole('checkbox', { name: 'To be encouraged' }).check()
    await bens.getByLabel('Or in your own words').fill(BENS_OWN)
    await bens.getByRole('button', { name: 'Add to my three' }).click()
    await bens.getByRole('button', { name: 'Save my check-in' }).click()
    const bensSaved = page.getByRole('form', { name: 'Your needs check-in today' })
    await bensSaved.getByRole('button', { name: `Share with ${ANA}…` }).click()
    await page
      .getByRole('dialog', { name: `Share with ${ANA}?` })
      .getByRole('button', { name: `Seal it for ${ANA}` })
      .click()
    await see(page.getByText(new RegExp(`^Shared with ${ANA} on `)))

    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await enterVault(page)
    await openVaultTogether(page)
    await page
      .getByRole('region', { name: 'New since last time' })
      .getByRole('button', { name: /^Open together/ })
      .click()
    await see(page.getByText(BENS_OWN))
    await page.keyboard.press('Escape')

    // Side by side; each writes one thing for the other's first need, under it.
    const anaNow = together.getByRole('region', { name: `What ${ANA} needs now` })
    const benNow = together.getByRole('region', { name: `What ${BEN} needs now` })
    await see(benNow.getByText(BENS_OWN, { exact: true }))
    await see(anaNow.getByText(`${ANA}’s first need: ${ANAS_OWN}.`, { exact: false }))
    await anaNow.getByLabel(`${BEN}: one thing I could do for your first need this week`).fill(BENS_OFFER)
    await anaNow.getByRole('button', { name: `Keep it for ${ANA}` }).click()
    await see(anaNow.getByText(BENS_OFFER, { exact: true }))
    await see(anaNow.getByRole('button', { name: `Change what ${BEN} could do for ${ANA}` }))
    await benNow.getByLabel(`${ANA}: one thing I could do for your first need this week`).fill(ANAS_OFFER)
    await benNow.getByRole('button', { name: `Keep it for ${BEN}` }).click()
    await see(benNow.getByText(ANAS_OFFER, { exact: true }))
    await visitEverySize(page, 'needs-together', findings)

    const sides = await backend.vaultShared.needsTogether()
    const [ana, ben] = (await backend.vault.status()).partners.map((p) => p.profileId)
    expect(sides.map((side) => side.latest?.offer)).toMatchObject([
      { authorId: ben, text: BENS_OFFER },
      { authorId: ana, text: ANAS_OFFER }
    ])
    expect(sides[0]!.latest!.needs).toEqual({ top: [{ own: ANAS_OWN }, { id: 'heard' }, { id: 'touched' }], line: ANAS_LINE })
    expect(findings).toEqual([])
  })
})
