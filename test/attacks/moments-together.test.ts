// The other partner tries to put moments together into Ana's calendar, or to see his own there:
// by sealing with his passphrase while her journal is open, and by copying his settings blob
// (where his moments live) over hers in the file.

import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { rawDb, withVault } from '../support/vault.ts'

const newBackend = useBackends()

async function momentsToday(backend: SevenfoldBackend): Promise<string[]> {
  const today = localDate()
  const month = await backend.calendar.month({ month: today.slice(0, 7) })
  return month.days.find((d) => d.date === today)?.moments ?? []
}

describe('moments together belong to the partner who took part', () => {
  it('keeps nothing in Ana’s journal of what Ben does at her open app, and refuses his moments copied over hers', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    // Ben asks from his journal: a moment in his, none in Ana's.
    await backend.vaultReveals.ask({ prompt: 'Where shall we go?', answer: 'The sea.' })
    expect(await momentsToday(backend)).toEqual(['asked', 'opened'])
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const hers = await momentsToday(backend)
    expect(hers).not.toContain('asked')

    // With Ana's journal open, Ben seals something with his own passphrase: not Ana's moment.
    await backend.vault.seal({ authorId: ben, title: 'From Ben', body: paragraphDoc('Hello.'), passphrase: PASS_B })
    expect(await momentsToday(backend)).toEqual(hers)
    await backend.session.lock()

    // Ben copies his settings blob, moments and all, over Ana's: it fails its check in her journal.
    const db = rawDb(dataDir)
    try {
      const { data } = db.prepare('SELECT data FROM profile_settings WHERE profile_id = ?').get(ben) as { data: Buffer }
      db.prepare('UPDATE profile_settings SET data = ? WHERE profile_id = ?').run(data, ana)
    } finally {
      db.close()
    }
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect(await momentsToday(backend)).toEqual([])
    expect((await backend.app.status()).damagedItems).toBeGreaterThan(0)
  })
})
