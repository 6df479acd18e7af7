import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, pageHtml, see, themeCard } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN, enterVault, openVaultTogether, seeVaultLocked, seeVaultOpen } from './support/vault.ts'
import { visit, visitEverySize } from './support/visit.ts'

// Titles and words that name no one, so finding them on a page proves a secret is there.
const EARLIER = { title: 'The letter I never sent', words: 'Some words from long ago.' }
const SEALED = [
  { title: 'Under the kitchen floorboard', words: 'There is a small tin with something for you.' },
  { title: 'A plan for the spring', words: 'Let us walk the whole coast path, slowly.' }
]
const QUESTION = 'What is one small thing that makes you feel at home with me?'
const ANSWERS = ['When you hum while you cook.', 'The way you leave the hall light on.']

/** A secret read before, a question both answered, and two secrets sealed since, one from each. */
async function arrangeMoment(backend: SevenfoldBackend): Promise<void> {
  await arrangeTwoJournals(backend, ANA)
  await arrangeVault(backend)
  const [ana, ben] = (await backend.app.status()).profiles
  const { id } = await backend.vaultReveals.ask({ prompt: QUESTION, answer: ANSWERS[0]! })
  await backend.session.lock()
  await backend.session.unlock({ profileId: ben!.id, passphrase: PASS_B })
  await backend.vaultReveals.answer({ id, answer: ANSWERS[1]! })
  await backend.session.lock()
  await backend.vault.givePart({ part: 'a', passphrase: PART_A })
  await backend.vault.givePart({ part: 'b', passphrase: PART_B })
  await backend.vaultSecrets.create({ authorId: ana!.id, title: EARLIER.title, body: paragraphDoc(EARLIER.words), date: '2026-10-02' })
  await backend.vault.lock()
  await backend.vault.seal({ authorId: ben!.id, title: SEALED[0]!.title, body: paragraphDoc(SEALED[0]!.words), passphrase: PASS_B })
  await backend.vault.seal({ authorId: ana!.id, title: SEALED[1]!.title, body: paragraphDoc(SEALED[1]!.words), passphrase: PASS_A })
}

async function expectNoSealedWords(page: Page): Promise<void> {
  const html = await pageHtml(page)
  for (const { title, words } of SEALED) {
    expect(html).not.toContain(title)
    expect(html).not.toContain(words)
  }
}

function position(page: Page) {
  return page.getByRole('status').filter({ hasText: / of \d+$/ })
}

