import { describe, expect, test } from 'vitest'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { createJournal, finishFirstRun, expectThemeCounts, heading, lock, pageHtml, RECOVERY_CODE, see, unlock } from './support/screens.ts'

// Titles that name no one, so finding them proves the journal's contents leaked, not a name.
const ANA_TITLES = ['The evening we cooked without phones', 'Keeping the promise about Sunday', 'Thank you for the quiet morning']
const ADD_PARTNER = "Add your partner's journal"

describe('two partners', () => {
  const app = useApp()

  test("a partner added from the lock screen starts empty and never sees the other's reflections", async () => {
    const { page, backend, open, shot } = app()
    await open()
    await createJournal(page, 'Ana', PASS_A)
    await finishFirstRun(page)
    await see(heading(page, 'Hello, Ana'))

    // Ana's journal is open in the backend: write into it directly, as the editor will.
    const body = paragraphDoc('Something only Ana should read.')
    await backend.reflections.create({ themeId: 'quality-time', title: ANA_TITLES[0]!, body, date: '2026-11-21' })
    await backend.reflections.create({ themeId: 'trust', title: ANA_TITLES[1]!, body, date: '2026-11-22' })
    await backend.reflections.create({ themeId: 'appreciation', title: ANA_TITLES[2]!, body, date: '2026-11-23' })

    await lock(page)
    await see(page.getByRole('button', { name: ADD_PARTNER }))
    await shot('1-locked-one-partner')

    await page.getByRole('button', { name: ADD_PARTNER }).click()
    await see(heading(page, 'Create your journal'))
    await see(page.getByText('Sevenfold keeps one journal for each of you.'))
    // The partner already here is asked to look away, by name, and the form is described by it.
    await see(page.getByText('Ana, would you look away for a moment?', { exact: false }))
    await shot('2-add-partner')
    expect(await createJournal(page, 'Ben', PASS_B)).toMatch(RECOVERY_CODE)
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, 'Hello, Ben'))
    await expectThemeCounts(page)
    await shot('3-partner-home')
    for (const title of ANA_TITLES) expect(await pageHtml(page)).not.toContain(title)

    await lock(page)
    await see(page.getByRole('heading', { name: 'Ana', level: 2 }))
    await see(page.getByRole('heading', { name: 'Ben', level: 2 }))
    expect(await page.getByRole('button', { name: ADD_PARTNER }).count()).toBe(0)
    await shot('4-locked-two-partners')

    await unlock(page, 'Ana', PASS_A)
    await see(heading(page, 'Hello, Ana'))
    await expectThemeCounts(page, { 'quality-time': 1, trust: 1, appreciation: 1 })
    await shot('5-first-partner-home')

    await lock(page)
    const html = await pageHtml(page)
    for (const title of ANA_TITLES) expect(html).not.toContain(title)
    expect(html).not.toContain('Last written')
  })
})
