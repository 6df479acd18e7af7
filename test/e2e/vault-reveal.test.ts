import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B } from '../support/backend.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, pageHtml, see, themeCard, unlock } from './support/screens.ts'
import { ANA, arrangeTwoJournals, BEN, enterVault, openAnasHomeWithVault, openVaultTogether } from './support/vault.ts'
import { visit } from './support/visit.ts'

const NEEDS = THEMES.find((t) => t.id === 'emotional-needs')!
const PROMPT = NEEDS.prompts[4]!
// Long enough that a one-line field cut it off.
const OWN_QUESTION = 'What is one small thing we could do together every week that would make you feel closer to me?'
// Answers that name no one, so finding one on a page proves it leaked.
const ANA_ANSWER = 'Being listened to without advice, and a hand on my shoulder.'
const BEN_ANSWER = 'Being forgiven quickly for small things, and long walks.'

async function expectLocked(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code: 'LOCKED' })
}

/** Everything the page holds, hidden or not, has neither answer in it. */
async function expectNoAnswers(page: Page): Promise<void> {
  const html = await pageHtml(page)
  expect(html).not.toContain(ANA_ANSWER)
  expect(html).not.toContain(BEN_ANSWER)
}

async function openTrust(page: Page): Promise<void> {
  await themeCard(page, 'trust').getByRole('button').first().click()
  await see(heading(page, 'Trust each other'))
}

describe('both answer, then reveal', () => {
  const app = useApp()

  test('each answers in their own journal, neither sees the other answer, and opening the vault together shows both side by side', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)

    // Ana asks from her trust theme, with a prompt from another theme, and answers privately.
    await openTrust(page)
    const ask = page.getByRole('region', { name: 'Both answer, then reveal' })
    await ask.getByRole('button', { name: 'Seal my answer' }).click()
    await see(ask.getByRole('alert').filter({ hasText: 'Choose a question, or write your own.' }))
    // Her own question is a text area like the answer: a long one wraps and shows whole.
    await ask.getByLabel('Question', { exact: true }).selectOption({ label: 'Write my own question…' })
    const own = ask.getByLabel('Your question')
    await own.fill(OWN_QUESTION)
    expect(await own.evaluate((el) => el.tagName)).toBe('TEXTAREA')
    expect(await own.getAttribute('maxlength')).toBe('500')
    expect(await own.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true)
    await visit(page, 'vault-15-reveal-ask-own', findings)
    await ask.getByLabel('Question', { exact: true }).selectOption({ label: PROMPT })
    await ask.getByLabel('Your answer').fill(ANA_ANSWER)
    await visit(page, 'vault-15-reveal-ask', findings)
    await ask.getByRole('button', { name: 'Seal my answer' }).click()
    await see(ask.getByRole('status').filter({ hasText: `Sealed. The question will be waiting in ${BEN}’s journal, and you will see both answers` }))
    await visit(page, 'vault-15-reveal-asked', findings)
    expect(await ask.getByLabel('Your answer').inputValue()).toBe('')
    // Now waiting for Ben; the form forgot it, and her journal shows her own answer back to her (issue 16, item 7).
    await see(page.getByText(`You have answered. Waiting for ${BEN}’s answer.`))
    await see(page.getByText(`Your answer: ${ANA_ANSWER}`))
    expect(await pageHtml(page)).not.toContain(BEN_ANSWER)
    await expectLocked(backend.vaultReveals.list())

    // Ben: home says a question waits for him; the trust theme lets him answer it privately.
    await lock(page)
    await unlock(page, BEN, PASS_B)
    await see(heading(page, `Hello, ${BEN}`))
    const notice = page.getByRole('region', { name: 'A question is waiting for your answer' })
    await see(notice)
    expect(await notice.textContent()).toContain(`${ANA} asked a question for both of you.`)
    await visit(page, 'vault-18-home-notice', findings)
    await expectNoAnswers(page)
    await notice.getByRole('button', { name: 'Answer in Trust each other' }).click()
    await see(heading(page, 'Trust each other'))
    const waiting = page.getByRole('region', { name: 'A question is waiting for your answer' })
    await see(waiting.getByText(PROMPT))
    expect(await waiting.textContent()).toContain(`${ANA} asked this on`)
    await expectNoAnswers(page)
    await waiting.getByLabel('Your answer').fill(BEN_ANSWER)
    await visit(page, 'vault-19-reveal-answer', findings)
    await waiting.getByRole('button', { name: 'Seal my answer' }).click()
    await see(page.getByText('You have both answered. Open the vault together to see the two answers side by side.'))
    // The answer form is gone; focus stays in the questions, not on the page's body.
    await expect.poll(() => isFocused(heading(page, 'Questions for both of you'))).toBe(true)
    await see(page.getByText(`Your answer: ${BEN_ANSWER}`))
    expect(await pageHtml(page)).not.toContain(ANA_ANSWER)
    await expectLocked(backend.vaultReveals.list())

    // Home has nothing waiting for Ben any more.
    await page.getByRole('button', { name: 'Sevenfold' }).click()
    await see(heading(page, `Hello, ${BEN}`))
    await see(page.getByRole('heading', { name: 'A prompt for today' }))
    expect(await page.getByRole('region', { name: /waiting for your answer/ }).count()).toBe(0)

    // Together: the two answers side by side, each under its partner's name.
    await enterVault(page)
    await openVaultTogether(page)
    const revealed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PROMPT }) })
    await see(revealed)
    expect(await revealed.textContent()).toContain(`Asked by ${ANA}`)
    expect(await revealed.getByRole('region', { name: `${ANA}'s answer` }).textContent()).toBe(`${ANA}${ANA_ANSWER}`)
    expect(await revealed.getByRole('region', { name: `${BEN}'s answer` }).textContent()).toBe(`${BEN}${BEN_ANSWER}`)
    const [left, right] = await Promise.all([ANA, BEN].map((name) => revealed.getByRole('region', { name: `${name}'s answer` }).boundingBox()))
    // Side by side: the same row, Ana's (part a) on the left.
    expect(left!.y).toBe(right!.y)
    expect(left!.x).toBeLessThan(right!.x)
    await visit(page, 'vault-16-revealed', findings)
    expect(findings).toEqual([])
  })

  test('before a journal has seen the vault opened together, the trust theme says so first; opened from there, it offers both', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    // Made with no journal open: neither journal knows the vault's key yet.
    const ana = (await backend.app.status()).unlockedProfileId!
    await backend.session.lock()
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await open()
    await openTrust(page)
    await see(heading(page, 'Open your vault together once from here'))
    expect(await page.getByLabel('Your answer').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Write a sealed secret' }).count()).toBe(0)
    await visit(page, 'vault-22-open-together-first', findings)

    await page.getByRole('button', { name: 'Our vault' }).click()
    await openVaultTogether(page)
    await page.getByRole('button', { name: 'Close the vault' }).click()
    await page.getByRole('button', { name: 'Back to your journal' }).click()
    await openTrust(page)
    // Ana may seal now; a question waits for Ben's journal to see the vault opened too.
    await see(page.getByRole('button', { name: 'Write a sealed secret' }))
    await see(page.getByText(`A question can reach ${BEN} once ${BEN}’s own journal has been open`))
    expect(findings).toEqual([])
  })

  test('without a vault, the trust theme says to create it together first', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend, ANA)
    await open()
    await openTrust(page)
    await see(page.getByText('Create your vault together first'))
    expect(await page.getByLabel('Your answer').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Write a sealed secret' }).count()).toBe(0)
  })
})
