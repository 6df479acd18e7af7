// Issue 16, item 5: home's insights count what the two of them did together, from the moments the
// open journal kept, over real SQLite files and a real vault: no trust nudge for a journal busy
// in its vault, the balance and "Lately" show the moments, and the other journal, which took no
// part, still has its own honest nudge.

import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { dateOfDay, dayNumber } from '../../src/main/insights/days.ts'
import { localDate } from '../../src/shared/dates.ts'
import { THEME_IDS } from '../../src/shared/themes.ts'
import { PART_A, PART_B, PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { write } from '../support/insights-journal.ts'
import { giveBoth, manualClock, pinJournal, twoJournals } from '../support/vault.ts'

const DAY = 86_400_000
const clock = manualClock(Date.parse('2026-03-20T12:00:00Z'))
const newBackend = useBackends(clock.now)
const today = () => localDate(new Date(clock.now()))
const daysAgo = (n: number) => dateOfDay(dayNumber(today()) - n)

/** Every theme but trust written in today, and a first reflection two months back: trust is the nudge. */
async function journalWithoutTrust(backend: SevenfoldBackend): Promise<void> {
  await write(backend, 'self-love', daysAgo(60), 'The first one')
  for (const themeId of THEME_IDS) if (themeId !== 'trust') await write(backend, themeId, today())
}

describe('insights with moments together', () => {
  it('give no trust nudge to the partner who did things in the vault, and count them in the balance and the timeline', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await twoJournals(backend)
    // Made with no journal open, so neither journal keeps that; then Ana opens it with hers open.
    await backend.session.lock()
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.vault.lock()
    await pinJournal(backend, ana, PASS_A)
    const anaOpened = today()

    // Forty days on, Ana writes in every theme but trust (beginning two months back).
    clock.advance(40 * DAY)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await journalWithoutTrust(backend)
    const anas = await backend.insights.summary()
    expect(anas.nudge).toEqual({ themeId: 'trust', lastDate: anaOpened, weeks: 5, together: true })
    await backend.session.lock()

    // Ben writes the same: trust is his nudge, until he opens the vault with Ana and asks her a question.
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await journalWithoutTrust(backend)
    expect((await backend.insights.summary()).nudge).toEqual({ themeId: 'trust', lastDate: null, weeks: 8 })
    await giveBoth(backend)
    await backend.vaultReveals.ask({ prompt: 'What would you like more of?', answer: 'Slow Sunday mornings.' })
    await backend.vault.lock()

    const bens = await backend.insights.summary()
    expect(bens.nudge).toBeNull()
    expect(bens.balance.last30Days.trust).toBe(0)
    expect(bens.together.last30Days).toEqual({
      'self-love': 0,
      'emotional-needs': 0,
      trust: 2,
      'quality-time': 0,
      'small-talk': 0,
      appreciation: 0,
      'being-there': 0
    })
    // Five reflections of today, then the day together (written first, on the same day), nothing older.
    expect(bens.recent).toHaveLength(6)
    expect(bens.recent.slice(0, 5).every((entry) => entry.kind === 'reflection' && entry.date === today())).toBe(true)
    expect(bens.recent[5]).toEqual({ kind: 'together', date: today(), moments: ['asked', 'opened'] })

    // The moments come back from the disk at the next unlock; Ana's journal took no part in Ben's.
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await backend.insights.summary()).toEqual(bens)
    await backend.session.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const anasAgain = await backend.insights.summary()
    expect(anasAgain.nudge).toEqual(anas.nudge)
    expect(anasAgain.together.allTime.trust).toBe(1)
    expect(anasAgain.together.last30Days.trust).toBe(0)
  })

  it('gives a journal with only moments together no trust nudge, and no timeline until something is written', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await twoJournals(backend)
    await backend.session.lock()
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.vault.lock()
    // Ana's journal must have met the vault before a question can be sealed to her.
    await pinJournal(backend, ana, PASS_A)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await giveBoth(backend)
    await backend.vaultReveals.ask({ prompt: 'Where shall we go in May?', answer: 'The sea.' })

    await backend.vault.lock()

    // Five weeks on, nothing written, they open it together again. The vault's moments are the
    // journal's first days: the themes never touched since then are nudged, trust is not.
    clock.advance(35 * DAY)
    await giveBoth(backend)
    const insights = await backend.insights.summary()
    expect(insights.together.allTime.trust).toBe(3)
    expect(insights.together.last30Days.trust).toBe(1)
    expect(insights.recent).toEqual([])
    expect(insights.nudge).toEqual({ themeId: 'self-love', lastDate: null, weeks: 5 })
    expect(insights.balance.allTime).toEqual(Object.fromEntries(THEME_IDS.map((id) => [id, 0])))
  })
})
