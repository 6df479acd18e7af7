// Issue 16, item 5: home after a month of use, over the real backend. Ana wrote across a month
// (never about trust), asked Ben a question, he answered, and they opened the vault together and
// saw the answers revealed. Home's "Lately" lists her newest reflections with the day together,
// a title opens its reflection, no trust nudge speaks as if nothing happened, and the balance
// counts the moments under trust. An empty journal shows no timeline. Screenshots at three
// sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { daysAgo, write } from '../support/insights-journal.ts'
import { giveBoth } from '../support/vault.ts'
import { useApp } from './support/app.ts'
import { heading, lock, pageHtml, see, unlock } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN } from './support/vault.ts'
import { visit, visitEverySize } from './support/visit.ts'

const TRUST_NUDGE = "You haven't written about trust yet."

const lately = (page: Page) => page.getByRole('region', { name: 'Lately' })
const balance = (page: Page) => page.getByRole('region', { name: 'How your writing and time together are spread' })

describe('home after a month of use', () => {
  const app = useApp()

  test('lists the newest reflections with the day together, opens one, and counts the moments under trust', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    await arrangeVault(backend)

    // A month of Ana's writing, in every theme but trust; the first four weeks back.
    await write(backend, 'self-love', daysAgo(29), 'Slow morning, kind thoughts')
    await write(backend, 'quality-time', daysAgo(21), 'Ice cream on the harbour wall')
    await write(backend, 'small-talk', daysAgo(14), 'Breakfast plans')
    await write(backend, 'emotional-needs', daysAgo(9), 'What I need when I am tired')
    await write(backend, 'being-there', daysAgo(6), 'The day of the phone call')
    await write(backend, 'appreciation', daysAgo(3), '')
    const newest = await write(backend, 'self-love', daysAgo(1), 'A quiet walk alone')

    // She asks, Ben answers in his journal, and they open the vault together with hers open: the reveal.
    const { id } = await backend.vaultReveals.ask({ prompt: 'What would you like more of this spring?', answer: 'Long walks.' })
    const { profiles } = await backend.app.status()
    await backend.session.lock()
    await backend.session.unlock({ profileId: profiles[1]!.id, passphrase: PASS_B })
    await backend.vaultReveals.answer({ id, answer: 'Cooking together.' })
    await backend.session.lock()
    await backend.session.unlock({ profileId: profiles[0]!.id, passphrase: PASS_A })
    await giveBoth(backend)
    await backend.vault.lock()

    await open()
    await see(heading(page, `Hello, ${ANA}`))
    const list = lately(page)
    await see(list)
    const items = list.getByRole('listitem')
    expect(await items.count()).toBe(6)
    // Today's moments together first, then her five newest reflections, newest first.
    expect(await items.nth(0).textContent()).toBe(
      `You asked ${BEN} a question to answer together. You and ${BEN} revealed your answers to each other. You and ${BEN} opened your vault together.Today`
    )
    expect(await items.nth(1).textContent()).toBe('A quiet walk aloneYesterday · Love yourself first')
    // One with no title typed is listed under its first line.
    expect(await items.nth(2).textContent()).toMatch(/^Words for.+ · Say thank you$/)
    const titles = await list.getByRole('button').allTextContents()
    expect(titles).toEqual(['A quiet walk alone', 'Words for', 'The day of the phone call', 'What I need when I am tired', 'Breakfast plans'])

    // Home's order: the prompt, then Lately, then the themes and the chart.
    const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y
    expect(await top('A prompt for today')).toBeLessThan(await top('Lately'))
    expect(await top('Lately')).toBeLessThan(await top('Your seven themes'))

    // Trust was never written in, but the two of them were in their vault today: no nudge about it.
    expect(await heading(page, TRUST_NUDGE).count()).toBe(0)
    const table = balance(page).getByRole('table')
    await see(table)
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Theme', 'Reflections', 'Together'])
    expect(
      await table
        .getByRole('row', { name: /Trust each other/ })
        .getByRole('cell')
        .allTextContents()
    ).toEqual(['0', '3'])
    expect(
      await table
        .getByRole('row', { name: /Love yourself first/ })
        .getByRole('cell')
        .allTextContents()
    ).toEqual(['2', '0'])
    expect(await balance(page).getByRole('img').getAttribute('aria-label')).toContain('Trust each other (0 reflections and 3 moments together)')
    await see(balance(page).getByText(`Moments together are what you did in your vault with ${BEN}`))
    await visitEverySize(page, 'home-month-ana', findings)

    // A title opens its reflection in the editor; Back comes home.
    await list.getByRole('button', { name: 'A quiet walk alone' }).click()
    await see(page.getByRole('main', { name: /Editor/ }))
    await see(page.getByText('Words for A quiet walk alone'))
    expect((await backend.reflections.get({ id: newest })).title).toBe('A quiet walk alone')
    await page.getByRole('button', { name: 'Back home' }).click()
    await see(lately(page))

    // Nothing of it stays in the page after a lock.
    await lock(page)
    expect(await pageHtml(page)).not.toContain('A quiet walk alone')
    expect(await pageHtml(page)).not.toContain('revealed your answers')
    expect(findings).toEqual([])
  })

  test('shows no timeline while nothing is written, even after a moment together', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, BEN)
    await arrangeVault(backend)
    await open()
    await see(heading(page, `Hello, ${BEN}`))
    await see(page.getByRole('heading', { name: 'Your seven themes' }))
    expect(await lately(page).count()).toBe(0)
    // The moment still counts: the balance speaks of time together rather than an empty page.
    await see(balance(page).getByRole('table'))
    await visit(page, 'home-month-empty', findings)

    // The first reflection brings it.
    await write(backend, 'trust', daysAgo(0), 'First words')
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await see(lately(page).getByRole('button', { name: 'First words' }))
    await lock(page)
    await unlock(page, BEN, PASS_B)
    await see(lately(page))
    expect(findings).toEqual([])
  })
})
