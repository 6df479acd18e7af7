import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { readPdf } from '../support/pdf.ts'
import { useApp } from './support/app.ts'
import {
  ANA,
  arrangeJournal,
  expectSummary,
  openPrintScreen,
  pdfButton,
  printButton,
  printedTitles,
  REFLECTIONS,
  seeResult,
  summary,
  type Title
} from './support/print.ts'
import { createJournal, heading, isFocused, pageHtml, see } from './support/screens.ts'
import { arrangeTwoJournals, BEN, createVaultTogether, enterVault } from './support/vault.ts'
import { visit } from './support/visit.ts'

const ALL_2026 = '3 reflections in 3 chapters, 2 March – 19 May 2026'

function only(html: string, wanted: readonly Title[]): void {
  const text = printedTitles(html)
  for (const { title } of REFLECTIONS) expect(text.includes(title), title).toBe(wanted.includes(title))
}

describe('the print screen', () => {
  const app = useApp()

  test('each kind of scope changes the summary; Print… sends only the reflections chosen', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await openPrintScreen(page)
    expect(await isFocused(heading(page, 'Print'))).toBe(true)
    const findings: string[] = []

    // Between two days is where it starts, over this year so far.
    expect(await page.getByRole('radio', { name: 'Between two days' }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: 'This reflection' }).count()).toBe(0)
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(`${new Date().getFullYear()}-01-01`)
    await page.getByLabel('From', { exact: true }).fill('2026-01-01')
    await page.getByLabel('To', { exact: true }).fill('2026-12-31')
    await expectSummary(page, ALL_2026)
    await page.getByRole('button', { name: 'Everything' }).click()
    await expectSummary(page, '4 reflections in 4 chapters, 3 November 2025 – 19 May 2026')
    await page.getByLabel('From', { exact: true }).fill('2026-06-01')
    await page.getByLabel('To', { exact: true }).fill('2026-05-01')
    await expectSummary(page, 'The first day comes after the last one. Swap them round, or choose again.')
    expect(await printButton(page).isDisabled()).toBe(true)
    await page.getByLabel('From', { exact: true }).fill('2026-01-01')
    await page.getByLabel('To', { exact: true }).fill('2026-12-31')
    await expectSummary(page, ALL_2026)
    await visit(page, 'print-01-scope', findings)

    // A theme: one chapter; an empty one says so and nothing can be printed.
    await page.getByRole('radio', { name: 'A theme' }).check()
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Say thank you' })
    await expectSummary(page, '1 reflection in 1 chapter, 19 May 2026')
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'The small talk' })
    expect(await summary(page)).toBe('Nothing to print yet: there are no reflections in “The small talk”.')
    expect(await printButton(page).isDisabled()).toBe(true)
    expect(await pdfButton(page).isDisabled()).toBe(true)
    await visit(page, 'print-04-empty-theme', findings)

    // Chosen reflections, found and ticked with the keyboard.
    await page.getByRole('radio', { name: 'Reflections I choose' }).check()
    await expectSummary(page, 'Nothing is ticked yet. Tick the reflections you would like on paper.')
    expect(await printButton(page).isDisabled()).toBe(true)
    const search = page.getByLabel('Find reflections')
    await search.fill('river')
    expect(await page.getByRole('list', { name: 'Reflections to print' }).getByRole('checkbox').count()).toBe(1)
    await search.press('ArrowDown')
    const walk = page.getByRole('checkbox', { name: /A quiet walk by the river/ })
    expect(await isFocused(walk)).toBe(true)
    await page.keyboard.press('Space')
    expect(await walk.isChecked()).toBe(true)
    await expectSummary(page, '1 reflection in 1 chapter, 10 April 2026')
    await search.fill('')
    const boxes = page.getByRole('list', { name: 'Reflections to print' }).getByRole('checkbox')
    expect(await boxes.count()).toBe(4)
    // Newest first: the walk (10 April) is second; the arrow key goes on to the pages (2 March).
    await boxes.nth(1).focus()
    await page.keyboard.press('ArrowDown')
    const pages = page.getByRole('checkbox', { name: /Morning pages/ })
    expect(await isFocused(pages)).toBe(true)
    await page.keyboard.press('Space')
    await expectSummary(page, '2 reflections in 2 chapters, 2 March – 10 April 2026')
    await visit(page, 'print-03-chosen', findings)

    await printButton(page).click()
    await seeResult(page, 'Sent to the printer.')
    expect(host.printed).toHaveLength(1)
    only(host.printed[0]!, ['Morning pages', 'A quiet walk by the river'])

    // The options go with the request: Letter paper, in greys.
    await page.getByRole('radio', { name: 'Letter' }).check()
    await page.getByRole('radio', { name: 'Greys' }).check()
    await page.getByRole('checkbox', { name: 'A title page' }).uncheck()
    await visit(page, 'print-02-options', findings)
    await printButton(page).click()
    await seeResult(page, 'Sent to the printer.')
    expect(host.printed).toHaveLength(2)
    expect(host.printed[1]).toMatch(/size:\s*letter/i)
    expect(host.printed[0]).not.toMatch(/size:\s*letter/i)
    only(host.printed[1]!, ['Morning pages', 'A quiet walk by the river'])
    expect(findings).toEqual([])
  })

  test('Save as PDF… writes a real PDF where the dialog says; a cancelled dialog says nothing', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    await open()
    await page.getByRole('button', { name: /^Say thank you/ }).click()
    await page.getByRole('button', { name: 'Print this chapter…' }).click()
    await see(heading(page, 'Print'))
    expect(await page.getByRole('radio', { name: 'A theme' }).isChecked()).toBe(true)
    expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('appreciation')
    await expectSummary(page, '1 reflection in 1 chapter, 19 May 2026')

    const file = join(host.dir, 'Thanks.pdf')
    host.saveAs = file
    await pdfButton(page).click()
    await seeResult(page, 'Saved as Thanks.pdf.')
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(5_000)
    const pdf = await readPdf(bytes)
    try {
      const text = pdf.pages.join('\n')
      expect(text).toContain('Thank you for the soup')
      expect(text).not.toContain('Morning pages')
    } finally {
      await pdf.close()
    }

    // Cancelled: no file, no message, nothing printed.
    host.saveAs = null
    const other = join(host.dir, 'Never.pdf')
    await pdfButton(page).click()
    await expect.poll(() => pdfButton(page).textContent()).toBe('Save as PDF…')
    expect(existsSync(other)).toBe(false)
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /Saved as|Sent to/ })
        .count()
    ).toBe(0)
    expect(host.printed).toEqual([])

    await page.getByRole('button', { name: '← Back to the theme' }).click()
    await see(heading(page, 'Say thank you'))
  })

  test('from the editor, Ctrl+P prints this reflection; from home it opens the print screen', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await page.keyboard.press('Control+P')
    await see(heading(page, 'Print'))
    expect(await page.getByRole('radio', { name: 'This reflection' }).count()).toBe(0)
    await page.getByRole('button', { name: '← Back home' }).click()
    await see(heading(page, `Hello, ${ANA}`))

    await page.getByRole('button', { name: /^Love yourself first/ }).click()
    await page.getByRole('button', { name: /Morning pages/ }).click()
    await see(page.getByRole('main', { name: 'Editor' }))
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Morning pages')
    await page.keyboard.press('Control+P')
    await see(heading(page, 'Print'))
    const thisOne = page.getByRole('radio', { name: 'This reflection' })
    expect(await thisOne.isChecked()).toBe(true)
    expect(await page.getByText('“Morning pages”').count()).toBe(1)
    await expectSummary(page, '1 reflection in 1 chapter, 2 March 2026')
    await printButton(page).click()
    await seeResult(page, 'Sent to the printer.')
    only(host.printed[0]!, ['Morning pages'])

    await page.getByRole('button', { name: '← Back to the reflection' }).click()
    await see(page.getByRole('main', { name: 'Editor' }))
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Morning pages')
  })

  test("the vault's secrets: offered only while it is open together, and only after saying yes", async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    const ana = (await backend.app.status()).profiles[0]!.id
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.vaultSecrets.create({ authorId: ana, title: 'The ring I hid', body: paragraphDoc('In the blue box.'), date: '2026-06-01' })
    await backend.vaultSecrets.create({ authorId: ana, title: 'Our first flat', body: paragraphDoc('Number nine.'), date: '2026-06-03' })
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await open()
    await openPrintScreen(page)
    const vaultChoice = page.getByRole('radio', { name: /Our vault's secrets/ })
    expect(await vaultChoice.count()).toBe(0)

    // Open together (as two people at the keyboard would), then the print screen offers it.
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    await page.getByRole('button', { name: '← Back home' }).click()
    await openPrintScreen(page)
    await vaultChoice.waitFor()
    await page.getByRole('radio', { name: 'A theme' }).check()

    await vaultChoice.click()
    const question = page.getByRole('dialog', { name: 'Print your secrets?' })
    await see(question)
    expect(await isFocused(page.getByRole('button', { name: 'Not now' }))).toBe(true)
    await visit(page, 'print-05-vault-confirm', [])
    await page.getByRole('button', { name: 'Not now' }).click()
    expect(await vaultChoice.isChecked()).toBe(false)
    expect(await page.getByRole('radio', { name: 'A theme' }).isChecked()).toBe(true)

    // Our ideas are in once the open vault's Time together card has asked for them; that may
    // still be on its way, so the test asks too (they are put in once either way).
    expect((await backend.vaultTime.list()).ideas).toHaveLength(12)
    await vaultChoice.click()
    await page.getByRole('button', { name: 'Yes, print them' }).click()
    expect(await vaultChoice.isChecked()).toBe(true)
    // The two secrets, and our dozen ideas for time together: an entry of their own, dated the
    // day they were put in.
    await expect.poll(() => summary(page)).toMatch(VAULT_SUMMARY)
    await printButton(page).click()
    await seeResult(page, 'Sent to the printer.')
    const printed = printedTitles(host.printed[0]!)
    expect(printed).toContain('The ring I hid')
    expect(printed).toContain('Our first flat')
    only(host.printed[0]!, [])

    // Inside the open vault: its own way to print, behind the same question.
    await page.getByRole('button', { name: 'Our vault', exact: true }).click()
    await see(heading(page, 'Your vault is open'))
    await page.getByRole('button', { name: 'Print our secrets…' }).click()
    await see(question)
    await page.getByRole('button', { name: 'Yes, print them' }).click()
    await see(heading(page, 'Print our secrets'))
    await expect.poll(() => summary(page)).toMatch(VAULT_SUMMARY)
    const findings: string[] = []
    await visit(page, 'print-06-vault', findings)
    host.saveAs = join(host.dir, 'Secrets.pdf')
    await pdfButton(page).click()
    await seeResult(page, 'Saved as Secrets.pdf.')
    expect(readFileSync(host.saveAs).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await page.getByRole('button', { name: '← Back to the secrets' }).click()
    await see(heading(page, 'Your vault is open'))
    expect(findings).toEqual([])
  })
})

