// Issue 18, item 2, for two: names are people's words too (Noa's in Hebrew, on the lock screen
// and in the vault), and so are a secret's title, its words in the reading view, a reply, and a
// practice's fields (the daily check-in's lines, typed and read back). Each is read from what
// Chromium laid out; the app's words beside them stay left to right. Screenshots of each screen.

import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { themeById } from '../../src/shared/themes.ts'
import { PART_A, PART_B, PASS_A, PASS_B } from '../support/backend.ts'
import { ARABIC_TITLE, ARABIC_WORDS, BOTH_WAYS_BLOCKS, BOTH_WAYS_BODY, HEBREW_NAME, HEBREW_WORDS } from '../support/words-both-ways.ts'
import { useApp } from './support/app.ts'
import { expectBlocks, expectDirection } from './support/directions.ts'
import { heading, see } from './support/screens.ts'
import { arrangeVault, enterVault, givePart, seeVaultOpen } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const ANA = 'Ana'

/** Ana's and Noa's journals, locked; their vault, locked, holding Noa's secret with a reply from her. */
async function arrangeCouple(backend: SevenfoldBackend): Promise<void> {
  await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
  await backend.profile.create({ displayName: HEBREW_NAME, passphrase: PASS_B })
  await backend.session.lock()
  await arrangeVault(backend)
  await backend.vault.givePart({ part: 'a', passphrase: PART_A })
  await backend.vault.givePart({ part: 'b', passphrase: PART_B })
  const noa = (await backend.vault.status()).partners.find((p) => p.displayName === HEBREW_NAME)!
  const secret = await backend.vaultSecrets.create({ authorId: noa.profileId, title: ARABIC_TITLE, body: BOTH_WAYS_BODY, date: localDate() })
  await backend.vaultShared.reply({ on: { kind: 'secret', id: secret.id }, authorId: noa.profileId, text: HEBREW_WORDS })
  await backend.vault.lock()
}

describe('words in both directions, for two', () => {
  const app = useApp()

  test('a name in Hebrew on the lock screen and in the vault, a secret’s title and words in its list and the reading view, and a reply', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeCouple(backend)
    await open()

    // The lock screen: each journal under its name, in the name's direction.
    await see(heading(page, 'Welcome back'))
    await expectBlocks(page.locator('body'), '.partner-card h2 bdi', [
      [ANA, 'ltr'],
      [HEBREW_NAME, 'rtl']
    ])
    await visitEverySize(page, 'words-both-ways-lock', findings)

    await enterVault(page)
    await givePart(page, ANA, PART_A)
    await givePart(page, HEBREW_NAME, PART_B)
    await seeVaultOpen(page)

    // The list: the title, who wrote it (beside the day, which stays ours) and the opening words.
    const row = page.locator('.secret-row').filter({ hasText: ARABIC_TITLE })
    await expectDirection(row.locator('.secret-row__title bdi'), 'rtl', 'the secret’s title')
    await expectDirection(row.locator('.secret-row__meta bdi'), 'rtl', 'its writer’s name')
    await expectDirection(row.locator('.secret-row__meta'), 'ltr', 'the line with the day')
    await expectDirection(row.locator('.secret-row__excerpt'), 'rtl', 'its opening words')
    await visitEverySize(page, 'words-both-ways-vault-list', findings)

    // The reading view: the title, each block of the body, the reply and who wrote it.
    await row.locator('.secret-row__open').click()
    const reading = page.locator('.reading')
    await see(reading.getByRole('heading', { level: 1, name: ARABIC_TITLE }))
    await expectDirection(reading.getByRole('heading', { level: 1 }), 'rtl', 'the title in the reading view')
    await expectDirection(reading.locator('.reading__meta bdi'), 'rtl', 'the writer’s name')
    await see(reading.locator('.secret-reader p').first())
    await expectBlocks(reading.locator('.secret-reader'), 'p, h2, h3', BOTH_WAYS_BLOCKS)
    await expectDirection(reading.locator('.responses__reply-text'), 'rtl', 'the reply')
    await expectDirection(reading.locator('.responses__reply-meta bdi'), 'rtl', 'the reply’s writer')
    await expectDirection(reading.locator('.responses__reply-meta'), 'ltr', 'the line with the reply’s day')
    await visitEverySize(page, 'words-both-ways-reading', findings)
    expect(findings).toEqual([])
  })

  test('a daily check-in’s lines run in their own direction as they are typed, and where they are read back', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
    await open()
    await see(heading(page, `Hello, ${ANA}`))

    const talk = themeById('small-talk').title
    await page.getByRole('button', { name: talk, exact: true }).click()
    const form = page.getByRole('form', { name: 'Check in for today' })
    const forward = form.getByLabel('What are you looking forward to today?')
    await forward.fill(ARABIC_WORDS)
    await expectDirection(forward, 'rtl', 'a line typed in Arabic')
    await expectDirection(form.getByLabel('Something you read, watched or heard'), 'ltr', 'an empty line')
    await forward.press('Enter')
    await see(page.getByRole('form', { name: 'Your check-in today' }).getByRole('status').getByText('Saved'))

    const strip = page.getByRole('region', { name: 'Your last two weeks' })
    await see(strip.getByText(ARABIC_WORDS))
    await expectDirection(strip.locator('dd').filter({ hasText: ARABIC_WORDS }), 'rtl', 'the line read back')
    await expectDirection(strip.locator('dt').first(), 'ltr', 'its label')
    await visitEverySize(page, 'words-both-ways-check-in', findings)
    expect(findings).toEqual([])
  })
})
