import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { BALANCE_WINDOWS, type BalanceWindow } from '../../src/shared/insights.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { KNOWN_BALANCE, knownJournal } from '../support/insights-journal.ts'
import { useApp } from './support/app.ts'
import { createJournal, heading, isFocused, lock, pageHtml, see, startJournal, unlock } from './support/screens.ts'
import { visit } from './support/visit.ts'

const NUDGE = "It's been five weeks since you wrote about appreciation."
const WINDOW_LABELS: Record<BalanceWindow, string> = { last30Days: 'Last 30 days', last12Months: '12 months', allTime: 'All time' }

/** Home again, with fresh insights (they are read when home opens). */
async function reopenHome(page: Page, name = 'Ana'): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Sevenfold' }).click()
  await see(heading(page, `Hello, ${name}`))
}

function balance(page: Page) {
  return page.getByRole('region', { name: 'How your writing is spread' })
}

/** The table's numbers, theme title to count, as the page shows them. */
async function tableNumbers(page: Page): Promise<Record<string, number>> {
  const rows = balance(page).getByRole('table').getByRole('row')
  const numbers: Record<string, number> = {}
  for (const row of (await rows.all()).slice(1)) {
    const title = (await row.getByRole('rowheader').textContent())!.trim()
    numbers[title] = Number(await row.getByRole('cell').textContent())
  }
  return numbers
}

const byTitle = (counts: Record<string, number>) => Object.fromEntries(THEMES.map((theme) => [theme.title, counts[theme.id]]))

describe('insights on the home screen', () => {
  const app = useApp()

  test('on this day, the balance for each window, the nudge that stays dismissed, and writing days', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    const { lastYear } = await knownJournal(backend)
    await reopenHome(page)

    const onThisDay = page.getByRole('region', { name: 'On this day' })
    await see(onThisDay)
    const cards = onThisDay.getByRole('listitem')
    expect(await cards.count()).toBe(2)
    expect(await cards.nth(0).textContent()).toMatch(/^A year ago · .+A year ago todayWords for A year ago today$/)
    expect(await cards.nth(1).textContent()).toMatch(/^Three years ago · .+Three years ago today/)

    await see(heading(page, NUDGE))
    await see(page.getByText("A prompt, if you'd like one:"))
    const writing = await balance(page).locator('.writing-days').textContent()
    expect(writing).toBe("You've written on eleven days, seven of them in the last 30. Three days in a row now.")

    // The chart and its table, for each window.
    const chart = balance(page).getByRole('img')
    expect(await chart.getAttribute('aria-label')).toBe(
      'Theme balance in the last 30 days: most in Trust each other (2 reflections), least in Say thank you (0 reflections). The table beside it has every number.'
    )
    expect(await tableNumbers(page)).toEqual(byTitle(KNOWN_BALANCE.last30Days))
    // The axes are named as the themes are everywhere else, not with short names of their own.
    const axisNames = await chart
      .locator('.heptagon__label')
      .evaluateAll((labels) => labels.map((label) => [...label.children].map((line) => line.textContent).join(' ')))
    expect(axisNames).toEqual(THEMES.map((theme) => theme.title))
    await visit(page, 'home-insights-01', findings)

    // The windows are radio buttons: arrow keys move between them.
    await balance(page).getByRole('radio', { name: 'Last 30 days' }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await balance(page).getByRole('radio', { name: '12 months' }).isChecked()).toBe(true)
    expect(await tableNumbers(page)).toEqual(byTitle(KNOWN_BALANCE.last12Months))
    for (const window of BALANCE_WINDOWS) {
      await balance(page).getByRole('radio', { name: WINDOW_LABELS[window] }).check()
      expect(await tableNumbers(page), window).toEqual(byTitle(KNOWN_BALANCE[window]))
    }
    expect(await chart.getAttribute('aria-label')).toMatch(/^Theme balance so far: most in Trust each other \(3 reflections\)/)
    await visit(page, 'home-insights-02-all-time', findings)

    // "Not now": the card goes, a note takes its place and the focus, and it stays gone.
    await page.getByRole('button', { name: 'Not now' }).click()
    const note = page.getByRole('status').filter({ hasText: 'That one can wait' })
    await see(note)
    expect(await isFocused(note)).toBe(true)
    expect(await heading(page, NUDGE).count()).toBe(0)
    await visit(page, 'home-insights-03-dismissed', findings)
    await page.reload()
    await see(heading(page, 'Hello, Ana'))
    await see(page.getByRole('region', { name: 'On this day' }))
    expect(await heading(page, NUDGE).count()).toBe(0)
    await lock(page)
    expect(await pageHtml(page)).not.toContain('A year ago today')
    await unlock(page, 'Ana', PASS_A)
    await see(heading(page, 'Hello, Ana'))
    await see(balance(page))
    expect(await heading(page, NUDGE).count()).toBe(0)

    // A card opens its reflection in the editor.
    await page.getByRole('button', { name: 'A year ago today' }).click()
    await see(page.getByRole('main', { name: /Editor/ }))
    await see(page.getByText('Words for A year ago today'))
    expect((await backend.reflections.get({ id: lastYear })).title).toBe('A year ago today')
    expect(findings).toEqual([])
  })

  test('"Write about it" opens the editor on that theme with a prompt', async () => {
    const { page, backend, open } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await knownJournal(backend)
    await reopenHome(page)
    await page.getByRole('button', { name: 'Write about it' }).click()
    const editor = page.getByRole('main', { name: /Editor/ })
    await see(editor)
    expect(await editor.textContent()).toContain('Say thank you')
  })

  test('a new journal gets kind words instead of empty charts, and nothing of the other partner’s', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await knownJournal(backend)
    await lock(page)
    await page.getByRole('button', { name: "Add your partner's journal" }).click()
    await createJournal(page, 'Ben', PASS_B)
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, 'Hello, Ben'))

    expect(await balance(page).locator('.writing-days').textContent()).toMatch(/^Nothing written yet, and that is fine\..+a seven-sided picture here/)
    expect(await balance(page).getByRole('img').count()).toBe(0)
    expect(await balance(page).getByRole('table').count()).toBe(0)
    expect(await page.getByRole('region', { name: 'On this day' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Write about it' }).count()).toBe(0)
    expect(await pageHtml(page)).not.toContain('A year ago today')
    await visit(page, 'home-insights-04-empty', findings)
    expect(findings).toEqual([])
  })
})
