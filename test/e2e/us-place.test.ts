// Issue 16, items 1, 5 and 7, played with two real journals: home's place for the two of them
// before a vault exists, after Ana asks and Ben answers (Ana's home says to reveal it together,
// the lock screen says something waits), after a sealed note; and the lock screen in dark after
// Ana chose dark. Screenshots at three sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, pageHtml, see, themeCard, unlock } from './support/screens.ts'
import { ANA, arrangeTwoJournals, BEN, openAnasHomeWithVault } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const QUESTION = 'What is one thing I did this month that made you feel loved?'
const ANA_SAYS = 'You brought me soup when I was ill.'
const BEN_SAYS = 'You left a note in my coat pocket.'
const WAITS = 'Something is waiting for you both in your vault.'

function usPlace(page: Page) {
  return page.getByRole('region', { name: `You and ${BEN}` })
}

describe('a place for the two of them', () => {
  const app = useApp()

  test('before a vault, it offers to create it together; the lead speaks of two', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await see(page.getByText(`What you write here stays yours alone; what you share with ${BEN} goes through your vault, opened together.`))
    const us = usPlace(page)
    await see(us)
    // With two journals every theme card names its practice, those done together too.
    expect(await page.locator('.theme-card__practice').allTextContents()).toHaveLength(7)
    expect(await themeCard(page, 'appreciation').locator('.theme-card__practice').textContent()).toBe('Practice: Thank-you notes')
    await visitEverySize(page, 'us-no-vault', findings)
    await us.getByRole('button', { name: 'Create your vault together' }).click()
    await see(heading(page, 'Create your vault together'))
    expect(findings).toEqual([])
  })

  test('after Ana asks and Ben answers, Ana’s home says to reveal it together, the lock screen says something waits, and a note adds to it', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)
    const us = usPlace(page)
    await see(us.getByText('Nothing is waiting for the two of you right now.'))
    // The lock screen has nothing to say yet.
    await lock(page)
    expect(await page.getByText(WAITS).count()).toBe(0)
    await unlock(page, ANA, PASS_A)

    // Ana asks from home, in place.
    await us.getByRole('button', { name: `Ask ${BEN} a question` }).click()
    expect(await us.getByRole('button', { name: `Ask ${BEN} a question` }).getAttribute('aria-expanded')).toBe('true')
    await us.getByLabel('Question', { exact: true }).selectOption({ label: 'Write my own question…' })
    await us.getByLabel('Your question').fill(QUESTION)
    await us.getByLabel('Your answer').fill(ANA_SAYS)
    await visitEverySize(page, 'us-ask', findings)
    await us.getByRole('button', { name: 'Seal my answer' }).click()
    await see(us.getByRole('status').filter({ hasText: `Sealed. The question will be waiting in ${BEN}’s journal` }))

    // Her trust page: the couple's cards above the prompts, and her own answer shown back to her.
    await themeCard(page, 'trust').getByRole('button').first().click()
    await see(heading(page, 'Trust each other'))
    const ask = page.getByRole('region', { name: 'Both answer, then reveal' })
    const prompts = page.locator('.theme-screen__body')
    expect((await ask.boundingBox())!.y).toBeLessThan((await prompts.boundingBox())!.y)
    await see(page.getByText(`Your answer: ${ANA_SAYS}`))
    await visitEverySize(page, 'us-trust', findings)

    // Ben answers; his page shows his answer, never Ana's.
    await lock(page)
    await unlock(page, BEN, PASS_B)
    const bensUs = page.getByRole('region', { name: `You and ${ANA}` })
    await see(bensUs.getByRole('region', { name: 'A question is waiting for your answer' }))
    expect(await pageHtml(page)).not.toContain(ANA_SAYS)
    await bensUs.getByRole('button', { name: 'Answer in Trust each other' }).click()
    const waiting = page.getByRole('region', { name: 'A question is waiting for your answer' })
    await waiting.getByLabel('Your answer').fill(BEN_SAYS)
    await waiting.getByRole('button', { name: 'Seal my answer' }).click()
    await see(page.getByText(`Your answer: ${BEN_SAYS}`))
    expect(await pageHtml(page)).not.toContain(ANA_SAYS)

    // Locked: the lock screen says something waits, and nothing of what.
    await lock(page)
    await see(page.getByText(WAITS))
    expect(await pageHtml(page)).not.toContain(QUESTION)
    await visitEverySize(page, 'us-lock-waiting', findings)

    // Ana's home: Ben answered, reveal it together.
    await unlock(page, ANA, PASS_A)
    const reveal = us.getByRole('region', { name: `${BEN} answered — reveal it together` })
    await see(reveal)
    await see(reveal.getByText(QUESTION))
    expect(await pageHtml(page)).not.toContain(BEN_SAYS)

    // A note, sealed from home: something sealed waits for both, without a word of who.
    await us.getByRole('button', { name: `Leave ${BEN} a note` }).click()
    // Called by the name it was opened with, not the vault's "Drop a sealed secret".
    await see(us.getByRole('heading', { name: `A note for ${BEN}` }))
    await us.getByLabel('Title').fill('For Sunday')
    await us.getByRole('button', { name: 'Seal it' }).click()
    await see(us.getByRole('heading', { name: 'Sealed, and safe in the vault' }))
    await us.getByRole('button', { name: 'Done' }).click()
    await see(us.getByRole('region', { name: 'Something sealed is waiting for you both' }))
    await visitEverySize(page, 'us-home-waiting', findings)
    // One way into the vault for both, not one under each.
    expect(await us.getByRole('button', { name: 'Open your vault together' }).count()).toBe(1)
    await us.getByRole('button', { name: 'Open your vault together' }).click()
    await see(heading(page, 'Your vault is locked'))
    expect(findings).toEqual([])
  })

  test('the lock screen wears dark after Ana chose dark, with Welcome back taking focus', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    await backend.settings.update({ appearance: 'dark' })
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await lock(page)
    expect(await page.locator('html').getAttribute('data-appearance')).toBe('dark')
    await expect.poll(() => isFocused(heading(page, 'Welcome back'))).toBe(true)
    await visitEverySize(page, 'us-lock-dark', findings)
    expect(findings).toEqual([])
  })
})
