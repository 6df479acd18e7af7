// Issue 17, item 4, with two real journals and their vault: from the quality-time theme Ana goes
// to "Plan time together in your vault"; opened together, the page shows our dozen ideas; they
// plan one for this week, do it and log it, and add an idea of their own. Closed, Ben drops in an
// idea at the locked vault with his passphrase; opened together again, it is there, marked new
// and his. From a time logged, Ana writes about it in her journal: the vault closes first, and
// the new reflection starts from that time's words, on its day. Screenshots at three sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { localDate } from '../../src/shared/dates.ts'
import { SEED_IDEAS, TIME_IDEAS_MAX } from '../../src/shared/time-together.ts'
import { themeById } from '../../src/shared/themes.ts'
import { PART_A, PART_B, PASS_B } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { markSide } from './support/directions.ts'
import { heading, isFocused, pageHtml, see } from './support/screens.ts'
import { ANA, arrangeTwoJournals, arrangeVault, BEN, closeVault, givePart, openAnasHomeWithVault, progress, seeVaultLocked } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const TIME = themeById('quality-time')
const FIRST = SEED_IDEAS[0]!.text
const OURS = 'Breakfast on the balcony, with the good jam'
const BENS = 'Learn three card tricks and show them off'
const FILM = 'An old film at the little cinema, and chips after'
const ANAS = 'A picnic on the hill, if the weather holds'
// Right to left, beside labels that are not: "dinner on the roof, then a short walk".
const HEBREW = 'ארוחת ערב על הגג, ואחר כך טיול קצר'

/** Both parts given at the locked vault; it opens on time together's page (it was reached from the quality-time theme). */
async function openTogetherOnTime(page: Page): Promise<void> {
  await seeVaultLocked(page)
  await givePart(page, ANA, PART_A)
  await expect.poll(() => progress(page).textContent()).toBe('1 of 2 parts given')
  await givePart(page, BEN, PART_B)
  await see(heading(page, 'Time together'))
}

