import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'

const newBackend = useBackends()

describe('the calendar of an open journal', () => {
  it('answers the days of a month with their reflections, and a year as counts per day', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const made = async (themeId: 'trust' | 'appreciation' | 'small-talk', title: string, date: string) =>
      (await backend.reflections.create({ themeId, title, body: paragraphDoc(title), date })).id
    const first = await made('trust', 'First of March', '2025-03-01')
    const a = await made('appreciation', 'Thank you', '2025-03-09')
    // A day lists in the order written: make sure the two are stamped apart.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const b = await made('small-talk', 'Breakfast', '2025-03-09')
    await made('trust', 'Last of February', '2025-02-28')
    await made('trust', 'Next April', '2025-04-01')
    await made('trust', 'New year', '2026-01-01')

    expect(await backend.calendar.month({ month: '2025-03' })).toEqual({
      month: '2025-03',
      days: [
        { date: '2025-03-01', reflections: [{ id: first, themeId: 'trust', title: 'First of March' }], moments: [] },
        {
          date: '2025-03-09',
          reflections: [
            { id: a, themeId: 'appreciation', title: 'Thank you' },
            { id: b, themeId: 'small-talk', title: 'Breakfast' }
          ],
          moments: []
        }
      ],
      partnerName: null
    })
    expect(await backend.calendar.year({ year: 2025 })).toEqual({
      year: 2025,
      days: [
        { date: '2025-02-28', count: 1 },
        { date: '2025-03-01', count: 1 },
        { date: '2025-03-09', count: 2 },
        { date: '2025-04-01', count: 1 }
      ],
      total: 5
    })

    // A reflection moved to another day, and one deleted, show at once.
    await backend.reflections.update({ id: a, date: '2025-03-10' })
    await backend.reflections.delete({ id: first })
    const march = await backend.calendar.month({ month: '2025-03' })
    expect(march.days.map((d) => [d.date, d.reflections.map((r) => r.title)])).toEqual([
      ['2025-03-09', ['Breakfast']],
      ['2025-03-10', ['Thank you']]
    ])
  })

  it('says LOCKED once the journal is locked, and partner B never sees A’s reflections', async () => {
    const { backend } = await newBackend()
    const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: 'Ana only', body: paragraphDoc('mine'), date: '2025-03-05' })
    await backend.session.lock()
    await expect(backend.calendar.month({ month: '2025-03' })).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.calendar.year({ year: 2025 })).rejects.toMatchObject({ code: 'LOCKED' })

    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.reflections.create({ themeId: 'appreciation', title: 'Ben only', body: paragraphDoc('his'), date: '2025-03-05' })
    expect(await backend.calendar.month({ month: '2025-03' })).toMatchObject({ days: [{ date: '2025-03-05', reflections: [{ title: 'Ben only' }] }] })
    expect(await backend.calendar.year({ year: 2025 })).toMatchObject({ total: 1 })

    await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
    expect(await backend.calendar.month({ month: '2025-03' })).toMatchObject({ days: [{ date: '2025-03-05', reflections: [{ title: 'Ana only' }] }] })
  })

  it('refuses a month or year that is not real with INVALID_INPUT naming the field', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const cases: Array<[string, unknown, string]> = [
      ['calendar.month', { month: '2025-13' }, 'month'],
      ['calendar.month', { month: '2025-00' }, 'month'],
      ['calendar.month', { month: '2025-3' }, 'month'],
      ['calendar.month', { month: '0000-03' }, 'month'],
      ['calendar.month', { month: '2025-03-01' }, 'month'],
      ['calendar.month', { month: '2025-03', extra: 1 }, 'request'],
      ['calendar.month', undefined, 'request'],
      ['calendar.year', { year: 2025.5 }, 'year'],
      ['calendar.year', { year: 0 }, 'year'],
      ['calendar.year', { year: 10_000 }, 'year'],
      ['calendar.year', { year: '2025' }, 'year']
    ]
    for (const [channel, payload, field] of cases) {
      const result = await dispatch(backend, channel, payload)
      expect(result, `${channel} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
      if (!result.ok) expect(result.error.message).toMatch(/^The /)
    }
    expect(await dispatch(backend, 'calendar.month', { month: '2024-02' })).toEqual({ ok: true, value: { month: '2024-02', days: [], partnerName: null } })
  })
})
