import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, lock, pageHtml, see, themeCard } from './support/screens.ts'
import {
  ANA,
  arrangeTwoJournals,
  arrangeVault,
  BEN,
  closeVault,
  enterVault,
  openAnasHomeWithVault,
  openVaultTogether,
  seeVaultLocked,
  seeVaultOpen
} from './support/vault.ts'
import { visit } from './support/visit.ts'

// Titles and words that name no one, so finding them on a page proves a secret is there.
const EARLIER = ['The letter I never sent', 'What the sea reminded me of']
const WRITTEN_TITLE = 'The first time I saw you laugh'
const WRITTEN_WORDS = 'It was raining and you did not mind at all.'
const FROM_JOURNAL = { title: 'A plan for the spring', words: 'Let us walk the whole coast path, slowly.' }
const FROM_LOCK = { title: 'Under the kitchen floorboard', words: 'There is a small tin with something for you.' }

async function expectLocked(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code: 'LOCKED' })
}

/** Two secrets already in the vault, written by the backend while it was open; the vault locked again. */
async function arrangeSecrets(backend: SevenfoldBackend): Promise<void> {
  await backend.vault.givePart({ part: 'a', passphrase: PART_A })
  await backend.vault.givePart({ part: 'b', passphrase: PART_B })
  const [ana, ben] = (await backend.vault.status()).partners
  await backend.vaultSecrets.create({ authorId: ana!.profileId, title: EARLIER[0]!, body: paragraphDoc('Some words from long ago.'), date: '2026-10-02' })
  await backend.vaultSecrets.create({ authorId: ben!.profileId, title: EARLIER[1]!, body: paragraphDoc('Salt, wind, and you.'), date: '2026-10-09' })
  await backend.vault.lock()
}

function secretBody(page: Page) {
  return page.getByRole('textbox', { name: 'Secret' })
}

function position(page: Page) {
  return page.getByRole('status').filter({ hasText: / of \d+$/ })
}

/** The rich-text writer: who writes, a title, a few formatted words. */
async function writeSecret(page: Page, author: string, title: string, words: string): Promise<void> {
  await page.getByRole('radio', { name: author }).check()
  await page.getByLabel('Title').fill(title)
  await secretBody(page).click()
  await page.keyboard.press('Control+b')
  await page.keyboard.type('Bold start.')
  await page.keyboard.press('Control+b')
  await page.keyboard.type(` ${words}`)
}

