import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { PART_A, PART_B, PASS_A, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, pageHtml, see, startJournal } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, seeVaultOpen } from './support/vault.ts'
import { visit } from './support/visit.ts'

// Words that appear nowhere else in the app, so finding them in the page means results stayed.
const CAFE = { title: 'Breakfast at the corner café', words: 'We shared a croissant at the café and laughed about the rain.' }
const CAFES = { title: 'Our favourite cafés in town', words: 'The little café by the river has the best window seat.' }
const OTHER = { title: 'A walk by the harbour', words: 'Gulls, wind and your cold hands in my pocket.' }

async function arrangeReflections(backend: SevenfoldBackend): Promise<void> {
  await backend.reflections.create({ themeId: 'quality-time', title: CAFE.title, body: paragraphDoc(CAFE.words), date: '2026-10-04' })
  await backend.reflections.create({ themeId: 'appreciation', title: CAFES.title, body: paragraphDoc(CAFES.words), date: '2026-09-12' })
  await backend.reflections.create({ themeId: 'trust', title: OTHER.title, body: paragraphDoc(OTHER.words), date: '2026-08-01' })
}

function palette(page: Page) {
  return page.getByRole('dialog', { name: 'Search your reflections' })
}

function field(page: Page) {
  return palette(page).getByRole('combobox', { name: 'Words to find' })
}

/** The results (the theme filter's choices are options too). */
function options(page: Page) {
  return palette(page).getByRole('listbox', { name: 'Results' }).getByRole('option')
}

/** The title of the option the field points at (aria-activedescendant). */
async function activeTitle(page: Page): Promise<string> {
  const id = await field(page).getAttribute('aria-activedescendant')
  expect(id).toBeTruthy()
  return (await page.locator(`[id="${id}"] .search-hit__title`).textContent()) ?? ''
}

