import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { templatesFor } from '../../src/shared/templates.ts'
import { promptOfTheDay, themeById, type ThemeId } from '../../src/shared/themes.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, see, startJournal, themeCard } from './support/screens.ts'

const MANY = 10_000
const viewShot = (step: string) => fileURLToPath(new URL(`../../test-results/e2e/themes-ten-thousand-${step}.png`, import.meta.url))

/** The calendar day `daysBack` days before 2026-11-03 (a Tuesday). */
function dayBefore(daysBack: number): string {
  return new Date(Date.UTC(2026, 10, 3) - daysBack * 86_400_000).toISOString().slice(0, 10)
}

function startAnasJournal(page: Page): Promise<void> {
  return startJournal(page, 'Ana', PASS_A)
}

/** Many reflections at once, newest ('Evening 0', 3 Nov 2026) to oldest, one a day. */
async function createMany(backend: SevenfoldBackend, themeId: ThemeId, count: number): Promise<void> {
  const batch = 500
  for (let start = 0; start < count; start += batch) {
    const ids = Array.from({ length: Math.min(batch, count - start) }, (_, i) => start + i)
    await Promise.all(
      ids.map((i) =>
        backend.reflections.create({ themeId, title: `Evening ${i}`, body: paragraphDoc(`We cooked soup together, evening number ${i}.`), date: dayBefore(i) })
      )
    )
  }
}

/** Home again, with a fresh summary (it is read when home opens). */
async function reopenHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Sevenfold' }).click()
  await see(heading(page, 'Hello, Ana'))
}

async function openTheme(page: Page, themeId: ThemeId): Promise<void> {
  const title = themeById(themeId).title
  await themeCard(page, themeId).getByRole('button', { name: title, exact: true }).click()
  await see(page.getByRole('main', { name: title }))
}

/** The editor is another screen (built separately): the theme screen has gone and the editor's region is there. */
async function expectEditorOpened(page: Page, themeId: ThemeId): Promise<void> {
  await page.getByRole('main', { name: themeById(themeId).title }).waitFor({ state: 'detached' })
  await see(page.getByRole('main', { name: /Editor/ }))
}

