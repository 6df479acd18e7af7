// Issue 17, items 3 and 5 (its first part), with two real journals and a vault: Ana leaves Ben
// a note from home, picks a starter (another one replaces it), writes on after it and seals it;
// opened together, the note begins with the starter. Home and the small talk theme show the
// conversation starter for today, the same in Ben's journal; with one journal home has none.
// Screenshots at three sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { CONVERSATION_STARTERS, conversationStarterOfTheDay, NOTE_STARTERS } from '../../src/shared/starters.ts'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, see, themeCard, unlock } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN, enterVault, openAnasHomeWithVault, openVaultTogether } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const WORDS = 'I still have the ticket from our first film.'

function talkToday(page: Page) {
  return page.getByRole('region', { name: 'To talk about today' })
}

/** Today's question, as the page sees it (both run on this computer's clock). */
async function seeTodaysQuestion(page: Page): Promise<void> {
  const card = talkToday(page)
  await see(card)
  const shown = (await card.locator('.talk-today__question').textContent()) ?? ''
  expect(CONVERSATION_STARTERS).toContain(shown)
  expect(shown).toBe(conversationStarterOfTheDay(new Date()))
}

async function bodyText(page: Page): Promise<string> {
  return (await page.getByRole('textbox', { name: 'Secret' }).textContent()) ?? ''
}

describe('starters', () => {
  const app = useApp()

  test('a starter begins the note, another replaces it, the caret stays after it, and the sealed note begins with it', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)

    // Home: the question for today sits just under the prompt for today.
    await seeTodaysQuestion(page)
    const prompt = page.getByRole('region', { name: 'A prompt for today' })
    expect((await talkToday(page).boundingBox())!.y).toBeGreaterThan((await prompt.boundingBox())!.y)
    expect(await talkToday(page).getByRole('button').count()).toBe(0)
    await visitEverySize(page, 'starters-home-talk-today', findings)

    const us = page.getByRole('region', { name: `You and ${BEN}` })
    await us.getByRole('button', { name: `Leave ${BEN} a note` }).click()
    const starters = us.getByRole('group', { name: /Not sure how to begin\?/ })
    await see(starters)
    await see(starters.getByText('Whatever you write stays sealed. The two of you read it together, and only together.'))
    expect(await starters.getByRole('button').count()).toBe(NOTE_STARTERS.length)
    const [first, second] = [NOTE_STARTERS[0]!, NOTE_STARTERS[2]!]
    const firstButton = starters.getByRole('button', { name: `${first}…` })
    await expect.poll(() => firstButton.isEnabled()).toBe(true)
    await visitEverySize(page, 'starters-drop-in', findings)

    // Picking one fills the start of the body and puts the caret in it; nothing is sealed.
    await firstButton.click()
    expect(await isFocused(page.getByRole('textbox', { name: 'Secret' }))).toBe(true)
    expect((await bodyText(page)).trim()).toBe(first)
    expect((await backend.vault.status()).open).toBe(false)

    // Another replaces it, by keyboard too, and what is typed goes on after it.
    await starters.getByRole('button', { name: `${second}…` }).focus()
    await page.keyboard.press('Enter')
    expect((await bodyText(page)).trim()).toBe(second)
    // The pick moves the caret into the body a moment later: type once it is there.
    await expect.poll(() => isFocused(page.getByRole('textbox', { name: 'Secret' }))).toBe(true)
    await page.keyboard.type(WORDS)
    expect(await bodyText(page)).toBe(`${second} ${WORDS}`)
    await visitEverySize(page, 'starters-drop-in-begun', findings)

    await us.getByRole('button', { name: 'Seal it' }).click()
    await see(us.getByRole('heading', { name: 'Sealed, and safe in the vault' }))
    await us.getByRole('button', { name: 'Done' }).click()

    // The small talk theme has the same question.
    await themeCard(page, 'small-talk').getByRole('button').first().click()
    await see(heading(page, 'The small talk'))
    await seeTodaysQuestion(page)
    await visitEverySize(page, 'starters-small-talk-theme', findings)

    // Ben's home: the same question for him today.
    await lock(page)
    await unlock(page, BEN, PASS_B)
    await see(heading(page, `Hello, ${BEN}`))
    await seeTodaysQuestion(page)

    // Opened together, the note begins with the starter and goes on with Ana's words.
    await enterVault(page)
    await openVaultTogether(page)
    await page.getByRole('button', { name: /^Open together: from Ana/ }).click()
    await see(page.getByText(`${second} ${WORDS}`))
    expect(findings).toEqual([])
  })

  test('from the lock screen, with the writer’s own passphrase, a starter begins the note too and is sealed with it', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await open()
    await enterVault(page)
    await page.getByRole('button', { name: 'Drop a sealed secret' }).click()
    await see(heading(page, 'Drop a sealed secret'))
    await page.getByRole('radio', { name: BEN }).check()
    const starter = NOTE_STARTERS[1]!
    const button = page.getByRole('group', { name: /Not sure how to begin\?/ }).getByRole('button', { name: `${starter}…` })
    await expect.poll(() => button.isEnabled()).toBe(true)
    await button.click()
    await page.keyboard.type(WORDS)
    expect(await bodyText(page)).toBe(`${starter} ${WORDS}`)
    await page.getByLabel(`${BEN}'s passphrase`).fill(PASS_B)
    await visitEverySize(page, 'starters-lock-drop-in', findings)
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(heading(page, 'Sealed, and safe in the vault'))
    await page.getByRole('button', { name: 'Done' }).click()
    await openVaultTogether(page)
    await page.getByRole('button', { name: /^Open together: from Ben/ }).click()
    await see(page.getByText(`${starter} ${WORDS}`))
    expect(findings).toEqual([])
  })

  test('with one journal, home has no conversation starter; the small talk theme still does', async () => {
    const { page, backend, open } = app()
    await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await see(page.getByRole('region', { name: 'A prompt for today' }))
    expect(await talkToday(page).count()).toBe(0)
    await themeCard(page, 'small-talk').getByRole('button').first().click()
    await see(heading(page, 'The small talk'))
    await seeTodaysQuestion(page)
    await see(talkToday(page).getByText(/for the two of you to chat about/))
  })
})
