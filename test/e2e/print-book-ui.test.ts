import { describe, expect, test } from 'vitest'
import { paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { ANA, arrangeJournal, expectSummary, openPrintScreen, printButton, seeResult } from './support/print.ts'
import { heading, see } from './support/screens.ts'
import { visitEverySize } from './support/visit.ts'

// The print screen's choices for how the book reads (issue 18, item 5): two days or chosen
// reflections in date order by default or by theme, and chapters following on unless each is
// asked to start a page. What is sent to the printer is the document the app would print.

const position = (html: string, text: string) => html.indexOf(text.replace(/'/g, '&#39;'))

describe('the print screen: how the book reads', () => {
  const app = useApp()

  test('two days print in date order by default, by theme when asked, chapters on new pages only when asked', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    // November 2025 holds "An old letter" (trust, 3 November) and, in another theme, this.
    await backend.reflections.create({ themeId: 'self-love', title: 'A walk in the frost', date: '2025-11-20', body: paragraphDoc('Cold hands, warm tea.') })
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await openPrintScreen(page)
    const findings: string[] = []

    await page.getByLabel('From', { exact: true }).fill('2025-11-01')
    await page.getByLabel('To', { exact: true }).fill('2025-11-30')
    // By date, a chapter a month: one chapter for the two reflections.
    await expectSummary(page, '2 reflections in 1 chapter, 3 – 20 November 2025')
    const byDate = page.getByRole('radio', { name: 'By date' })
    const byTheme = page.getByRole('radio', { name: 'By theme' })
    const newPages = page.getByRole('checkbox', { name: 'Each chapter on a new page' })
    const emptyThemes = page.getByRole('checkbox', { name: 'Themes with nothing in them' })
    expect(await byDate.isChecked()).toBe(true)
    expect(await newPages.isChecked()).toBe(false)
    // Empty themes make no sense in date order: there are no themes' chapters to leave empty.
    expect(await emptyThemes.count()).toBe(0)
    await visitEverySize(page, 'print-book-01-by-date', findings)

    await printButton(page).click()
    await seeResult(page, 'Sent to the printer.')
    const dated = host.printed.at(-1)!
    expect(position(dated, '>November 2025</h1>')).toBeGreaterThan(0)
    expect(position(dated, 'An old letter')).toBeLessThan(position(dated, 'A walk in the frost'))
    expect(dated).toContain('<span class="entry-theme theme-trust">Trust each other</span>')
    expect(dated).not.toContain('break-before: page')

    // By theme: a chapter for each, in the themes' order, and each on a page of its own when asked.
    await byTheme.check()
    await expectSummary(page, '2 reflections in 2 chapters, 3 – 20 November 2025')
    expect(await emptyThemes.count()).toBe(1)
    await newPages.check()
    await visitEverySize(page, 'print-book-02-by-theme', findings)
    await printButton(page).click()
    await seeResult(page, 'Sent to the printer.')
    expect(host.printed).toHaveLength(2)
    const themed = host.printed.at(-1)!
    expect(position(themed, '>Love yourself first</h1>')).toBeGreaterThan(0)
    expect(position(themed, '>Love yourself first</h1>')).toBeLessThan(position(themed, '>Trust each other</h1>'))
    expect(themed).not.toContain('November 2025</h1>')
    expect(themed).toContain('.chapter { break-before: page; }')

    // A theme is one chapter already: neither choice is offered.
    await page.getByRole('radio', { name: 'A theme' }).check()
    await expectSummary(page, '2 reflections in 1 chapter, 20 November 2025 – 2 March 2026')
    expect(await byDate.count()).toBe(0)
    expect(await newPages.count()).toBe(0)
    // Chosen reflections are told like two days: the choice comes back as it was left.
    await page.getByRole('radio', { name: 'Reflections I choose' }).check()
    expect(await byTheme.isChecked()).toBe(true)
    expect(await newPages.isChecked()).toBe(true)
    expect(findings).toEqual([])
  })
})
