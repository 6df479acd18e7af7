// Issue 18, item 2, on the screens: a person's words run in their own direction everywhere they
// appear, read from what Chromium laid out (getComputedStyle().direction and :dir(rtl)). The
// editor's paragraphs and headings each as their own words (and as they are typed), titles in
// the title field and in every list, search snippets and the calendar; the app's own words around
// them stay left to right. Screenshots of each screen at three sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { themeById } from '../../src/shared/themes.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import {
  ARABIC_TITLE,
  ARABIC_WORDS,
  BOTH_WAYS_BLOCKS,
  BOTH_WAYS_BODY,
  ENGLISH_WORDS,
  HEBREW_TITLE,
  HEBREW_WORDS,
  MIXED_TITLE
} from '../support/words-both-ways.ts'
import { useApp } from './support/app.ts'
import { expectBlocks, expectDirection, markSide } from './support/directions.ts'
import { openPrintScreen } from './support/print.ts'
import { createJournal, heading, isFocused, see } from './support/screens.ts'
import { visitEverySize } from './support/visit.ts'

const QUALITY_TIME = themeById('quality-time').title

/** Ana's journal, open, with the mixed body under an Arabic title, a Hebrew one and a mixed one, all today. */
async function arrangeJournal(backend: SevenfoldBackend): Promise<void> {
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const today = localDate()
  await backend.reflections.create({ themeId: 'quality-time', title: ARABIC_TITLE, body: BOTH_WAYS_BODY, date: today })
  await backend.reflections.create({ themeId: 'quality-time', title: HEBREW_TITLE, body: paragraphDoc(HEBREW_WORDS), date: today })
  await backend.reflections.create({ themeId: 'quality-time', title: MIXED_TITLE, body: paragraphDoc(ENGLISH_WORDS), date: today })
}

async function openHome(page: Page, backend: SevenfoldBackend, open: () => Promise<void>): Promise<void> {
  await arrangeJournal(backend)
  await open()
  await see(heading(page, 'Hello, Ana'))
}