describe('the vault opened as a moment', () => {
  const app = useApp()

  test('new secrets wait as envelopes, with no title or words on the page, until opened together; revealed answers come next, then the rest', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeMoment(backend)
    await open()
    await enterVault(page)
    await openVaultTogether(page)

    const envelopes = page.getByRole('region', { name: 'New since last time' })
    await see(envelopes)
    await see(page.getByText(ANSWERS[1]!))
    await see(page.getByRole('listitem').filter({ hasText: EARLIER.title }))
    // What is new, then what was revealed, then time together (issue 17, item 4), then the rest.
    expect(await page.locator('main h2').allTextContents()).toEqual(['New since last time', 'Both answer, then reveal', 'Time together', 'Secrets'])
    const fronts = await envelopes.getByRole('listitem').allTextContents()
    expect(fronts).toHaveLength(2)
    for (const author of [ANA, BEN]) expect(fronts.some((text) => text.startsWith(`From ${author}`))).toBe(true)
    await see(envelopes.getByText('2 sealed secrets arrived while the vault was locked.'))
    await expectNoSealedWords(page)
    await visitEverySize(page, 'vault-30-envelopes', findings)

    // All at once: the reading view goes through the new ones only, and shows each as it comes.
    await envelopes.getByRole('button', { name: 'Open all 2 together' }).click()
    const first = page.locator('.reading').getByRole('heading', { level: 1 })
    await see(first)
    const [opened, next] = (await first.textContent()) === SEALED[0]!.title ? [SEALED[0]!, SEALED[1]!] : [SEALED[1]!, SEALED[0]!]
    expect(await first.textContent()).toBe(opened.title)
    await see(page.getByText(opened.words))
    expect(await position(page).textContent()).toBe('1 of 2')
    expect(await pageHtml(page)).not.toContain(next.title)
    await page.keyboard.press('ArrowRight')
    await see(heading(page, next.title))
    await see(page.getByText(next.words))

    // Close goes back to the list: no question, the vault still open, and the two read now.
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await seeVaultOpen(page)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect((await backend.vault.status()).open).toBe(true)
    expect(await envelopes.count()).toBe(0)
    for (const { title } of SEALED) await see(page.getByRole('listitem').filter({ hasText: title }))
    expect(await page.locator('main h2').allTextContents()).toEqual(['Both answer, then reveal', 'Time together', 'Secrets'])
    await visitEverySize(page, 'vault-31-opened', findings)
    expect(findings).toEqual([])
  })

  test('the vault settings are a page of their own, with a way back', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    expect(await page.getByLabel('Lock after this many idle minutes').count()).toBe(0)
    expect(await page.getByRole('form', { name: 'Change the joint passphrase' }).count()).toBe(0)

    await page.getByRole('button', { name: 'Vault settings' }).click()
    expect(await isFocused(heading(page, 'Vault settings'))).toBe(true)
    // A vault made now locks itself after 10 idle minutes.
    expect(await page.getByLabel('Lock after this many idle minutes').inputValue()).toBe('10')
    await see(page.getByRole('form', { name: 'Change the joint passphrase' }))
    await see(page.getByText('A minute before, it asks “Still reading?”'))
    await visitEverySize(page, 'vault-32-settings', findings)

    await page.getByRole('button', { name: 'Back to the vault' }).click()
    await seeVaultOpen(page)
    expect(await isFocused(heading(page, 'Your vault is open'))).toBe(true)
    expect(findings).toEqual([])
  })

  test('a minute before the idle lock, “Still reading?” asks; either can keep it open with a click or a key, and unanswered it locks', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeMoment(backend)
    await page.clock.install()
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    const minutes = (await backend.vault.status()).autoLockMinutes
    expect(minutes).toBe(10)
    const warning = page.getByRole('alertdialog', { name: 'Still reading?' })

    // Reading a secret, untouched: nothing yet just before the last minute.
    await page.getByRole('listitem').filter({ hasText: EARLIER.title }).getByRole('button').first().click()
    const title = heading(page, EARLIER.title)
    await see(title)
    await page.clock.fastForward((minutes - 1) * 60_000 - 1_000)
    expect(await warning.count()).toBe(0)
    await page.clock.fastForward(2_000)
    await see(warning)
    await see(warning.getByText('it will lock itself in a minute'))
    expect(await isFocused(warning.getByRole('button', { name: 'Keep it open' }))).toBe(true)
    await visitEverySize(page, 'vault-33-still-reading', findings)

    // A key answers it (Escape too, without leaving the secret), and focus goes back.
    await page.keyboard.press('Escape')
    await expect.poll(() => warning.count()).toBe(0)
    await see(title)
    expect(await isFocused(title)).toBe(true)
    expect((await backend.vault.status()).open).toBe(true)

    // The time starts again from the answer: a click answers the next one.
    await page.clock.fastForward((minutes - 1) * 60_000 + 1_000)
    await see(warning)
    await warning.getByRole('button', { name: 'Keep it open' }).click()
    await expect.poll(() => warning.count()).toBe(0)
    await page.clock.fastForward(90_000)
    expect(await warning.count()).toBe(0)
    expect((await backend.vault.status()).open).toBe(true)

    // Unanswered (a nudged mouse is not an answer), it locks as before, and nothing read stays.
    await page.clock.fastForward((minutes - 1) * 60_000 - 90_000 + 1_000)
    await see(warning)
    await page.mouse.move(300, 300)
    await page.mouse.move(340, 320)
    await page.clock.fastForward(60_000)
    await see(page.getByText(`The vault locked itself after ${minutes} minutes without activity.`))
    await seeVaultLocked(page)
    expect(await warning.count()).toBe(0)
    expect((await backend.vault.status()).open).toBe(false)
    const html = await pageHtml(page)
    for (const text of [EARLIER.title, EARLIER.words, ...ANSWERS]) expect(html).not.toContain(text)
    expect(findings).toEqual([])
  })

  test('the secret writer shows its formatting toolbar from the start, before any click', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend, ANA)
    await arrangeVault(backend)
    await open()
    // The sealed drop-in in a journal's trust theme, from the lock screen, and the writer inside the open vault.
    await see(heading(page, `Hello, ${ANA}`))
    await themeCard(page, 'trust').getByRole('button').first().click()
    await page.getByRole('button', { name: 'Write a sealed secret' }).click()
    await see(heading(page, 'Drop a sealed secret'))
    await see(page.getByRole('toolbar', { name: 'Formatting' }))
    await lock(page)
    await enterVault(page)
    await page.getByRole('button', { name: 'Drop a sealed secret' }).click()
    await see(heading(page, 'Drop a sealed secret'))
    await see(page.getByRole('toolbar', { name: 'Formatting' }))
    await page.getByRole('button', { name: 'Cancel' }).click()
    await openVaultTogether(page)
    await page.getByRole('button', { name: 'Write a secret' }).click()
    await see(heading(page, 'Write a secret'))
    await visit(page, 'vault-34-writer-untouched', [])
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' })
    await see(toolbar)
    await see(toolbar.getByRole('button', { name: 'Bold' }))
    expect(((await toolbar.boundingBox())?.height ?? 0) > 20).toBe(true)
  })
})