describe('search', () => {
  const app = useApp()

  test('Ctrl+K finds accented words without accents, the keys move and open a reflection, and lock leaves nothing behind', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await arrangeReflections(backend)

    const settings = page.getByRole('button', { name: 'Settings' })
    await settings.focus()
    await page.keyboard.press('Control+k')
    await see(palette(page))
    expect(await isFocused(field(page))).toBe(true)

    await page.keyboard.type('cafe')
    await expect.poll(() => options(page).count()).toBe(2)
    await see(palette(page).locator('mark').filter({ hasText: /^café/i }).first())
    const titles = await palette(page).locator('.search-hit__title').allTextContents()
    expect(titles.sort()).toEqual([CAFE.title, CAFES.title].sort())
    expect(await palette(page).textContent()).not.toContain(OTHER.title)
    await visit(page, 'search-01-results', findings)

    // Down, Up, End and Home move the active result; the field keeps focus.
    const first = await activeTitle(page)
    await page.keyboard.press('ArrowDown')
    const second = await activeTitle(page)
    expect(second).not.toBe(first)
    await page.keyboard.press('ArrowDown')
    expect(await activeTitle(page)).toBe(second)
    await page.keyboard.press('Home')
    expect(await activeTitle(page)).toBe(first)
    await page.keyboard.press('End')
    expect(await activeTitle(page)).toBe(second)
    await page.keyboard.press('ArrowUp')
    expect(await activeTitle(page)).toBe(first)
    expect(await isFocused(field(page))).toBe(true)

    // Enter opens the active one in the editor.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await palette(page).waitFor({ state: 'detached' })
    await see(page.getByRole('main', { name: /Editor/ }))
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(second)

    // Ctrl+F while typing in the editor stays the editor's: no palette.
    await page.getByLabel('Title').focus()
    await page.keyboard.press('Control+f')
    await page.waitForTimeout(200)
    expect(await palette(page).count()).toBe(0)

    // Escape closes and focus goes back where it was; a search with no match says so.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await see(heading(page, 'Hello, Ana'))
    await settings.focus()
    await page.keyboard.press('Control+f')
    await see(palette(page))
    // With words typed, the first Escape still closes (a search field's own would only empty it).
    await field(page).fill('kettle')
    await page.keyboard.press('Escape')
    await palette(page).waitFor({ state: 'detached' })
    expect(await isFocused(settings)).toBe(true)

    await page.keyboard.press('Control+k')
    await field(page).fill('xylophone')
    await see(palette(page).getByRole('status').filter({ hasText: 'No reflections match “xylophone”.' }))
    expect(await options(page).count()).toBe(0)
    await visit(page, 'search-02-empty', findings)

    // More matches than shown: the total says so.
    for (let i = 0; i < 21; i++) {
      await backend.reflections.create({
        themeId: 'being-there',
        title: `Morning ${i}`,
        body: paragraphDoc(`Coffee at the café, morning ${i}.`),
        date: '2026-07-01'
      })
    }
    await field(page).fill('cafe')
    await see(palette(page).getByRole('status').filter({ hasText: 'Showing 20 of 23' }))
    expect(await options(page).count()).toBe(20)

    // Results showing, then Lock: the palette is gone and so is every word of the results.
    await page.keyboard.press('Control+l')
    await see(heading(page, 'Welcome back'))
    expect(await palette(page).count()).toBe(0)
    const html = await pageHtml(page)
    for (const word of [CAFE.title, CAFES.title, 'croissant', 'window seat', 'cafe']) expect(html).not.toContain(word)

    expect(findings).toEqual([])
  })

  test('filters narrow by theme and dates, and Enter opens the reflection with the match selected', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await arrangeReflections(backend)
    // The match sits far down a long reflection, so opening "at the match" has to scroll to it.
    const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of an ordinary day.`)
    await backend.reflections.create({
      themeId: 'trust',
      title: 'A long letter',
      body: paragraphDoc(...filler, 'At dusk we climbed the Lighthouse stairs together.', ...filler),
      date: '2026-05-20'
    })

    // The top bar's button opens the palette too.
    await page.getByRole('button', { name: 'Search' }).click()
    await field(page).fill('cafe')
    await expect.poll(() => options(page).count()).toBe(2)

    const theme = palette(page).getByLabel('Theme')
    await theme.selectOption({ label: 'Say thank you' })
    await expect.poll(() => palette(page).locator('.search-hit__title').allTextContents()).toEqual([CAFES.title])
    await theme.selectOption({ label: 'All themes' })
    await expect.poll(() => options(page).count()).toBe(2)

    // From alone, then a range holding neither, then an impossible range.
    await palette(page).getByLabel('From', { exact: true }).fill('2026-10-01')
    await expect.poll(() => palette(page).locator('.search-hit__title').allTextContents()).toEqual([CAFE.title])
    await palette(page).getByLabel('To', { exact: true }).fill('2026-10-02')
    await see(palette(page).getByRole('status').filter({ hasText: 'Nothing matches “cafe” with these filters.' }))
    await palette(page).getByLabel('From', { exact: true }).fill('2026-11-01')
    await see(palette(page).getByRole('status').filter({ hasText: 'The “from” date is after the “to” date.' }))
    expect(await options(page).count()).toBe(0)
    await palette(page).getByLabel('From', { exact: true }).fill('2026-09-01')
    await palette(page).getByLabel('To', { exact: true }).fill('2026-09-30')
    await expect.poll(() => palette(page).locator('.search-hit__title').allTextContents()).toEqual([CAFES.title])
    await visit(page, 'search-03-filtered', findings)

    // Enter opens the long reflection with "Lighthouse" (found as typed in lower case) selected and in view.
    await palette(page).getByLabel('From', { exact: true }).fill('')
    await palette(page).getByLabel('To', { exact: true }).fill('')
    await field(page).fill('lighthouse')
    await expect.poll(() => palette(page).locator('.search-hit__title').allTextContents()).toEqual(['A long letter'])
    await field(page).press('Enter')
    await see(page.getByRole('main', { name: /Editor/ }))
    await expect.poll(() => page.evaluate('String(window.getSelection())')).toBe('Lighthouse')
    const inView = await page.evaluate(`(() => {
      const rect = window.getSelection().getRangeAt(0).getBoundingClientRect()
      return rect.top >= 0 && rect.bottom <= window.innerHeight && window.scrollY > 0
    })()`)
    expect(inView).toBe(true)
    expect(await isFocused(page.getByRole('textbox', { name: 'Reflection' }))).toBe(true)
    expect(findings).toEqual([])
  })

  test('while the vault is open together, its secrets can be included, and one chosen opens the vault', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend, ANA)
    await arrangeReflections(backend)
    await arrangeVault(backend)
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    const [ana] = (await backend.vault.status()).partners
    await backend.vaultSecrets.create({
      authorId: ana!.profileId,
      title: 'The café where we met',
      body: paragraphDoc('Rain on the window.'),
      date: '2026-06-01'
    })
    await open()
    await see(heading(page, 'Hello, Ana'))

    await page.keyboard.press('Control+k')
    await field(page).fill('cafe')
    await expect.poll(() => options(page).count()).toBe(2)
    const include = palette(page).getByRole('checkbox', { name: "Include our vault's secrets and time together" })
    await include.check()
    await expect.poll(() => options(page).count()).toBe(3)
    const secret = options(page).filter({ hasText: 'The café where we met' })
    expect(await secret.textContent()).toContain('In our vault')
    await secret.click()
    await palette(page).waitFor({ state: 'detached' })
    await seeVaultOpen(page)
  })
})
