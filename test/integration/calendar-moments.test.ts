import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { filesIn } from '../support/canary.ts'
import { giveBoth, manualClock, withVault } from '../support/vault.ts'

const DAY = 24 * 60 * 60 * 1000
const clock = manualClock(Date.parse('2026-03-02T12:00:00Z'))
const newBackend = useBackends(clock.now)

/** The moments of each day of the month `clock` is in, as [date, kinds]. */
async function momentsOf(backend: SevenfoldBackend): Promise<Array<[string, string[]]>> {
  const month = localDate(new Date(clock.now())).slice(0, 7)
  const answer = await backend.calendar.month({ month })
  return answer.days.filter((d) => d.moments.length > 0).map((d) => [d.date, d.moments])
}

const today = () => localDate(new Date(clock.now()))

describe('moments together in the calendar', () => {
  it('keeps in each journal only the days its own partner took part, by kind, and lists them in the month', async () => {
    const { backend } = await newBackend()
    // Both journals pin the vault: Ana's journal was open at one joint open, Ben's at another.
    const { ana, ben } = await withVault(backend)
    const opened = today()
    await backend.session.lock()

    // The next day Ana asks from her journal; the day after, Ben answers from his.
    clock.advance(DAY)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const asked = today()
    const { id } = await backend.vaultReveals.ask({ prompt: 'What made you laugh this week?', answer: 'The cat and the curtain.' })
    await backend.reflections.create({ themeId: 'appreciation', title: 'Thank you', body: paragraphDoc('For the soup.'), date: asked })
    await backend.session.lock()

    clock.advance(DAY)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const answered = today()
    await backend.vaultReveals.answer({ id, answer: 'Your face when the kettle sang.' })
    // He seals something from his journal, and they open the vault together with it open: the reveal.
    await backend.vault.seal({ authorId: ben, title: 'For you', body: paragraphDoc('A small thing.') })
    await giveBoth(backend)
    expect((await backend.vaultReveals.list())[0]).toMatchObject({ id, revealed: true })
    expect(await momentsOf(backend)).toEqual([
      [opened, ['opened']],
      [answered, ['answered', 'revealed', 'sealed', 'opened']]
    ])
    expect((await backend.calendar.month({ month: answered.slice(0, 7) })).partnerName).toBe('Ana')
    await backend.session.lock()

    // Ana's journal knows her own days only: the joint open of the first day, and her question.
    // Not Ben's answer, seal or the reveal, which happened while her journal was shut.
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const month = await backend.calendar.month({ month: asked.slice(0, 7) })
    expect(month.partnerName).toBe('Ben')
    expect(month.days.map((d) => [d.date, d.moments, d.reflections.map((r) => r.title)])).toEqual([
      [opened, ['opened'], []],
      [asked, ['asked'], ['Thank you']]
    ])
  })

  it('keeps a kind once a day, and lists the day even with nothing written', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    for (let i = 0; i < 2; i++) {
      await backend.vault.lock()
      await giveBoth(backend)
    }
    const answer = await backend.calendar.month({ month: today().slice(0, 7) })
    expect(answer.days).toEqual([{ date: today(), reflections: [], moments: ['opened'] }])
  })

  it('keeps a thank-you note as a moment of appreciation, a check-in line shared as one of small talk a needs check-in shared as one of needs and a time logged as one of quality time, counted in those themes', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()
    // Ben's journal is open: he thanks Ana, and shares the line of today's check-in meant for her.
    await backend.vaultShared.thank({ text: 'Thank you for waiting up.' })
    const checkIn = await backend.checkIns.save({ lines: { forward: '', heard: '', tell: 'The heron is back' } })
    await backend.vaultShared.shareCheckIn({ id: checkIn.id })
    const needs = await backend.needs.save({ top: [{ id: 'heard' }] })
    await backend.vaultShared.shareNeeds({ id: needs.id })
    // Opened together again, they log a time together: a moment of quality time.
    await giveBoth(backend)
    await backend.vaultTime.log({ date: today(), what: 'Soup and a film' })
    expect((await momentsOf(backend))[0]![1]).toEqual(['opened', 'thanked', 'told', 'shared-needs', 'spent'])
    const { together } = await backend.insights.summary()
    expect(together.allTime.appreciation).toBe(1)
    expect(together.allTime['small-talk']).toBe(1)
    expect(together.allTime['emotional-needs']).toBe(1)
    expect(together.allTime['quality-time']).toBe(1)
  })

  it('keeps no kind or day of a moment in plaintext in any file of the data folder', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    await backend.vaultReveals.ask({ prompt: 'A question', answer: 'An answer' })
    await backend.vault.seal({ authorId: ben, title: 'Sealed', body: paragraphDoc('Words.') })
    expect((await momentsOf(backend))[0]![1]).toEqual(['asked', 'sealed', 'opened'])
    await backend.session.lock()

    const files = filesIn(dataDir)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const plain of ['"kind"', '"moments"', '"asked"', '"sealed"', today()]) expect(bytes.includes(Buffer.from(plain)), `${plain} in ${file}`).toBe(false)
    }
    // And they come back from the disk, under the journal key, at the next unlock.
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await momentsOf(backend))[0]![1]).toEqual(['asked', 'sealed', 'opened'])
  })
})
