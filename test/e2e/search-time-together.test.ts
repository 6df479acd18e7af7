// Search and time together (issue 17, item 4), with two real journals and their vault open
// together: from Ana's journal the palette finds an idea and a time they logged, said as what
// they are; choosing one opens the vault on its Time together page with that idea or time
// marked, in view and focused. Screenshots of the palette at three sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { localDate } from '../../src/shared/dates.ts'
import { PART_A, PART_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, see } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, closeVault } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const IDEA = 'Crêpes at the Café Lumière, then a slow walk home'
const TIME = 'Danced in the kitchen to the crêpe-shop song'

function palette(page: Page) {
  return page.getByRole('dialog', { name: 'Search your reflections' })
}

function options(page: Page) {
  return palette(page).getByRole('listbox', { name: 'Results' }).getByRole('option')
}

/** Ctrl+K, the words typed, the vault included. */
async function searchWithVault(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+k')
  await palette(page).getByRole('combobox', { name: 'Words to find' }).fill(words)
  await palette(page).getByRole('checkbox', { name: "Include our vault's secrets and time together" }).check()
}

/** The row on the Time together page is focused, marked and in the window. */
async function expectShown(page: Page, words: string): Promise<void> {
  await see(heading(page, 'Time together'))
  const row = page.locator('.time-row--found')
  await expect.poll(() => isFocused(row)).toBe(true)
  expect(await row.textContent()).toContain(words)
  expect(await page.locator('.time-row--found').count()).toBe(1)
  const box = await row.boundingBox()
  const height = page.viewportSize()!.height
  expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true)
}

describe('search and time together', () => {
  const app = useApp()

  test('an idea and a time logged are found from the palette while the vault is open together, and open its Time together page at them', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    await arrangeVault(backend)
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    // Our dozen first, so the page is long, and the time logged sits at its foot.
    await backend.vaultTime.list()
    await backend.vaultTime.addIdea({ text: IDEA })
    const before = new Date()
    before.setDate(before.getDate() - 2)
    await backend.vaultTime.log({ date: localDate(before), what: TIME })
    await backend.reflections.create({ themeId: 'quality-time', title: 'Sunday morning', body: paragraphDoc('Crepes for breakfast, far too many.') })
    await open()
    await see(heading(page, `Hello, ${ANA}`))

    // Without accents, and with the vault included: the reflection, the idea and the time, each said as what it is.
    await searchWithVault(page, 'crepe')
    await expect.poll(() => options(page).count()).toBe(3)
    await see(
      palette(page)
        .getByRole('status')
        .filter({ hasText: /^3 found$/ })
    )
    const idea = options(page).filter({ hasText: IDEA })
    expect(await idea.locator('.search-hit__title').textContent()).toBe('Idea for time together')
    expect(await idea.locator('.search-hit__meta').textContent()).toMatch(/^In our vault · added /)
    const time = options(page).filter({ hasText: TIME })
    expect(await time.locator('.search-hit__title').textContent()).toMatch(/^Time together · \w+ /)
    await see(time.locator('mark').filter({ hasText: /^crêpe$/ }))
    await visitEverySize(page, 'search-time-hits', findings)

    // The idea, chosen with the keys: the vault opens on Time together at it.
    const titles = await options(page).locator('.search-hit__title').allTextContents()
    await palette(page).getByRole('combobox', { name: 'Words to find' }).focus()
    for (let i = 0; i < titles.indexOf('Idea for time together'); i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await palette(page).waitFor({ state: 'detached' })
    await expectShown(page, IDEA)
    await visitEverySize(page, 'search-time-found', findings)
    expect((await backend.vaultTime.list()).ideas.find((i) => i.text === IDEA)).toBeTruthy()

    // Back in the journal, the vault opened again: the time logged, clicked, opens the page at it.
    await closeVault(page)
    await page.getByRole('button', { name: 'Back to your journal' }).click()
    await see(heading(page, `Hello, ${ANA}`))
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    // Nothing found is said as neither in the reflections nor in the vault.
    await searchWithVault(page, 'xylophone')
    await see(palette(page).getByRole('status').filter({ hasText: 'Nothing in your reflections or your vault matches “xylophone”.' }))
    await searchWithVault(page, 'KITCHEN')
    await expect.poll(() => options(page).count()).toBe(1)
    await options(page).first().click()
    await expectShown(page, TIME)

    // Back to the vault and onto the page again: it opens at its top, nothing marked.
    await page.getByRole('button', { name: '← Back to the vault' }).click()
    await page.getByRole('region', { name: 'Time together', exact: true }).getByRole('button', { name: 'Plan time together' }).click()
    await see(heading(page, 'Time together'))
    expect(await page.locator('.time-row--found').count()).toBe(0)
    expect(findings).toEqual([])
  })
})
