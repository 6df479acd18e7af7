import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { themeById } from '../../src/shared/themes.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, pageHtml, see } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN, closeVault, enterVault, openVaultTogether } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const THANKS = themeById('appreciation')
const SOUP = { title: 'The soup on Tuesday', words: 'You made soup when I came home tired. I should tell you, not just write it here.' }
const QUESTION = 'What is one small thing that makes you feel at home with me?'
const ANSWERS = ['When you hum while you cook.', 'The way you leave the hall light on.']
const REPLY = 'I will make it every Tuesday, then.'

/** Ana's and Ben's journals, their vault, a question both answered, and Ana's reflection; Ana's journal open. */
async function arrange(backend: SevenfoldBackend): Promise<void> {
  await arrangeTwoJournals(backend, ANA)
  await arrangeVault(backend)
  const [ana, ben] = (await backend.app.status()).profiles
  const { id } = await backend.vaultReveals.ask({ prompt: QUESTION, answer: ANSWERS[0]! })
  await backend.session.unlock({ profileId: ben!.id, passphrase: PASS_B })
  await backend.vaultReveals.answer({ id, answer: ANSWERS[1]! })
  await backend.session.unlock({ profileId: ana!.id, passphrase: PASS_A })
  await backend.reflections.create({ themeId: THANKS.id, title: SOUP.title, body: paragraphDoc(SOUP.words), date: '2026-02-24' })
}

describe('sharing from a journal, and answering back', () => {
  const app = useApp()

  test('Ana shares a reflection; opened together, Ben replies and reacts to it, and Ana reacts to a revealed answer', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrange(backend)
    await open()

    // From Ana's reflection, a short question first.
    await page.getByRole('button', { name: THANKS.title, exact: true }).click()
    await page.getByRole('button', { name: new RegExp(SOUP.title) }).click()
    await see(page.getByRole('main', { name: 'Editor' }))
    await page.getByRole('button', { name: `Share with ${BEN}…` }).click()
    const dialog = page.getByRole('dialog', { name: `Share this with ${BEN}?` })
    await see(dialog)
    await see(dialog.getByText(`${BEN} will read it when the two of you open the vault together`))
    await see(dialog.getByText('you cannot take the copy back on your own'))
    await visitEverySize(page, 'share-10-confirm', findings)
    await dialog.getByRole('button', { name: `Share with ${BEN}` }).click()
    await see(page.getByText(new RegExp(`^Shared with ${BEN} on `)))
    const [original] = await backend.reflections.list()
    expect(original).toMatchObject({ title: SOUP.title, sharedAt: expect.any(String) })
    await visitEverySize(page, 'share-11-marked', findings)

    // Opened together: it waits as an envelope that says whose journal it came from and its theme, never its words.
    await page.getByRole('button', { name: /Back to/ }).click()
    await enterVault(page)
    await openVaultTogether(page)
    const envelopes = page.getByRole('region', { name: 'New since last time' })
    await see(envelopes.getByText(`Shared from ${ANA}’s journal · ${THANKS.title}`))
    expect(await pageHtml(page)).not.toContain(SOUP.words)
    expect(await pageHtml(page)).not.toContain(SOUP.title)
    await envelopes.getByRole('button', { name: /^Open together/ }).click()
    await see(heading(page, SOUP.title))
    await see(page.getByText(SOUP.words))

    // Ben replies and leaves a mark; focus and keys stay in the reply while he writes.
    await page.getByRole('button', { name: 'Reply', exact: true }).click()
    await page.getByRole('radio', { name: BEN }).check()
    const field = page.getByLabel('Your reply')
    await field.fill(REPLY)
    await field.press('ArrowLeft')
    await see(heading(page, SOUP.title))
    await page.getByRole('button', { name: 'Send reply' }).click()
    const replies = page.getByRole('list', { name: 'Replies, oldest first' })
    await see(replies.getByText(REPLY))
    await see(replies.getByText(new RegExp(`^${BEN} · `)))
    const love = page.getByRole('button', { name: `Love this, from ${BEN}` })
    await love.click()
    await expect.poll(() => love.getAttribute('aria-pressed')).toBe('true')
    await visitEverySize(page, 'share-12-reading', findings)

    // Back in the list, the copy can be deleted but not edited: it stays as it was sealed.
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    const row = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Delete… “${SOUP.title}”` }) })
    await see(row)
    expect(await row.getByRole('button', { name: /^Edit/ }).count()).toBe(0)
    // Ana answers the revealed question back with a mark.
    const reveals = page.getByRole('region', { name: 'Both answer, then reveal' })
    await see(reveals.getByText(ANSWERS[1]!))
    const meToo = reveals.getByRole('button', { name: `Me too, from ${ANA}` })
    await meToo.click()
    await expect.poll(() => meToo.getAttribute('aria-pressed')).toBe('true')
    await visitEverySize(page, 'share-13-reveal', findings)

    const [reveal] = await backend.vaultReveals.list()
    expect(reveal!.responses.reactions).toMatchObject([{ reaction: 'me-too' }])
    const [secret] = await backend.vaultSecrets.list()
    const kept = (await backend.vaultSecrets.get({ id: secret!.id })).responses
    expect(kept.replies).toMatchObject([{ text: REPLY }])
    expect(kept.reactions).toMatchObject([{ reaction: 'love' }])

    // Once the vault is closed, none of what was read or said in it stays in the page.
    await closeVault(page)
    const html = await pageHtml(page)
    for (const words of [REPLY, ANSWERS[1]!, SOUP.words]) expect(html).not.toContain(words)
    expect(findings).toEqual([])
  })
})
