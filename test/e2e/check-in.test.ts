// Issue 17, item 5: the daily check-in, with two real journals and a vault. Ana writes today's
// three lines on the small talk page, sees the day filled in the strip with its lines below,
// changes a line the same day (still one check-in), and tells Ben the third line in the vault;
// opened together, it waits as an envelope from her check-in and says only that line.
// Screenshots of the form and the strip at three sizes, light and dark.

import { describe, expect, test } from 'vitest'
import { localDate } from '../../src/shared/dates.ts'
import { themeById } from '../../src/shared/themes.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, pageHtml, see } from './support/screens.ts'
import { ANA, BEN, enterVault, openAnasHomeWithVault, openVaultTogether } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const TALK = themeById('small-talk')
const LINES = { forward: 'Pancakes with Ben on Sunday', heard: 'A radio piece about lighthouse keepers', tell: 'The heron was back at the pond' }

describe('the daily check-in', () => {
  const app = useApp()

  test('Ana checks in, sees the day in the strip, changes it the same day and tells Ben the third line, read together in the vault', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)

    await page.getByRole('button', { name: TALK.title, exact: true }).click()
    const form = page.getByRole('form', { name: 'Check in for today' })
    await see(form)
    await visitEverySize(page, 'check-in-form-empty', findings)
    await form.getByLabel('What are you looking forward to today?').fill(LINES.forward)
    await form.getByLabel('Something you read, watched or heard').fill(LINES.heard)
    await form.getByLabel(`A small thing you would like to tell ${BEN}`).fill(LINES.tell)
    // Enter in a line saves, like the button.
    await form.getByLabel(`A small thing you would like to tell ${BEN}`).press('Enter')
    const saved = page.getByRole('form', { name: 'Your check-in today' })
    await see(saved.getByRole('status').getByText('Saved'))

    // The strip: today filled, its lines below.
    const strip = page.getByRole('region', { name: 'Your last two weeks' })
    const days = strip.getByRole('button')
    expect(await days.count()).toBe(14)
    const todayCell = strip.getByRole('button', { name: /, today: check-in$/ })
    await see(todayCell)
    expect(await todayCell.getAttribute('aria-pressed')).toBe('true')
    await see(strip.getByText(LINES.heard))
    expect(await strip.getByRole('button', { name: /: no check-in$/ }).count()).toBe(13)
    // One Tab stop; the arrow keys move along the days, and the day focused shows below.
    await todayCell.focus()
    await todayCell.press('ArrowLeft')
    const yesterday = days.nth(12)
    expect(await isFocused(yesterday)).toBe(true)
    await see(strip.getByText('No check-in that day.'))
    await yesterday.press('End')
    expect(await isFocused(todayCell)).toBe(true)
    await see(strip.getByText(LINES.forward))
    await visitEverySize(page, 'check-in-strip', findings)

    // The same day again: the lines are there to change, and it stays one check-in.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await page.getByRole('button', { name: TALK.title, exact: true }).click()
    const again = page.getByRole('form', { name: 'Your check-in today' })
    const heard = again.getByLabel('Something you read, watched or heard')
    expect(await heard.inputValue()).toBe(LINES.heard)
    const changed = `${LINES.heard}, and a song about rain`
    await heard.fill(changed)
    await again.getByRole('button', { name: 'Save changes' }).click()
    await see(again.getByRole('status').getByText('Saved'))
    await see(page.getByRole('region', { name: 'Your last two weeks' }).getByText(changed))
    const talk = await backend.reflections.list({ themeId: 'small-talk' })
    expect(talk).toHaveLength(1)
    expect(talk[0]).toMatchObject({ date: localDate(), checkIn: { ...LINES, heard: changed } })
    // The theme's list of reflections leaves check-ins to the strip.
    await see(page.getByText('Nothing here yet, and that is fine.', { exact: false }))

    // Tell Ben in the vault: a short question first, then only the third line is sealed.
    await again.getByRole('button', { name: `Tell ${BEN} in the vault…` }).click()
    const dialog = page.getByRole('dialog', { name: `Tell ${BEN} in the vault?` })
    await see(dialog.getByText(`“${LINES.tell}”`, { exact: false }))
    await visitEverySize(page, 'check-in-tell', findings)
    await dialog.getByRole('button', { name: `Seal it for ${BEN}` }).click()
    await see(page.getByText(new RegExp(`^Last told ${BEN} in the vault on `)))
    expect((await backend.reflections.list({ themeId: 'small-talk' }))[0]!.sharedAt).toEqual(expect.any(String))

    // Opened together: an envelope from Ana's check-in, then the line itself and nothing else of it.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await enterVault(page)
    await openVaultTogether(page)
    const envelopes = page.getByRole('region', { name: 'New since last time' })
    await see(envelopes.getByText(`From ${ANA}’s check-in · ${TALK.title}`))
    expect(await pageHtml(page)).not.toContain(LINES.tell)
    await envelopes.getByRole('button', { name: /^Open together/ }).click()
    await see(heading(page, 'A small thing to tell you'))
    await see(page.getByText(LINES.tell))
    const html = await pageHtml(page)
    expect(html).not.toContain(LINES.forward)
    expect(html).not.toContain('lighthouse keepers')
    expect(findings).toEqual([])
  })
})
