// Issue 17, item 7: being there for a moment in Ben's life, with two real journals. Ana notes
// his job interview for two days ahead and his scan results for today on the being-there page;
// home shows both, the scan results with "Write how I was there", whose prompts for hard news
// come first (it was noted as hard); she writes after one of them. The page's clock then moves
// on two days: the interview is today, and she writes after a good-news prompt. A dentist visit
// three days ago is put aside. Search opens the interview on the being-there page. Screenshots
// at three sizes, light and dark, with axe.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { localDate } from '../../src/shared/dates.ts'
import { PASS_A } from '../support/backend.ts'
import { themeById } from '../../src/shared/themes.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, see, startJournal } from './support/screens.ts'
import { BEN, openAnasHomeWithVault } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const THERE = themeById('being-there')
const DAY = 86_400_000
const INTERVIEW = { what: 'Ben’s job interview', line: 'Make him a proper breakfast' }
const SCAN = { what: 'Ben’s scan results', line: 'Keep the evening free' }
const DENTIST = 'Ben’s dentist appointment'

const comingUp = (page: Page) => page.getByRole('region', { name: `Being there for ${BEN}` })
const item = (page: Page, what: string) =>
  comingUp(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: what }) })
const body = (page: Page) => page.getByRole('textbox', { name: 'Reflection' })

async function goHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sevenfold' }).click()
  await see(heading(page, 'Hello, Ana'))
}

async function note(page: Page, what: string, on: string, tone: string, line: string): Promise<void> {
  const form = page.getByRole('form', { name: `Note something coming up for ${BEN}` })
  await form.getByLabel('What is it?').fill(what)
  await form.getByLabel('On which day?').fill(on)
  await form.getByRole('radio', { name: tone }).check()
  await form.getByLabel('A way you could be there (if you like)').fill(line)
  await form.getByRole('button', { name: 'Note it' }).click()
  await see(page.getByRole('status').filter({ hasText: `Noted: “${what}”.` }))
}

/** Writes a few words after the prompt chosen (with screenshots if `shots` names them), and comes back with Back. */
async function writeAfter(page: Page, prompt: string, words: string, back: string, shots?: { name: string; findings: string[] }): Promise<void> {
  await see(page.getByText(`Started from: ${prompt}`))
  await expect.poll(() => isFocused(body(page))).toBe(true)
  await page.keyboard.type(words)
  await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
  if (shots) await visitEverySize(page, shots.name, shots.findings)
  await page.getByRole('button', { name: back }).click()
}