describe('words in both directions, on the screens', () => {
  const app = useApp()

  test('the editor: the title and each paragraph, heading, list item and quote run in the direction of their own words, also as they are typed', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openHome(page, backend, open)
    await page.getByRole('region', { name: 'Lately' }).getByRole('button', { name: ARABIC_TITLE }).click()
    const body = page.getByRole('textbox', { name: 'Reflection' })
    await see(body)

    await expectDirection(page.getByLabel('Title'), 'rtl', 'the title field')
    await expectBlocks(body, 'p, h2, h3', BOTH_WAYS_BLOCKS)
    // A list item and a quote take the direction of their first words; the list and the body stay ours.
    await expectBlocks(body, 'li, blockquote', [
      ['خبز وزيتون', 'rtl'],
      ['Olives and bread', 'ltr'],
      [`${HEBREW_WORDS}${ENGLISH_WORDS}`, 'rtl']
    ])
    await expectDirection(body, 'ltr', 'the body around its blocks')
    // The marker of an item right to left sits on its right, inside the body.
    const item = body.locator('li').first()
    const [itemBox, bodyBox] = [await item.boundingBox(), await body.boundingBox()]
    expect(itemBox!.x + itemBox!.width).toBeLessThan(bodyBox!.x + bodyBox!.width)
    await visitEverySize(page, 'words-both-ways-editor', findings)

    // Typing: a new paragraph takes the direction of its first letter as it comes.
    await body.locator('p').filter({ hasText: ENGLISH_WORDS }).first().click()
    await expect.poll(() => isFocused(body)).toBe(true)
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    // Each line as one input (as an input method gives it): a letter typed alone can be lost under load.
    await page.keyboard.insertText('ليلة هادئة')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('A quiet night, ليلة هادئة')
    await expect.poll(() => body.locator('p').allTextContents()).toContain('A quiet night, ليلة هادئة')
    await expectBlocks(body, 'p', [
      ['ليلة هادئة', 'rtl'],
      ['A quiet night, ليلة هادئة', 'ltr']
    ])
    // Nothing of it is stored: the saved body is the words alone.
    await see(page.getByText('Saved', { exact: true }))
    const [saved] = (await backend.reflections.list()).filter((r) => r.title === ARABIC_TITLE)
    expect(JSON.stringify((await backend.reflections.get({ id: saved!.id })).body)).not.toContain('"dir"')
    expect(findings).toEqual([])
  })

  test('home, a theme’s list, search and the calendar show titles and words in their own direction, isolated from the dates beside them', async () => {
    const { page, open, backend } = app()
    const findings: string[] = []
    await openHome(page, backend, open)

    // Home's "Lately": each title in its own direction, the day under it ours.
    const lately = page.getByRole('region', { name: 'Lately' })
    await expectBlocks(lately, '.timeline__open bdi', [
      [ARABIC_TITLE, 'rtl'],
      [HEBREW_TITLE, 'rtl'],
      [MIXED_TITLE, 'ltr']
    ])
    await expectDirection(lately.locator('.timeline__when').first(), 'ltr', 'the day under a title')
    await visitEverySize(page, 'words-both-ways-home', findings)

    // A theme's list: titles, and the opening words under them.
    await page.getByRole('button', { name: QUALITY_TIME, exact: true }).click()
    await see(heading(page, QUALITY_TIME))
    const list = page.locator('.reflection-list')
    await see(list.getByRole('button', { name: new RegExp(`^${HEBREW_TITLE}`) }))
    await expectBlocks(list, '.reflection-row__title bdi', [
      [ARABIC_TITLE, 'rtl'],
      [HEBREW_TITLE, 'rtl'],
      [MIXED_TITLE, 'ltr']
    ])
    const excerpt = (title: string) => list.getByRole('button', { name: new RegExp(`^${title}`) }).locator('.reflection-row__excerpt')
    await expectDirection(excerpt(HEBREW_TITLE), 'rtl', 'an excerpt in Hebrew')
    await expectDirection(excerpt(ARABIC_TITLE), 'rtl', 'an excerpt that begins with a heading in Hebrew')
    await expectDirection(excerpt(MIXED_TITLE), 'ltr', 'an excerpt in English')
    await expectDirection(list.locator('.reflection-row__date').first(), 'ltr', 'a row’s date')
    await visitEverySize(page, 'words-both-ways-theme-list', findings)

    // Search: a match in Arabic, its snippet right to left, its title too.
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search your reflections' })
    await palette.getByRole('combobox', { name: 'Words to find' }).fill('البحر')
    const hit = palette.getByRole('option').filter({ hasText: ARABIC_TITLE })
    await see(hit.locator('mark').first())
    await expectDirection(palette.getByRole('combobox', { name: 'Words to find' }), 'rtl', 'the search field')
    await expectDirection(hit.locator('.search-hit__snippet'), 'rtl', 'the snippet')
    await expectDirection(hit.locator('.search-hit__title bdi'), 'rtl', 'the hit’s title')
    await expectDirection(hit.locator('.search-hit__meta'), 'ltr', 'the hit’s theme and date')
    expect(await hit.locator('.search-hit__snippet').textContent()).toContain(ARABIC_WORDS.slice(0, 12))
    await visitEverySize(page, 'words-both-ways-search', findings)
    await page.keyboard.press('Escape')

    // The calendar: today's titles in the grid (drawn from an attribute) and in the chosen day's list.
    await page.getByRole('button', { name: 'Calendar', exact: true }).click()
    await see(heading(page, 'Calendar'))
    await expect.poll(() => page.locator('table.month-grid').getAttribute('aria-busy')).toBeNull()
    const cell = page.locator(`td[data-day="${localDate()}"]`)
    await expectDirection(cell.locator(`.month-grid__title[data-title="${ARABIC_TITLE}"]`), 'rtl', 'a title in a day of the grid')
    await cell.click()
    const day = page.locator('.calendar-day-list')
    await see(day.locator('.calendar-entry').first())
    await expectBlocks(day, '.calendar-entry__title bdi', [
      [ARABIC_TITLE, 'rtl'],
      [HEBREW_TITLE, 'rtl'],
      [MIXED_TITLE, 'ltr']
    ])
    await visitEverySize(page, 'words-both-ways-calendar', findings)
    expect(findings).toEqual([])
  })
  test('a name right to left in the sentences of first run keeps its own last mark, as the screen beside it does', async () => {
    const { page, open } = app()
    const findings: string[] = []
    // "Dani B.": a name that ends in a full stop, which is the name's, not the sentence's.
    const dani = 'דני ב.'
    await open()
    await createJournal(page, dani, PASS_A)
    await page.getByRole('button', { name: 'I have written it down' }).click()
    const asked = page.getByText('journal locks while they do', { exact: false })
    await see(asked)
    expect(await markSide(asked, dani), 'asked to add a partner').toBe('left')
    await page.getByRole('button', { name: "Add my partner's journal" }).click()
    const lookAway = page.getByText('would you look away for a moment?', { exact: false })
    await see(lookAway)
    expect(await markSide(lookAway, dani), 'asked to look away').toBe('left')
    await createJournal(page, 'נועה', PASS_B)
    const note = page.getByText('is the one open now', { exact: false })
    await see(note)
    expect(await markSide(note, dani), 'the note beside the second code').toBe('left')
    await visitEverySize(page, 'words-both-ways-first-run', findings)
    expect(findings).toEqual([])
  })
  test('what a person typed, said back in our sentences (a name to type, words not found), keeps its own last mark', async () => {
    const { page, backend, open } = app()
    const dani = 'דני ב.'
    await backend.profile.create({ displayName: dani, passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'quality-time', title: HEBREW_TITLE, body: paragraphDoc(HEBREW_WORDS), date: localDate() })
    await open()
    await see(heading(page, `Hello, ${dani}`))

    // Deleting the journal asks for its name, and says so again when it is not typed.
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const form = page.getByRole('form', { name: 'Delete my journal' })
    await see(form)
    expect(await markSide(form.locator('label').filter({ hasText: 'to confirm' }), dani), 'the name to type').toBe('left')
    await form.getByRole('button', { name: 'Delete my journal for good' }).click()
    const typeIt = page.getByRole('alert').filter({ hasText: 'to go on.' })
    await see(typeIt)
    expect(await markSide(typeIt, dani), 'asked again for the name').toBe('left')

    // Choosing what to print: words found nowhere are quoted back ("a morning at sea?").
    await openPrintScreen(page)
    await page.getByRole('radio', { name: 'Reflections I choose' }).check()
    const sought = 'בוקר בים?'
    await page.getByLabel('Find reflections').fill(sought)
    const none = page.getByText('No reflection matches', { exact: false })
    await see(none)
    expect(await markSide(none, sought), 'the words not found').toBe('left')
    const findings: string[] = []
    await visitEverySize(page, 'words-both-ways-not-found', findings)
    expect(findings).toEqual([])
  })
})