describe('time together', () => {
  const app = useApp()

  test('planned, done, logged and added to in the open vault; an idea dropped in while locked arrives; a time written about in Ana’s journal', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)

    // The quality-time theme leads to the vault.
    await page.getByRole('button', { name: TIME.title, exact: true }).click()
    const card = page.getByRole('region', { name: 'Time together, planned in your vault' })
    await see(card)
    await visitEverySize(page, 'time-theme-card', findings)
    await card.getByRole('button', { name: 'Plan time together in your vault' }).click()
    await openTogetherOnTime(page)

    // Our dozen ideas, nothing planned, nothing logged yet.
    const ideas = page.getByRole('region', { name: 'Ideas for the two of you' })
    const week = page.getByRole('region', { name: 'This week' })
    const log = page.getByRole('region', { name: 'What we did' })
    await expect.poll(() => ideas.getByRole('listitem').count()).toBe(12)
    await see(ideas.getByText(FIRST, { exact: true }))
    await see(week.getByText('Nothing planned yet.', { exact: false }))
    await visitEverySize(page, 'time-page-ours', findings)

    // Planned for this week: pressed in the list, and in "This week".
    const plan = ideas.getByRole('button', { name: `Plan for this week “${FIRST}”` })
    await plan.click()
    await expect.poll(() => plan.getAttribute('aria-pressed')).toBe('true')
    expect(await isFocused(plan)).toBe(true)
    await see(week.getByText(FIRST, { exact: true }))
    await see(page.getByRole('status').filter({ hasText: `“${FIRST}” is planned for this week.` }))
    await visitEverySize(page, 'time-page-planned', findings)

    // Done: into what we did, today, and out of the plan.
    await week.getByRole('button', { name: `We did this “${FIRST}”` }).click()
    await see(log.getByText(FIRST, { exact: true }))
    await see(week.getByText('Nothing planned yet.', { exact: false }))
    expect(await plan.getAttribute('aria-pressed')).toBe('false')
    const logged = (await backend.vaultTime.list()).log
    expect(logged).toMatchObject([{ date: localDate(), what: FIRST }])

    // A time of their own, some days ago, noted with the form.
    const before = new Date()
    before.setDate(before.getDate() - 3)
    const earlier = localDate(before)
    await log.getByLabel('What did you do together?').fill(FILM)
    await log.getByLabel('When').fill(earlier)
    await log.getByRole('button', { name: 'Add to what we did' }).click()
    await see(log.getByText(FILM, { exact: true }))
    expect((await log.getByRole('listitem').allTextContents()).map((text) => text.includes(FILM))).toEqual([false, true])

    // An idea of their own.
    await ideas.getByLabel('A new idea').fill(OURS)
    await ideas.getByRole('button', { name: 'Add it' }).click()
    await see(ideas.getByText(OURS, { exact: true }))
    expect(await ideas.getByLabel('A new idea').inputValue()).toBe('')
    await expect.poll(() => ideas.getByRole('listitem').count()).toBe(13)
    await visitEverySize(page, 'time-page-logged', findings)

    // Ben drops in an idea at the locked vault, with his own passphrase.
    await page.getByRole('button', { name: '← Back to the vault' }).click()
    await see(page.getByRole('region', { name: 'Time together', exact: true }))
    await closeVault(page)
    await page.getByRole('button', { name: 'Drop in an idea for time together' }).click()
    await see(heading(page, 'An idea for time together'))
    await page.getByRole('radio', { name: BEN }).check()
    await page.getByLabel('Your idea').fill(BENS)
    await page.getByLabel(`${BEN}'s passphrase`).fill(PASS_B)
    await visitEverySize(page, 'time-sealed-idea', findings)
    await page.getByRole('button', { name: 'Seal the idea' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Your idea is sealed in the vault.' }))
    expect(await pageHtml(page)).not.toContain(BENS)
    expect((await backend.vault.status()).waitingForBoth.sealed).toBe(true)

    // Opened together again: on the vault's page, new and his; on its own page too.
    await openTogetherOnTime(page)
    const arrived = ideas.getByRole('listitem').first()
    await see(arrived.getByText(BENS, { exact: true }))
    await see(arrived.getByText('New', { exact: true }))
    await see(arrived.getByText(`${BEN}’s idea, dropped in while the vault was locked`))
    await visitEverySize(page, 'time-page-new-idea', findings)
    await page.getByRole('button', { name: '← Back to the vault' }).click()
    const vaultCard = page.getByRole('region', { name: 'Time together', exact: true })
    await see(vaultCard.getByRole('listitem').filter({ hasText: `${BENS} (${BEN}’s idea)` }))
    await visitEverySize(page, 'time-vault-card', findings)
    await vaultCard.getByRole('button', { name: 'Plan time together' }).click()

    // Writing about a time: the vault closes, Ana's journal opens a reflection started from it.
    await log.getByRole('button', { name: `Write about it in ${ANA}’s journal “${FILM}”` }).click()
    await see(page.getByRole('main', { name: 'Editor' }))
    const started = page.getByText(`Started from: Our time together on`, { exact: false })
    await see(started)
    expect(await started.textContent()).toContain(FILM)
    // On the day of that time, not today.
    expect(await page.getByLabel('Date').inputValue()).toBe(earlier)
    expect((await backend.vault.status()).open).toBe(false)
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    await page.keyboard.type('We burnt the first try and laughed about it all evening.')
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    await visitEverySize(page, 'time-reflection', findings)
    const [reflection] = await backend.reflections.list({ themeId: 'quality-time' })
    expect(reflection).toMatchObject({ themeId: 'quality-time', date: earlier })
    expect((await backend.reflections.get({ id: reflection!.id })).prompt).toContain(FILM)
    // Nothing of it went into the vault: opened again, its log is as it was, and it holds no secret.
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    expect((await backend.vaultTime.list()).log.map((time) => time.what)).toEqual([FIRST, FILM])
    expect(await backend.vaultSecrets.list()).toEqual([])
    expect(findings).toEqual([])
  })

  test('Ana drops in an idea from the quality-time theme of her journal, with no passphrase; it arrives hers when they open the vault', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await openAnasHomeWithVault(page, backend, open)
    await page.getByRole('button', { name: TIME.title, exact: true }).click()
    const drop = page.getByRole('button', { name: 'Drop in an idea' })
    await drop.click()
    await see(heading(page, 'An idea for time together'))
    // Her own journal is open: no one to choose, and no passphrase to type.
    expect(await page.getByRole('radio').count()).toBe(0)
    expect(await page.getByLabel(`${ANA}'s passphrase`).count()).toBe(0)
    await page.getByLabel('Your idea').fill(ANAS)
    await visitEverySize(page, 'time-theme-idea', findings)
    await page.getByRole('button', { name: 'Seal the idea' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Your idea is sealed in the vault.' }))
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Drop in an idea' }))).toBe(true)
    expect(await pageHtml(page)).not.toContain(ANAS)

    const [ana] = (await backend.app.status()).profiles
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    expect((await backend.vaultTime.list()).ideas[0]).toMatchObject({ text: ANAS, authorId: ana!.id, isNew: true })
    expect(findings).toEqual([])
  })

  test('a full list says so, and how many ideas dropped in wait, sealed, for room; words in Hebrew leave the labels beside them be', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await arrangeTwoJournals(backend, ANA)
    await arrangeVault(backend)
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    const seeded = (await backend.vaultTime.list()).ideas.length
    for (let i = seeded; i < TIME_IDEAS_MAX - 1; i++) await backend.vaultTime.addIdea({ text: `Something to do together, number ${i}` })
    await backend.vaultTime.addIdea({ text: HEBREW })
    await backend.vault.lock()
    // Ana's journal is open: three of hers, sealed, find the list full.
    for (const text of ['Fly a kite on the beach', 'Bake bread on a Sunday', 'Swim in the lake at dawn']) {
      await backend.vaultTime.sealIdea({ authorId: (await backend.app.status()).unlockedProfileId!, text })
    }
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await page.getByRole('button', { name: TIME.title, exact: true }).click()
    await page.getByRole('button', { name: 'Plan time together in your vault' }).click()
    await openTogetherOnTime(page)

    const ideas = page.getByRole('region', { name: 'Ideas for the two of you' })
    await expect.poll(() => ideas.getByRole('listitem').count()).toBe(TIME_IDEAS_MAX)
    await see(ideas.getByText(`Your list holds ${TIME_IDEAS_MAX} ideas, as many as it keeps.`, { exact: false }))
    await see(ideas.getByText('3 more ideas, dropped in while the vault was locked, are waiting, still sealed.', { exact: false }))
    // The Hebrew idea sits in its own <bdi>, and its buttons are named for it.
    const hebrew = ideas.getByRole('listitem').filter({ hasText: HEBREW })
    expect(await hebrew.locator('bdi.time-row__text').textContent()).toBe(HEBREW)
    await see(hebrew.getByRole('button', { name: `Plan for this week “${HEBREW}”` }))
    await hebrew.getByRole('button', { name: `Plan for this week “${HEBREW}”` }).click()
    await see(page.getByRole('region', { name: 'This week' }).getByText(HEBREW, { exact: true }))
    await visitEverySize(page, 'time-page-full', findings)

    // One more is refused, said so in a sentence, and the line keeps what was typed.
    await ideas.getByLabel('A new idea').fill('Learn to juggle')
    await ideas.getByRole('button', { name: 'Add it' }).click()
    await see(page.getByRole('alert').filter({ hasText: `Your list holds ${TIME_IDEAS_MAX} ideas, as many as it keeps. Remove one` }))
    expect(await ideas.getByLabel('A new idea').inputValue()).toBe('Learn to juggle')
    await expect.poll(() => ideas.getByRole('listitem').count()).toBe(TIME_IDEAS_MAX)
    expect(findings).toEqual([])
  })
  test('an idea or a time in Hebrew, said back in the status line, keeps its question or exclamation mark at its own end', async () => {
    const { page, backend, open } = app()
    await openAnasHomeWithVault(page, backend, open)
    await page.getByRole('button', { name: TIME.title, exact: true }).click()
    await page.getByRole('button', { name: 'Plan time together in your vault' }).click()
    await openTogetherOnTime(page)
    // "A walk on the beach?" and "Dinner on the roof!": the mark ends the words, so it sits at their left.
    const asked = 'טיול על החוף?'
    const done = 'ארוחת ערב על הגג!'
    const ideas = page.getByRole('region', { name: 'Ideas for the two of you' })
    await ideas.getByLabel('A new idea').fill(asked)
    await ideas.getByRole('button', { name: 'Add it' }).click()
    const addedIdea = page.getByRole('status').filter({ hasText: 'to your ideas.' })
    await see(addedIdea)
    expect(await markSide(addedIdea, asked), 'the idea’s question mark').toBe('left')
    const log = page.getByRole('region', { name: 'What we did' })
    await log.getByLabel('What did you do together?').fill(done)
    await log.getByRole('button', { name: 'Add to what we did' }).click()
    const addedTime = page.getByRole('status').filter({ hasText: 'Added to what you did' })
    await see(addedTime)
    expect(await markSide(addedTime, done), 'the time’s exclamation mark').toBe('left')
    const findings: string[] = []
    await visitEverySize(page, 'time-page-said-in-hebrew', findings)
    expect(findings).toEqual([])
  })
})
