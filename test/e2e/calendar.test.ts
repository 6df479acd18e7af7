import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { themeById, type ThemeId } from '../../src/shared/themes.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, see, startJournal } from './support/screens.ts'
import { visit } from './support/visit.ts'

// A known March 2025 (weeks from Monday in en-GB), and a few neighbours that must stay out of it.
const MARCH: Array<[string, ThemeId, string]> = [
  ['2025-03-03', 'trust', 'Keeping a promise'],
  ['2025-03-09', 'appreciation', 'Thank you for Sunday'],
  ['2025-03-09', 'small-talk', 'Plans over breakfast'],
  ['2025-03-14', 'self-love', 'A slow morning'],
  ['2025-03-14', 'being-there', 'At the hospital'],
  ['2025-03-14', 'quality-time', 'Ice cream by the river'],
  ['2025-03-14', 'emotional-needs', 'Being heard'],
  ['2025-03-14', 'trust', 'The hard talk'],
  ['2025-03-31', 'self-love', 'End of the month']
]
const ELSEWHERE: Array<[string, ThemeId, string]> = [
  ['2025-02-28', 'trust', 'Last of February'],
  ['2025-04-01', 'appreciation', 'First of April'],
  ['2024-03-09', 'small-talk', 'A year before']
]

async function arrange(backend: SevenfoldBackend): Promise<void> {
  for (const [date, themeId, title] of [...MARCH, ...ELSEWHERE]) {
    await backend.reflections.create({ themeId, title, body: paragraphDoc(`${title}.`), date })
  }
}

function day(page: Page, date: string): Locator {
  return page.locator(`td[data-day="${date}"]`)
}

function monthGrid(page: Page): Locator {
  return page.locator('table.month-grid')
}

/** The day the grid's one tab stop is on. */
async function focusedDay(page: Page): Promise<string | null> {
  return page.locator(':focus').getAttribute('data-day')
}