describe('being there for a moment in the partner’s life', () => {
  const app = useApp()

  test('Ana notes two moments, home brings them back, she writes after hard news and, two days on, after good news', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await page.clock.install()
    await openAnasHomeWithVault(page, backend, open)
    const now = Date.now()
    const today = localDate(new Date(now))
    // Nothing noted: home says nothing about it.
    expect(await comingUp(page).count()).toBe(0)
    await backend.occasions.note({ what: DENTIST, on: localDate(new Date(now - 3 * DAY)) })

    await page.getByRole('button', { name: THERE.title, exact: true }).click()
    await see(heading(page, 'Moments to be there for'))
    await note(page, INTERVIEW.what, localDate(new Date(now + 2 * DAY)), 'Something hopeful', INTERVIEW.line)
    await note(page, SCAN.what, today, 'Something hard', SCAN.line)
    const list = page.locator('.being-there__card').nth(1)
    await see(list.getByRole('heading', { name: INTERVIEW.what }))
    await see(list.getByText(/^\w+, in 2 days · Something hopeful$/))
    await see(list.getByText('Today · Something hard'))
    await see(list.getByRole('heading', { name: 'Earlier' }))
    // Occasions are listed here, not among the theme's reflections.
    await see(page.getByText('Nothing here yet, and that is fine.', { exact: false }))
    await visitEverySize(page, 'occasions-theme', findings)

    // Home: the scan results today (to ask about), the dentist three days ago, the interview ahead.
    await goHome(page)
    await see(comingUp(page))
    expect(await comingUp(page).getByRole('heading', { level: 3 }).allTextContents()).toEqual([SCAN.what, DENTIST, INTERVIEW.what])
    await see(item(page, INTERVIEW.what).getByText(`How you could be there: ${INTERVIEW.line}`))
    expect(await item(page, INTERVIEW.what).getByRole('button').count()).toBe(0)
    await visitEverySize(page, 'occasions-home', findings)

    // The dentist: no need to write. It leaves home, and the sentence says where it went.
    await item(page, DENTIST).getByRole('button', { name: 'No need to write' }).click()
    await see(
      comingUp(page)
        .getByRole('status')
        .filter({ hasText: `“${DENTIST}” is put aside.` })
    )
    expect(await isFocused(comingUp(page).getByRole('heading', { name: `Being there for ${BEN}` }))).toBe(true)
    expect(await comingUp(page).getByRole('heading', { name: DENTIST }).count()).toBe(0)

    // The scan results, by keyboard: the hard-news prompts come first, the good-news ones beside them.
    const write = item(page, SCAN.what).getByRole('button', { name: 'Write how I was there' })
    await write.focus()
    await page.keyboard.press('Enter')
    expect(await write.getAttribute('aria-expanded')).toBe('true')
    const groups = item(page, SCAN.what).getByRole('heading', { level: 4 })
    expect(await groups.allTextContents()).toEqual(['If it was hard', 'If it went well'])
    await visitEverySize(page, 'occasions-follow-up', findings)
    const hard = `How did you listen to ${BEN}? What seemed to help, and what did not?`
    // Past "No need to write", the first prompt.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await isFocused(page.getByRole('button', { name: hard }))).toBe(true)
    await page.keyboard.press('Enter')
    await see(page.getByRole('main', { name: 'Editor' }))
    expect(await page.getByLabel('Title').inputValue()).toBe(`After ${SCAN.what}`)
    await writeAfter(page, `After “${SCAN.what}”: ${hard}`, 'We sat on the step and he told me all of it.', 'Back home', {
      name: 'occasions-editor',
      findings
    })
    await see(comingUp(page))
    expect(await comingUp(page).getByRole('heading', { name: SCAN.what }).count()).toBe(0)

    // Two days on, on the page's clock: the interview is today, and its good-news prompts come first.
    await page.clock.setSystemTime(now + 2 * DAY)
    await page.getByRole('button', { name: 'Calendar' }).click()
    await goHome(page)
    await see(item(page, INTERVIEW.what).getByText('Today'))
    await item(page, INTERVIEW.what).getByRole('button', { name: 'Write how I was there' }).click()
    expect(await item(page, INTERVIEW.what).getByRole('heading', { level: 4 }).allTextContents()).toEqual(['If it went well', 'If it was hard'])
    const good = `How could the two of you celebrate it this week, in a way ${BEN} would enjoy?`
    await item(page, INTERVIEW.what).getByRole('button', { name: good }).click()
    await writeAfter(page, `After “${INTERVIEW.what}”: ${good}`, 'Pizza on the roof, his choice of film.', 'Back home')
    // Nothing left to bring up: the card goes.
    await see(heading(page, 'Hello, Ana'))
    await expect.poll(() => comingUp(page).count()).toBe(0)

    // Both follow-ups name their moments, and were written on the page's day.
    const written = (await backend.reflections.list({ themeId: 'being-there' })).filter((r) => r.followsUp)
    const occasions = await backend.occasions.list()
    const byWhat = new Map(occasions.map((o) => [o.what, o]))
    expect(written.map((r) => r.followsUp).sort()).toEqual([byWhat.get(SCAN.what)!.id, byWhat.get(INTERVIEW.what)!.id].sort())
    expect(written.find((r) => r.followsUp === byWhat.get(INTERVIEW.what)!.id)!.date).toBe(localDate(new Date(now + 2 * DAY)))
    expect(byWhat.get(DENTIST)!.asideAt).toEqual(expect.any(String))

    // The theme page says what was written after each, and search opens a moment there.
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Words to find' }).fill('proper breakfast')
    await see(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first())
    await page.keyboard.press('Enter')
    const interview = page.getByRole('heading', { name: INTERVIEW.what, level: 4 })
    await expect.poll(() => isFocused(interview)).toBe(true)
    await see(page.getByRole('button', { name: `After ${INTERVIEW.what}`, exact: true }))
    await see(page.getByRole('button', { name: `After ${SCAN.what}`, exact: true }))
    await see(page.getByText('Put aside, with no need to write.'))
    await visitEverySize(page, 'occasions-theme-after', findings)
    expect(findings).toEqual([])
  })

  test('with one journal it speaks of “your partner”; a moment is moved to another day, then deleted', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await startJournal(page, 'Ana', PASS_A)
    const now = Date.now()
    await backend.occasions.note({ what: 'Sam’s driving test', on: localDate(new Date(now)), tone: 'hopeful' })
    // Home was open before it was noted: back home from elsewhere to see it.
    await page.getByRole('button', { name: 'Settings' }).click()
    await goHome(page)
    const card = page.getByRole('region', { name: 'Being there for your partner' })
    await see(card.getByText('Ask your partner how it went.', { exact: false }))
    await visitEverySize(page, 'occasions-one-journal', findings)

    // Moved to three days on: the form says what it changes, and the moment keeps the focus.
    await card.getByRole('button', { name: 'All the moments you noted' }).click()
    const moment = page.getByRole('heading', { name: 'Sam’s driving test', level: 4 })
    const form = page.getByRole('form', { name: 'Change “Sam’s driving test”' })
    // The form takes the focus, and Cancel gives it back to the moment.
    await page.getByRole('button', { name: 'Change', exact: true }).click()
    expect(await isFocused(form.getByLabel('What is it?'))).toBe(true)
    await form.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => isFocused(moment)).toBe(true)
    await page.getByRole('button', { name: 'Change', exact: true }).click()
    expect(await form.getByRole('radio', { name: 'Something hopeful' }).isChecked()).toBe(true)
    await form.getByLabel('On which day?').fill(localDate(new Date(now + 3 * DAY)))
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect.poll(() => isFocused(moment)).toBe(true)
    await see(page.getByText(/^\w+, in 3 days · Something hopeful$/))
    expect((await backend.occasions.list())[0]!.on).toBe(localDate(new Date(now + 3 * DAY)))

    // Coming up now, home names it without asking anything yet.
    await goHome(page)
    await see(card.getByText(/^\w+, in 3 days$/))
    expect(await card.getByRole('button', { name: 'Write how I was there' }).count()).toBe(0)

    // Deleted after a question; the list says there is nothing, and home says nothing.
    await card.getByRole('button', { name: 'All the moments you noted' }).click()
    await page.getByRole('button', { name: 'Delete…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete “Sam’s driving test”?' })
    await see(dialog.getByText('Anything you wrote afterwards about being there stays.', { exact: false }))
    await dialog.getByRole('button', { name: 'Delete it' }).click()
    await see(page.getByText('Nothing noted yet.', { exact: false }))
    expect(await isFocused(page.getByRole('heading', { name: 'Coming up for your partner', exact: true }))).toBe(true)
    expect(await backend.occasions.list()).toEqual([])
    await goHome(page)
    expect(await card.count()).toBe(0)
    expect(findings).toEqual([])
  })
})
