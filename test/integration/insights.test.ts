import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { daysAgo, KNOWN_BALANCE, knownJournal, today, write } from '../support/insights-journal.ts'

const newBackend = useBackends()
let offsetDays = 0
const newBackendLater = useBackends(() => Date.now() + offsetDays * 86_400_000)

describe('insights of the open journal', () => {
  it('answers the right numbers for a known journal', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { lastYear, longAgo } = await knownJournal(backend)
    const insights = await backend.insights.summary()

    expect(insights.onThisDay.map((r) => [r.id, r.title, r.themeId])).toEqual([
      [lastYear, 'A year ago today', 'being-there'],
      [longAgo, 'Three years ago today', 'trust']
    ])
    expect(insights.onThisDay[0]!.excerpt).toBe('Words for A year ago today')
    expect(insights.balance).toEqual(KNOWN_BALANCE)
    expect(insights.nudge).toEqual({ themeId: 'appreciation', lastDate: daysAgo(35), weeks: 5 })
    expect(insights.writing).toEqual({ days: 11, daysLast30: 7, currentRun: 3, longestRun: 3 })
  })

  it('keeps "Not now" encrypted across lock and unlock, until the theme is written in again', async () => {
    const { backend, dataDir } = await newBackend()
    const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await knownJournal(backend)

    const dismissed = await backend.insights.dismissNudge({ themeId: 'appreciation' })
    expect(dismissed.nudge).toBeNull()
    // Kept only inside the encrypted settings blob: no file holds its words.
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, file))
      for (const word of ['nudgeDismissal', 'appreciation']) expect(bytes.includes(Buffer.from(word)), `${file}: ${word}`).toBe(false)
    }
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.insights.summary()).nudge).toBeNull()
    // Settings themselves are untouched by it.
    expect(await backend.settings.get()).toEqual({ appearance: 'system', textSize: 'medium', autoLockMinutes: 5 })
    await backend.settings.update({ textSize: 'large' })
    backend.close()

    const { backend: again } = await newBackend(dataDir)
    await again.session.unlock({ profileId, passphrase: PASS_A })
    expect((await again.insights.summary()).nudge).toBeNull()
    expect((await again.settings.get()).textSize).toBe('large')

    // Written in again today, so nothing to nudge about; the dismissal no longer holds for appreciation.
    await write(again, 'appreciation', today)
    const after = await again.insights.summary()
    expect(after.nudge).toBeNull()
    expect(after.balance.last30Days.appreciation).toBe(1)
  })

  it('waits a week before another nudge, and brings a dismissed theme back once it is written in again', async () => {
    offsetDays = 0
    const { backend } = await newBackendLater()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await knownJournal(backend)
    await backend.insights.dismissNudge({ themeId: 'appreciation' })

    offsetDays = 6
    expect((await backend.insights.summary()).nudge).toBeNull()
    // A week on, the next theme left alone longest, never appreciation again on its own.
    offsetDays = 30
    expect((await backend.insights.summary()).nudge).toEqual({ themeId: 'being-there', lastDate: daysAgo(25), weeks: 7 })
    // Something in appreciation saved after "Not now" (dated back) ends the dismissal.
    await write(backend, 'appreciation', daysAgo(34))
    expect((await backend.insights.summary()).nudge).toEqual({ themeId: 'appreciation', lastDate: daysAgo(34), weeks: 9 })
    offsetDays = 0
  })

  it('refuses a theme that does not exist', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    expect(await dispatch(backend, 'insights.dismissNudge', { themeId: 'romance' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'themeId' }
    })
    expect(await dispatch(backend, 'insights.summary', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'request' } })
  })

  it('answers LOCKED while the journal is locked', async () => {
    const { backend } = await newBackend()
    await expect(backend.insights.summary()).rejects.toMatchObject({ code: 'LOCKED' })
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()
    await expect(backend.insights.summary()).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.insights.dismissNudge({ themeId: 'trust' })).rejects.toMatchObject({ code: 'LOCKED' })
  })

  it('never shows one partner anything of the other’s, dismissals included', async () => {
    const { backend } = await newBackend()
    const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await knownJournal(backend)
    await backend.insights.dismissNudge({ themeId: 'appreciation' })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    const ben = await backend.insights.summary()
    expect(ben.onThisDay).toEqual([])
    expect(Object.values(ben.balance.allTime).every((n) => n === 0)).toBe(true)
    expect(ben.writing).toEqual({ days: 0, daysLast30: 0, currentRun: 0, longestRun: 0 })
    expect(ben.nudge).toBeNull()

    // Ben's own journal, old enough to nudge, is not quieted by Ana's "Not now".
    await write(backend, 'trust', daysAgo(60))
    expect((await backend.insights.summary()).nudge).toEqual({ themeId: 'self-love', lastDate: null, weeks: 8 })
    await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
    expect((await backend.insights.summary()).nudge).toBeNull()
  })
})
