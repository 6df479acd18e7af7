import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { localDate } from '../../src/shared/dates.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, see } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault } from './support/vault.ts'
import { SIZES, visit } from './support/visit.ts'

const LONG_TITLE = 'The evening we walked all the way home along the river and talked about everything'

function day(page: Page, date: string): Locator {
  return page.locator(`td[data-day="${date}"]`)
}

/** Whether all of `locator` is inside the window, as it stands (no scrolling). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  const size = page.viewportSize()!
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
}

describe('the calendar month', () => {
  const app = useApp()

  test('a chosen day shows beside or under the grid without scrolling, with a legend, titles where there is room and moments together', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    // Ana and Ben, a vault each journal has been open for (a moment together today), and Ana asks a question.
    await arrangeTwoJournals(backend, ANA)
    await arrangeVault(backend)
    await backend.vaultReveals.ask({ prompt: 'What would you like more of?', answer: 'Slow Sundays.' })
    const today = localDate()
    const month = today.slice(0, 7)
    const last = localDate(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
    const first = `${month}-01`
    await backend.reflections.create({ themeId: 'quality-time', title: LONG_TITLE, body: paragraphDoc('We did.'), date: today })
    await backend.reflections.create({ themeId: 'appreciation', title: 'Thank you for the soup', body: paragraphDoc('It was good.'), date: today })
    await backend.reflections.create({ themeId: 'trust', title: 'A promise kept', body: paragraphDoc('Yes.'), date: today })
    await backend.reflections.create({ themeId: 'self-love', title: 'End of the month', body: paragraphDoc('Rest.'), date: last })
    if (first !== today && first !== last)
      await backend.reflections.create({ themeId: 'being-there', title: 'A hard start', body: paragraphDoc('Still here.'), date: first })
    await open()
    await page.getByRole('button', { name: 'Calendar', exact: true }).click()
    await see(heading(page, 'Calendar'))
    await expect.poll(() => page.locator('table.month-grid').getAttribute('aria-busy')).toBeNull()

    // The legend: every theme by name beside its colour, and the mark for a moment together.
    const legend = page.getByRole('region', { name: 'What the marks mean' })
    const items = legend.getByRole('listitem')
    expect(await items.allTextContents()).toEqual([...THEMES.map((t) => t.title), 'Something you did together'])
    expect(await legend.locator('.moment-mark').count()).toBe(1)

    // Today holds three reflections and two moments; its name says so, and its cell has the mark.
    expect(await day(page, today).getAttribute('aria-label')).toMatch(new RegExp(`3 reflections: ${LONG_TITLE}, and 2 more, 2 moments together, today$`))
    expect(await day(page, today).locator('.moment-mark').count()).toBe(1)
    if (last !== today) expect(await day(page, last).locator('.moment-mark').count()).toBe(0)

    for (const size of SIZES) {
      await page.setViewportSize(size)
      const name = `${size.width}x${size.height}`
      await page.mouse.wheel(0, -5000)
      // The last day is often in the grid's last row: chosen there, its list is still in view.
      for (const date of [last, today]) {
        await day(page, date).click()
        const list = page.getByRole('region', { name: new RegExp(String(Number(date.slice(8)))) }).filter({ has: page.locator('.calendar-day-list__summary') })
        await see(list.getByRole('status'))
        expect(await inView(page, list.getByRole('heading').first()), `${name}: ${date}'s heading`).toBe(true)
        expect(await inView(page, list.getByRole('button').first()), `${name}: ${date}'s first reflection`).toBe(true)
      }
      const chosen = page.getByRole('region', { name: /./ }).filter({ has: page.locator('.calendar-moments') })
      expect(await chosen.getByRole('listitem').allTextContents()).toEqual(
        expect.arrayContaining(['You asked Ben a question to answer together.', 'You and Ben opened your vault together.'])
      )
      // Three reflections and two moments fill more than a small window; on the others all of it shows.
      if (size.width > 800) expect(await inView(page, chosen.locator('.calendar-moments')), `${name}: today's moments`).toBe(true)

      // Titles in the days where there is room, cut short; dots where there is not.
      const titles = day(page, today).locator('.month-grid__title')
      if (size.width >= 1600) {
        expect(await titles.first().isVisible(), name).toBe(true)
        expect(await day(page, today).locator('.calendar-dots').isVisible()).toBe(false)
        expect(await day(page, today).locator('.month-grid__more').getAttribute('data-title')).toBe('and 2 more')
        expect(await titles.first().getAttribute('data-title')).toBe(LONG_TITLE)
        const cut = await titles
          .first()
          .evaluate((el) => el.scrollWidth > el.clientWidth && el.ownerDocument.defaultView!.getComputedStyle(el).textOverflow === 'ellipsis')
        expect(cut, `${name}: the long title is cut with an ellipsis`).toBe(true)
      } else {
        expect(await titles.first().isVisible(), name).toBe(false)
        expect(await day(page, today).locator('.calendar-dots').isVisible(), name).toBe(true)
      }
      await page.screenshot({ path: `test-results/screens/calendar-month-${name}-view.png` })
      await visit(page, `calendar-month-${name}`, findings)
    }

    expect(findings).toEqual([])
  })
})