async function dotColours(cell: Locator): Promise<string[]> {
  return cell.locator('.calendar-dot').evaluateAll((dots) => dots.map((dot) => dot.ownerDocument.defaultView!.getComputedStyle(dot).backgroundColor))
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

describe('calendar', () => {
  const app = useApp()

  test('a month shows a dot per reflection in its theme’s colour, the keys move through days and months, and a chosen day opens its reflections', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await arrange(backend)

    await page.getByRole('button', { name: 'Calendar', exact: true }).click()
    await see(heading(page, 'Calendar'))
    const now = new Date()
    const pad = (n: number) => String(n).padStart(2, '0')
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
    expect(await day(page, today).getAttribute('aria-current')).toBe('date')
    expect(await day(page, today).getAttribute('tabindex')).toBe('0')
    expect(await monthGrid(page).locator('[tabindex="0"]').count()).toBe(1)

    // PageUp, one month at a time, back to March 2025.
    await day(page, today).focus()
    const monthsBack = (now.getFullYear() - 2025) * 12 + now.getMonth() - 2
    for (let i = 0; i < monthsBack; i++) await page.keyboard.press('PageUp')
    await see(heading(page, 'March 2025'))
    expect(await focusedDay(page)).toMatch(/^2025-03-/)
    await expect.poll(() => monthGrid(page).getAttribute('aria-busy')).toBeNull()

    // One dot per reflection, in the theme's colour; past four, three dots and "+2".
    expect(await dotColours(day(page, '2025-03-03'))).toEqual([rgb(themeById('trust').colour)])
    expect((await dotColours(day(page, '2025-03-09'))).sort()).toEqual([rgb(themeById('appreciation').colour), rgb(themeById('small-talk').colour)].sort())
    expect(await dotColours(day(page, '2025-03-14'))).toHaveLength(3)
    expect(await day(page, '2025-03-14').locator('.calendar-dots__more').getAttribute('data-more')).toBe('+2')
    expect(await dotColours(day(page, '2025-03-31'))).toEqual([rgb(themeById('self-love').colour)])
    expect(await page.locator('table.month-grid .calendar-dot').count()).toBe(1 + 2 + 3 + 1)
    expect(await day(page, '2025-03-09').getAttribute('aria-label')).toMatch(
      /^Sunday,? 9 March 2025, 2 reflections: (Thank you for Sunday|Plans over breakfast), (Thank you for Sunday|Plans over breakfast)$/
    )
    expect(await day(page, '2025-03-14').getAttribute('aria-label')).toMatch(/14 March 2025, 5 reflections: [^,]+, and 4 more$/)
    expect(await day(page, '2025-03-10').getAttribute('aria-label')).toMatch(/^Monday,? 10 March 2025$/)
    await visit(page, 'calendar-01-month', findings)

    // The arrow keys move a day or a week, Home and End to the week's ends (Monday to Sunday here).
    await day(page, '2025-03-12').click()
    expect(await focusedDay(page)).toBe('2025-03-12')
    const presses: Array<[string, string]> = [
      ['ArrowRight', '2025-03-13'],
      ['ArrowLeft', '2025-03-12'],
      ['ArrowUp', '2025-03-05'],
      ['Home', '2025-03-03'],
      ['End', '2025-03-09'],
      ['ArrowDown', '2025-03-16']
    ]
    for (const [key, expected] of presses) {
      await page.keyboard.press(key)
      expect(await focusedDay(page), key).toBe(expected)
    }
    expect(await monthGrid(page).locator('[tabindex="0"]').count()).toBe(1)
    // Out of the month and back: the next month loads with its own dots, focus follows.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await see(heading(page, 'April 2025'))
    expect(await focusedDay(page)).toBe('2025-04-06')
    await expect.poll(() => dotColours(day(page, '2025-04-01'))).toEqual([rgb(themeById('appreciation').colour)])
    await page.keyboard.press('PageUp')
    await see(heading(page, 'March 2025'))
    expect(await focusedDay(page)).toBe('2025-03-06')
    await page.keyboard.press('PageDown')
    expect(await focusedDay(page)).toBe('2025-04-06')
    await page.keyboard.press('PageUp')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await focusedDay(page)).toBe('2025-03-09')

    // Enter chooses the day: its reflections are listed below, each with its theme.
    await page.keyboard.press('Enter')
    const list = page.getByRole('region', { name: /9 March 2025/ })
    await see(list)
    expect(await day(page, '2025-03-09').getAttribute('aria-selected')).toBe('true')
    await see(list.getByRole('status').filter({ hasText: 'You wrote 2 reflections on this day.' }))
    const entries = list.getByRole('button')
    expect(await entries.count()).toBe(2)
    expect(await entries.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Thank you for Sunday'), expect.stringContaining('Plans over breakfast')])
    )
    expect(await list.textContent()).toContain(themeById('appreciation').title)
    expect(await isFocused(day(page, '2025-03-09'))).toBe(true)
    await visit(page, 'calendar-02-day-selected', findings)

    // A quiet day says so kindly.
    await day(page, '2025-03-10').click()
    await see(page.getByRole('region', { name: /10 March 2025/ }).getByText('Nothing written on this day. Quiet days are part of it too.'))

    // Space chooses too; a reflection opens in the editor.
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Space')
    const sunday = page.getByRole('region', { name: /9 March 2025/ })
    await see(sunday)
    await sunday.getByRole('button', { name: /Thank you for Sunday/ }).click()
    await see(page.getByRole('main', { name: /Editor/ }))
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Thank you for Sunday')

    // Back goes to the calendar as it was left: March 2025, the Sunday chosen and focused.
    await page.getByRole('button', { name: '← Back to the calendar' }).click()
    await see(page.getByRole('region', { name: /9 March 2025/ }).getByRole('button', { name: /Thank you for Sunday/ }))
    expect(await day(page, '2025-03-09').getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => isFocused(day(page, '2025-03-09'))).toBe(true)

    expect(findings).toEqual([])
  })

  test('the year view shows each day’s count as a heat map with the year’s total, and a day opens its month', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await arrange(backend)

    await page.getByRole('button', { name: 'Calendar', exact: true }).click()
    await page.getByRole('button', { name: 'Year', exact: true }).click()
    expect(await page.getByRole('button', { name: 'Year', exact: true }).getAttribute('aria-pressed')).toBe('true')
    const thisYear = new Date().getFullYear()
    await see(heading(page, String(thisYear)))
    for (let year = thisYear; year > 2025; year--) await page.getByRole('button', { name: 'Previous year' }).click()
    await see(heading(page, '2025'))
    await see(page.getByRole('status').filter({ hasText: '11 reflections in 2025.' }))

    // Twelve small months; counts in names, and the colour deepens with the count.
    expect(await page.locator('table.year-grid').count()).toBe(12)
    expect(await page.locator('table.year-grid [tabindex="0"]').count()).toBe(12)
    const cells: Array<[string, number, RegExp]> = [
      ['2025-03-14', 4, /14 March 2025, 5 reflections$/],
      ['2025-03-09', 2, /9 March 2025, 2 reflections$/],
      ['2025-03-03', 1, /3 March 2025, 1 reflection$/],
      ['2025-02-28', 1, /28 February 2025, 1 reflection$/],
      ['2025-03-10', 0, /10 March 2025, nothing written$/]
    ]
    for (const [date, level, name] of cells) {
      expect(await day(page, date).getAttribute('class'), date).toContain(`heat--${level}`)
      expect(await day(page, date).getAttribute('aria-label'), date).toMatch(name)
    }
    expect(await page.locator('table.year-grid .heat--0').count()).toBe(365 - 6)
    const march = page.getByRole('region', { name: 'March', exact: true })
    expect(await march.getByRole('heading').textContent()).toContain('9')
    const background = (date: string) => day(page, date).evaluate((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell).backgroundColor)
    expect(await background('2025-03-14')).not.toBe(await background('2025-03-09'))
    expect(await background('2025-03-09')).not.toBe(await background('2025-03-10'))
    await visit(page, 'calendar-03-year', findings)

    // A small month's keys stay within it; Enter opens its month with the day chosen and focused.
    await day(page, '2025-03-01').focus()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('PageUp')
    expect(await focusedDay(page)).toBe('2025-03-01')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await focusedDay(page)).toBe('2025-03-20')
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    expect(await focusedDay(page)).toBe('2025-03-14')
    await page.keyboard.press('Enter')
    await see(heading(page, 'March 2025'))
    expect(await focusedDay(page)).toBe('2025-03-14')
    expect(await day(page, '2025-03-14').getAttribute('aria-selected')).toBe('true')
    const list = page.getByRole('region', { name: /14 March 2025/ })
    await expect.poll(() => list.getByRole('button').count()).toBe(5)

    // A click on a day of the year does the same.
    await page.getByRole('button', { name: 'Year', exact: true }).click()
    await see(heading(page, '2025'))
    await day(page, '2025-04-01').click()
    await see(heading(page, 'April 2025'))
    await see(page.getByRole('region', { name: /1 April 2025/ }).getByRole('button', { name: /First of April/ }))

    expect(findings).toEqual([])
  })
})
