// Time together's bounds (issue 17, item 4), as a request from the renderer meets them: a time is
// logged on a day from 1900 to today, an idea planned for this week or one up to a year ahead;
// a line is words, without control characters, line or paragraph separators, or the characters
// that turn the direction of the text around it; and the list and the log hold a stated number
// (TIME_IDEAS_MAX, TIME_LOG_MAX), past which adding is refused with a sentence saying what to do.

import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { localDate } from '../../src/shared/dates.ts'
import { PLAN_WEEKS_AHEAD, TIME_IDEAS_MAX, TIME_LOG_MAX, weekStartOf } from '../../src/shared/time-together.ts'
import { useBackends } from '../support/backend.ts'
import { refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

/** The Monday `weeks` weeks after this week's. */
function weeksAhead(weeks: number): string {
  const monday = new Date(`${weekStartOf(new Date())}T12:00:00`)
  monday.setDate(monday.getDate() + 7 * weeks)
  return localDate(monday)
}

describe('time together’s bounds', () => {
  it('logs a day from 1900 to today, and plans a week from this one to a year ahead', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const [idea] = (await backend.vaultTime.list()).ideas
    for (const date of ['0000-01-03', '0024-06-03', '1899-12-31']) {
      expect(await dispatch(backend, 'vaultTime.log', { date, what: 'Long ago' }), date).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'date' }
      })
    }
    expect((await backend.vaultTime.log({ date: '1900-01-01', what: 'Our grandparents’ first dance' })).log).toHaveLength(1)

    for (const week of ['9999-12-27', weeksAhead(PLAN_WEEKS_AHEAD + 1)]) {
      expect((await refusal(backend.vaultTime.plan({ id: idea!.id, week }))).field, week).toBe('week')
    }
    const latest = await backend.vaultTime.plan({ id: idea!.id, week: weeksAhead(PLAN_WEEKS_AHEAD) })
    expect(latest.ideas.find((i) => i.id === idea!.id)!.planned).toBe(weeksAhead(PLAN_WEEKS_AHEAD))
  })

  it('takes a line of words in any script, and refuses control, separator and direction-changing characters', async () => {
    const { backend } = await newBackend()
    const { ben } = await withVault(backend)
    const refused = ['a\u2028b', 'a\u2029b', 'a\u0000b', 'a\tb', '\u0085next', '\u202Eevil', 'a\u202Ab', 'a\u202Db', 'a\u2066b\u2069', 'lone \uD800']
    for (const text of refused) {
      for (const [channel, input] of [
        ['vaultTime.addIdea', { text }],
        ['vaultTime.log', { date: localDate(), what: text }],
        ['vaultTime.sealIdea', { authorId: ben, text }]
      ] as const) {
        const answer = await dispatch(backend, channel, input)
        expect(answer, `${channel} ${JSON.stringify(text)}`).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT', field: 'what' in input ? 'what' : 'text' }
        })
      }
    }
    // Other scripts, right to left among them, and emoji joined into one.
    const fine = ['ארוחת ערב על הגג', 'عشاء على الشرفة', '👩‍❤️‍👨 Dinner, and a slow walk home', 'Café crème, «à deux»']
    for (const text of fine) await backend.vaultTime.addIdea({ text })
    // Added within the same millisecond they may tie on time: their order among them is not the point.
    const listed = (await backend.vaultTime.list()).ideas.map((i) => i.text)
    expect(listed.slice(0, fine.length).sort()).toEqual([...fine].sort())
  })

  it('holds as many ideas as it says, then refuses one more with a sentence saying what to do', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const seeded = (await backend.vaultTime.list()).ideas.length
    for (let i = seeded; i < TIME_IDEAS_MAX; i++) await backend.vaultTime.addIdea({ text: `Idea number ${i}` })
    const full = await refusal(backend.vaultTime.addIdea({ text: 'One too many' }))
    expect(full).toMatchObject({ code: 'LIMIT_REACHED' })
    expect(full.message).toContain(String(TIME_IDEAS_MAX))
    const listed = await backend.vaultTime.list()
    expect(listed.ideas).toHaveLength(TIME_IDEAS_MAX)
    expect(listed.waitingIdeas).toBe(0)
    // Removing one makes room again.
    await backend.vaultTime.removeIdea({ id: listed.ideas[0]!.id })
    expect((await backend.vaultTime.addIdea({ text: 'Room for this one' })).ideas).toHaveLength(TIME_IDEAS_MAX)
  })

  it('holds as many times as it says, then refuses one more with a sentence saying what to do', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    for (let i = 0; i < TIME_LOG_MAX; i++) await backend.vaultTime.log({ date: '2026-03-01', what: `Time number ${i}` })
    const full = await refusal(backend.vaultTime.log({ date: '2026-03-02', what: 'One too many' }))
    expect(full).toMatchObject({ code: 'LIMIT_REACHED' })
    expect(full.message).toContain(TIME_LOG_MAX.toLocaleString('en-GB'))
    const { log } = await backend.vaultTime.list()
    expect(log).toHaveLength(TIME_LOG_MAX)
    await backend.vaultTime.removeLog({ id: log[0]!.id })
    expect((await backend.vaultTime.log({ date: '2026-03-02', what: 'Room for this one' })).log).toHaveLength(TIME_LOG_MAX)
  }, 180_000)
})