describe('inside the vault', () => {
  const app = useApp()

  test('a secret written together is read in the reading view with the keys; Close goes back to the list, and closing the vault locks it', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await arrangeSecrets(backend)
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    expect(await isFocused(heading(page, 'Your vault is open'))).toBe(true)
    await see(page.getByRole('button', { name: new RegExp(`^${EARLIER[0]!}`) }))

    await page.getByRole('button', { name: 'Write a secret' }).click()
    await see(heading(page, 'Write a secret'))
    // Nothing chosen yet: the writer asks who is writing before keeping it.
    await page.getByLabel('Title').fill(WRITTEN_TITLE)
    await page.getByRole('button', { name: 'Keep it in the vault' }).click()
    await see(page.getByRole('alert').filter({ hasText: 'Choose which of you is writing it.' }))
    await writeSecret(page, BEN, WRITTEN_TITLE, WRITTEN_WORDS)
    await see(page.locator('#secret-body strong').filter({ hasText: 'Bold start.' }))
    await visit(page, 'vault-12-writer', findings)
    await page.getByRole('button', { name: 'Keep it in the vault' }).click()

    await seeVaultOpen(page)
    const row = page.getByRole('listitem').filter({ hasText: WRITTEN_TITLE })
    await see(row)
    expect(await row.textContent()).toContain(`${BEN} ·`)
    expect(await page.getByRole('listitem').filter({ hasText: EARLIER[0]! }).textContent()).toContain(`${ANA} · 2 Oct 2026`)
    await visit(page, 'vault-11-secrets', findings)

    // The reading view starts at the row chosen; the arrow keys move through the list.
    await row.getByRole('button', { name: new RegExp(`^${WRITTEN_TITLE}`) }).click()
    const titleHeading = heading(page, WRITTEN_TITLE)
    await see(titleHeading)
    expect(await isFocused(titleHeading)).toBe(true)
    await see(page.locator('.secret-reader strong').filter({ hasText: 'Bold start.' }))
    await see(page.getByText(WRITTEN_WORDS))
    const start = Number(((await position(page).textContent()) ?? '').split(' ')[0])
    expect(await position(page).textContent()).toBe(`${start} of 3`)
    await see(page.getByText('to move between secrets'))
    await visit(page, 'vault-13-reading', findings)

    const forward = start < 3 ? 'ArrowRight' : 'ArrowLeft'
    const back = start < 3 ? 'ArrowLeft' : 'ArrowRight'
    await page.keyboard.press(forward)
    await expect.poll(() => position(page).textContent()).toBe(`${start + (start < 3 ? 1 : -1)} of 3`)
    await see(
      page
        .locator('.reading')
        .getByRole('heading', { level: 1 })
        .filter({ hasText: /The letter|What the sea/ })
    )
    await page.keyboard.press(back)
    await expect.poll(() => position(page).textContent()).toBe(`${start} of 3`)
    await see(titleHeading)
    // The buttons do the same, and stop at the last one.
    const next = page.getByRole('button', { name: 'Next' })
    for (let i = start; i < 3; i++) await next.click()
    await expect.poll(() => position(page).textContent()).toBe('3 of 3')
    expect(await next.getAttribute('aria-disabled')).toBe('true')
    await page.keyboard.press('ArrowRight')
    expect(await position(page).textContent()).toBe('3 of 3')
    await page.getByRole('button', { name: 'Previous' }).click()
    await expect.poll(() => position(page).textContent()).toBe('2 of 3')

    // Escape goes back to the list, with the vault still open; so does Close.
    await page.keyboard.press('Escape')
    await seeVaultOpen(page)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect((await backend.vault.status()).open).toBe(true)
    await page.getByRole('button', { name: 'Read them together' }).click()
    await see(position(page))
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await seeVaultOpen(page)
    expect((await backend.vault.status()).open).toBe(true)

    // Locking is its own button; nothing of the vault stays on the page.
    await closeVault(page)
    expect((await backend.vault.status()).open).toBe(false)
    await expectLocked(backend.vaultSecrets.list())
    const html = await pageHtml(page)
    for (const text of [WRITTEN_TITLE, WRITTEN_WORDS, ...EARLIER]) expect(html).not.toContain(text)
    expect(findings).toEqual([])
  })

  test('secrets sealed while the vault is locked, from a journal and from the lock screen, are new once opened together', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)

    // From Ana's journal: the trust theme offers a sealed drop-in, written as Ana unless she chooses otherwise.
    await themeCard(page, 'trust').getByRole('button').first().click()
    await page.getByRole('button', { name: 'Write a sealed secret' }).click()
    await see(heading(page, 'Drop a sealed secret'))
    expect(await page.getByRole('radio', { name: ANA }).isChecked()).toBe(true)
    await page.getByLabel('Title').fill(FROM_JOURNAL.title)
    await secretBody(page).click()
    await page.keyboard.type(FROM_JOURNAL.words)
    await visit(page, 'vault-14-drop-in', findings)
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(heading(page, 'Sealed, and safe in the vault'))
    // Sealed means gone from the page too; the backend cannot list it while the vault is locked.
    for (const text of [FROM_JOURNAL.title, FROM_JOURNAL.words]) expect(await pageHtml(page)).not.toContain(text)
    await expectLocked(backend.vaultSecrets.list())
    await page.getByRole('button', { name: 'Done' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Your secret is sealed in the vault.' }))

    // From the lock screen, with no journal open: Ben drops one in.
    await lock(page)
    await enterVault(page)
    await seeVaultLocked(page)
    await page.getByRole('button', { name: 'Drop a sealed secret' }).click()
    await see(heading(page, 'Drop a sealed secret'))
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(page.getByRole('alert').filter({ hasText: 'Choose which of you is writing it.' }))
    await page.getByRole('radio', { name: BEN }).check()
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(page.getByRole('alert').filter({ hasText: 'Write something first' }))
    await page.getByLabel('Title').fill(FROM_LOCK.title)
    await secretBody(page).click()
    await page.keyboard.type(FROM_LOCK.words)
    // No journal is open, so Ben's own passphrase, with the reason it is asked for.
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(page.getByRole('alert').filter({ hasText: `${BEN}, type your own passphrase to seal it.` }))
    await page.getByLabel(`${BEN}'s passphrase`).fill(PASS_A)
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(page.getByRole('alert').filter({ hasText: 'That passphrase does not open this journal' }))
    await page.getByLabel(`${BEN}'s passphrase`).fill(PASS_B)
    await see(page.getByText('so that it seals this with the vault key your journal knows'))
    await visit(page, 'vault-14-drop-in-locked', findings)
    await page.getByRole('button', { name: 'Seal it' }).click()
    await see(heading(page, 'Sealed, and safe in the vault'))
    await page.getByRole('button', { name: 'Done' }).click()
    await seeVaultLocked(page)
    for (const text of [FROM_LOCK.title, FROM_LOCK.words]) expect(await pageHtml(page)).not.toContain(text)
    await expectLocked(backend.vaultSecrets.list())

    await openVaultTogether(page)
    // Unopened envelopes: who and when, and nothing of the title or the words on the page.
    const envelopes = page.getByRole('region', { name: 'New since last time' })
    await see(envelopes)
    for (const author of [ANA, BEN]) await see(envelopes.getByText(`From ${author}`, { exact: true }))
    for (const text of [FROM_JOURNAL.title, FROM_JOURNAL.words, FROM_LOCK.title, FROM_LOCK.words]) expect(await pageHtml(page)).not.toContain(text)
    await visit(page, 'vault-11-secrets-new', findings)

    // Opened together, one at a time: then it is read, and listed with the others.
    await envelopes.getByRole('button', { name: new RegExp(`^Open together: \\d of 2, from ${BEN}`) }).click()
    await see(heading(page, FROM_LOCK.title))
    await see(page.getByText(FROM_LOCK.words))
    expect(await pageHtml(page)).not.toContain(FROM_JOURNAL.title)
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await seeVaultOpen(page)
    const row = page.getByRole('listitem').filter({ hasText: FROM_LOCK.title })
    await see(row)
    const text = (await row.textContent()) ?? ''
    expect(text).toContain(`${BEN} ·`)
    expect(text).toContain('dropped in sealed')
    expect(text).not.toContain('New')
    await see(envelopes.getByText(`From ${ANA}`, { exact: true }))
    for (const hidden of [FROM_JOURNAL.title, FROM_JOURNAL.words]) expect(await pageHtml(page)).not.toContain(hidden)
    await envelopes.getByRole('button', { name: /^Open together/ }).click()
    await see(heading(page, FROM_JOURNAL.title))
    await page.keyboard.press('Escape')
    await seeVaultOpen(page)
    await see(page.getByRole('listitem').filter({ hasText: FROM_JOURNAL.title }))
    expect(await envelopes.count()).toBe(0)

    // Edited: the writer opens with what is stored, and saves the change.
    await page.getByRole('button', { name: `Edit “${FROM_JOURNAL.title}”` }).click()
    await see(heading(page, 'Change this secret'))
    await see(page.getByText(FROM_JOURNAL.words))
    expect(await page.getByRole('radio', { name: ANA }).isChecked()).toBe(true)
    await page.getByLabel('Title').fill('A plan for the summer')
    await page.getByRole('button', { name: 'Save the change' }).click()
    await seeVaultOpen(page)
    await see(page.getByRole('listitem').filter({ hasText: 'A plan for the summer' }))

    // Deleted, after a question whose safe answer has the focus.
    await page.getByRole('button', { name: `Delete… “${FROM_LOCK.title}”` }).click()
    const question = page.getByRole('dialog', { name: 'Delete this secret?' })
    await see(question)
    expect(await isFocused(question.getByRole('button', { name: 'Keep it' }))).toBe(true)
    await question.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: FROM_LOCK.title }).count()).toBe(0)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['A plan for the summer'])
    expect(findings).toEqual([])
  })

  test('a link in a secret opens with a click in the reading view, and with Ctrl+click while writing', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    const [ana] = (await backend.vault.status()).partners
    const link = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
    await backend.vaultSecrets.create({
      authorId: ana!.profileId,
      title: 'Where we met',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [link('the map', 'https://example.org/map'), { type: 'text', text: ' and ' }, link('a trap', 'javascript:alert(1)')] }
        ]
      }
    })
    await backend.vault.lock()
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    // window.open asks the shell for a new window (denied there, offered to the system browser): recorded here.
    await page.evaluate('window.open = (...args) => { (window.__opened ??= []).push(args[0]); return null }')

    await page.getByRole('button', { name: /^Where we met/ }).click()
    await page.locator('.secret-reader a').filter({ hasText: 'the map' }).click()
    await page.locator('.secret-reader').getByText('a trap').click()
    expect(await page.evaluate('window.__opened')).toEqual(['https://example.org/map'])
    await page.getByRole('button', { name: 'Close', exact: true }).click()

    await page.getByRole('button', { name: 'Edit “Where we met”' }).click()
    const mapLink = page.locator('#secret-body a').filter({ hasText: 'the map' })
    await mapLink.click()
    expect(await page.evaluate('window.__opened')).toEqual(['https://example.org/map'])
    await mapLink.click({ modifiers: ['Control'] })
    expect(await page.evaluate('window.__opened')).toEqual(['https://example.org/map', 'https://example.org/map'])
  })
})