/** Three entries from the first secret's day (1 June 2026) to the day the ideas were put in. */
const VAULT_SUMMARY = /^3 entries, 1 June (2026 )?– \d{1,2} [A-Z][a-z]+ \d{4}$/

// Counts print requests instead of opening the system's dialog.
const COUNT_PRINTS = 'window.printed = 0; window.print = () => { window.printed += 1 }'

/** Whether the first element with exactly this text would be drawn (under the media emulated now), ancestors included. */
async function isDrawn(page: Page, text: string): Promise<boolean> {
  return page
    .getByText(text, { exact: true })
    .first()
    .evaluate((element) => element.checkVisibility({ visibilityProperty: true }))
}

/** The page as the printer gets it: one sheet of A4 and one of Letter, with these words and none of the screen's. */
async function expectOneKitPage(page: Page, name: string, words: string[], screenWords: string[]): Promise<void> {
  await page.emulateMedia({ media: 'print' })
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await readPdf(await page.pdf({ format }))
    try {
      expect(pdf.pageCount, format).toBe(1)
      const text = pdf.pages[0]!.replace(/\s+/g, ' ')
      for (const word of words) expect(text, format).toContain(word)
      for (const word of screenWords) expect(text, format).not.toContain(word)
      if (format === 'A4') await pdf.renderPng(1, `test-results/screens/${name}-pdf.png`, 1)
    } finally {
      await pdf.close()
    }
  }
  await page.emulateMedia({ media: 'screen' })
}