describe('themes', () => {
  const app = useApp()

  test('a theme with ten thousand reflections lists them newest first, and only renders the rows in view', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await startAnasJournal(page)
    const started = performance.now()
    await createMany(backend, 'quality-time', MANY)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.info(`created ${MANY} reflections through the backend in ${seconds} s`)
    await backend.reflections.create({
      themeId: 'appreciation',
      title: 'Thank you for the tea',
      body: paragraphDoc('You made tea without asking.'),
      date: '2026-10-30'
    })
    await backend.reflections.create({ themeId: 'appreciation', title: '', body: paragraphDoc('A quiet good day.'), date: '2026-11-01' })
    await reopenHome(page)
    // Each card names the practice its theme leads with; with one journal, only those done alone.
    expect(await themeCard(page, 'small-talk').locator('.theme-card__practice').textContent()).toBe('Practice: Daily check-in')
    expect(await themeCard(page, 'self-love').locator('.theme-card__practice').textContent()).toBe('Practice: A kind letter to yourself')
    for (const forTwo of ['trust', 'quality-time', 'appreciation'] as const)
      expect(await themeCard(page, forTwo).locator('.theme-card__practice').count()).toBe(0)

    const card = themeCard(page, 'quality-time')
    expect(await card.textContent()).toContain('10,000 reflections')
    expect(await card.textContent()).toContain('Last written 3 Nov 2026')
    expect(await themeCard(page, 'appreciation').textContent()).toContain('2 reflections')
    await see(heading(page, 'A prompt for today'))
    await page.mouse.move(0, 0)
    await see(page.getByText(promptOfTheDay(new Date()).prompt, { exact: true }))
    await shot('1-home-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2-home-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    const opening = performance.now()
    await openTheme(page, 'quality-time')
    const list = page.getByRole('list', { name: 'Your reflections' })
    const rows = list.getByRole('listitem')
    await see(rows.first())
    // Nearly all of this is the test harness's binding carrying 2.5 MB of headers; Electron's IPC is far quicker.
    console.info(`opened the theme and showed its first rows in ${Math.round(performance.now() - opening)} ms`)
    await see(page.getByText('10,000 reflections, newest first', { exact: false }))
    const first = rows.first().getByRole('button')
    expect(await first.textContent()).toContain('Evening 0')
    expect(await first.textContent()).toContain('Tue 3 Nov 2026')
    expect(await first.textContent()).toContain('7 words')
    expect(await rows.nth(1).textContent()).toContain('Evening 1')
    expect(await rows.count()).toBeLessThan(60)
    await page.mouse.move(0, 0)
    // The harness's shot() takes the full page, which here is over a million pixels tall.
    await page.screenshot({ path: viewShot('3-theme-top') })

    // Scrolling the page to the very end brings the oldest reflection in.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
    const oldest = list.getByRole('button', { name: new RegExp(`^Evening ${MANY - 1} `) })
    await see(oldest)
    expect(await rows.count()).toBeLessThan(60)
    expect(await rows.last().getAttribute('aria-posinset')).toBe(String(MANY))
    expect(await rows.last().getAttribute('aria-setsize')).toBe(String(MANY))
    await page.screenshot({ path: viewShot('4-theme-end') })

    // From the keyboard: Home to the newest, arrow down to the next, End to the oldest.
    await oldest.focus()
    await page.keyboard.press('Home')
    await expect.poll(() => isFocused(list.getByRole('button', { name: /^Evening 0 / }))).toBe(true)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => isFocused(list.getByRole('button', { name: /^Evening 1 / }))).toBe(true)
    await page.keyboard.press('End')
    await expect.poll(() => isFocused(oldest)).toBe(true)

    await oldest.click()
    await expectEditorOpened(page, 'quality-time')
  }, 180_000)

  test('a theme shows its description and prompts; a prompt, or a new reflection, opens the editor', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await startAnasJournal(page)
    await backend.reflections.create({
      themeId: 'appreciation',
      title: 'Thank you for the tea',
      body: paragraphDoc('You made tea without asking.'),
      date: '2026-10-30'
    })
    await backend.reflections.create({ themeId: 'appreciation', title: '', body: paragraphDoc('A quiet good day.'), date: '2026-11-01' })
    await reopenHome(page)

    const appreciation = themeById('appreciation')
    await openTheme(page, 'appreciation')
    await see(page.getByText(appreciation.description))
    const rows = page.getByRole('list', { name: 'Your reflections' }).getByRole('listitem')
    await see(rows.first())
    expect(await rows.allTextContents()).toEqual([
      // No title typed: listed under its first line, which is all it says.
      expect.stringMatching(/^A quiet good day\.Sun 1 Nov 20264 words$/),
      expect.stringMatching(/^Thank you for the teaFri 30 Oct 2026You made tea without asking\.5 words$/)
    ])
    for (const prompt of appreciation.prompts) await see(page.getByRole('button', { name: prompt, exact: true }))
    await page.mouse.move(0, 0)
    await shot('1-theme-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2-theme-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByRole('button', { name: appreciation.prompts[1]!, exact: true }).click()
    await expectEditorOpened(page, 'appreciation')

    // An empty theme says so kindly.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await openTheme(page, 'trust')
    await see(page.getByText('Nothing here yet, and that is fine.', { exact: false }))
    await shot('3-empty-theme')
    await page.getByRole('button', { name: 'New reflection', exact: true }).click()
    await expectEditorOpened(page, 'trust')

    // From home: a quick new reflection on a card, and the prompt for today.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await page.getByRole('button', { name: `New reflection in ${themeById('small-talk').title}` }).click()
    await see(page.getByRole('main', { name: /Editor/ }))
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await page.getByRole('button', { name: 'Write about this' }).click()
    await see(page.getByRole('main', { name: /Editor/ }))
  })

  test('from the keyboard: Tab reaches the prompt for today, then each theme and its new-reflection button', async () => {
    const { page, open, shot } = app()
    await open()
    await startAnasJournal(page)
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: 'Write about this' }))).toBe(true)
    await page.keyboard.press('Tab')
    const selfLove = themeById('self-love').title
    expect(await isFocused(themeCard(page, 'self-love').getByRole('button', { name: selfLove, exact: true }))).toBe(true)
    await shot('1-card-focus')
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: `New reflection in ${selfLove}` }))).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    const title = page.getByRole('heading', { name: selfLove, level: 1 })
    await see(title)
    await expect.poll(() => isFocused(title)).toBe(true)
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: 'New reflection', exact: true }))).toBe(true)
    // Then the theme's guides (issue 17, item 1), then its prompts.
    for (const template of templatesFor('self-love')) {
      await page.keyboard.press('Tab')
      expect(await isFocused(page.getByRole('button', { name: template.title, exact: true }))).toBe(true)
    }
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: themeById('self-love').prompts[0]!, exact: true }))).toBe(true)
  })
})