describe('recovery kits', () => {
  const app = useApp()

  test("the journal's recovery code prints as a one-page kit, and nothing of the screen with it", async () => {
    const { page, open } = app()
    await open()
    await page.evaluate(COUNT_PRINTS)
    const code = await createJournal(page, ANA, PASS_A)
    const findings: string[] = []
    await visit(page, 'kit-01-journal', findings)
    // The kit joins the page only when printing starts.
    expect(await page.getByTestId('recovery-kit-code').count()).toBe(0)
    await page.getByRole('button', { name: 'Print my recovery kit' }).click()
    expect(await page.evaluate('window.printed')).toBe(1)

    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: 'test-results/screens/kit-01-journal-print.png', fullPage: true })
    expect(await isDrawn(page, `Sevenfold: the recovery code for ${ANA}'s journal`)).toBe(true)
    expect(await isDrawn(page, 'I have written it down')).toBe(false)
    expect(await isDrawn(page, 'Your recovery code')).toBe(false)
    expect((await page.getByTestId('recovery-kit-code').textContent())?.trim()).toBe(code)
    await page.emulateMedia({ media: 'screen' })
    // Off paper, the kit is not part of the screen.
    expect(await isDrawn(page, `Sevenfold: the recovery code for ${ANA}'s journal`)).toBe(false)

    await page.emulateMedia({ colorScheme: 'dark' })
    await expectOneKitPage(
      page,
      'kit-01-journal',
      [...code.split('-'), 'When you need it', 'How to use it', 'Where to keep it', 'Printed on'],
      ['I have written it down', 'It will not be shown again']
    )
    expect(findings).toEqual([])

    // Once they have written it down, the code and its kit are gone from the page.
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(page.getByRole('button', { name: 'Not now' }))
    expect(await pageHtml(page)).not.toContain(code)
  })

  test("each partner's half of the vault's code prints as their own one-page kit", async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await open()
    await enterVault(page)
    await page.evaluate(COUNT_PRINTS)
    const findings: string[] = []
    await createVaultTogether(page, async (step) => {
      if (step !== 'half-a' && step !== 'half-b') return
      const [name, other] = step === 'half-a' ? [ANA, BEN] : [BEN, ANA]
      const half = ((await page.getByTestId('recovery-half').textContent()) ?? '').trim()
      expect(await page.getByTestId('recovery-kit-code').count()).toBe(0)
      // Ana uses the button; Ben the system's own way to print (Ctrl+P), which the page hears as beforeprint.
      if (step === 'half-a') await page.getByRole('button', { name: 'Print my half' }).click()
      else await page.evaluate("dispatchEvent(new Event('beforeprint'))")
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: `test-results/screens/kit-02-vault-${step}-print.png`, fullPage: true })
      expect(await isDrawn(page, `Sevenfold: ${name}'s half of the vault's recovery code`)).toBe(true)
      expect(await isDrawn(page, 'I have kept my half')).toBe(false)
      expect((await page.getByTestId('recovery-kit-code').textContent())?.trim()).toBe(half)
      await page.emulateMedia({ media: 'screen' })
      await expectOneKitPage(
        page,
        `kit-02-vault-${step}`,
        [...half.split('-'), `with ${other}'s half`, 'Where to keep it'],
        ['I have kept my half', 'look away']
      )
    })
    expect(await page.evaluate('window.printed')).toBe(1)
    expect(findings).toEqual([])
  })
})
