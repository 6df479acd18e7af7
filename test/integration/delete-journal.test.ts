// Deleting a journal (issue 16, item 8): its passphrase and its owner's name typed; refused while
// a vault exists; everything of its own goes, overwritten in the file and the -wal, and the other
// journal still opens whole.

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { rawDb, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()
const NAME = 'Anastasia Quill'

/** Every byte of the database on disk: the file and its -wal. */
function onDisk(dataDir: string): Buffer {
  const file = join(dataDir, DATABASE_FILE)
  const wal = `${file}-wal`
  return Buffer.concat([readFileSync(file), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)])
}

/** What of this journal is stored, as someone with the file would find it: its ids and pieces of its ciphertext. */
function tracesOf(dataDir: string, profileId: string): Buffer[] {
  const db = rawDb(dataDir)
  try {
    const blobs = [
      ...db.prepare('SELECT header AS b FROM reflections WHERE profile_id = ?').all(profileId),
      ...db.prepare('SELECT body AS b FROM reflection_bodies WHERE id IN (SELECT id FROM reflections WHERE profile_id = ?)').all(profileId),
      ...db.prepare('SELECT wrapped_key AS b FROM key_slots WHERE profile_id = ?').all(profileId),
      ...db.prepare('SELECT data AS b FROM profile_settings WHERE profile_id = ?').all(profileId),
      ...db.prepare('SELECT private_key AS b FROM profile_keys WHERE profile_id = ?').all(profileId),
      ...db.prepare('SELECT data AS b FROM reflection_record WHERE profile_id = ?').all(profileId)
    ] as { b: Buffer }[]
    const ids = db.prepare('SELECT id FROM reflections WHERE profile_id = ?').all(profileId) as { id: string }[]
    // The middle of each blob: random bytes no other row has.
    const texts: Buffer[] = [profileId, NAME, ...ids.map((r) => r.id)].map((s) => Buffer.from(s))
    return [...texts, ...blobs.map(({ b }) => b.subarray(13, 45))]
  } finally {
    db.close()
  }
}

async function twoJournalsNoVault() {
  const made = await newBackend()
  const ana = (await made.backend.profile.create({ displayName: NAME, passphrase: PASS_A })).profileId
  await made.backend.reflections.create({ themeId: 'trust', title: 'Hers alone', body: paragraphDoc('a morning by the sea') })
  await made.backend.settings.update({ appearance: 'dark' })
  const ben = (await made.backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
  const kept = await made.backend.reflections.create({ themeId: 'small-talk', title: 'His', body: paragraphDoc('breakfast plans') })
  await made.backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  return { ...made, ana, ben, kept: kept.id }
}

describe('deleting a journal', () => {
  it('takes everything of its own, leaves nothing readable in the file, and the other journal still opens whole', async () => {
    const { backend, dataDir, ana, ben, kept } = await twoJournalsNoVault()
    // A wrong try of hers is counted, and goes with her journal too.
    await backend.session.lock()
    await refusal(backend.session.unlock({ profileId: ana, passphrase: PASS_B }))
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const traces = tracesOf(dataDir, ana)
    expect(traces.length).toBeGreaterThan(8)
    for (const trace of traces) expect(onDisk(dataDir).includes(trace), 'present before').toBe(true)

    await backend.endings.deleteJournal({ passphrase: PASS_A, confirmName: ` ${NAME.toUpperCase()} ` })

    const status = await backend.app.status()
    expect(status.unlockedProfileId).toBeNull()
    expect(status.profiles).toEqual([{ id: ben, displayName: 'Ben' }])
    const db = rawDb(dataDir)
    for (const table of ['profiles', 'key_slots', 'reflections', 'profile_settings', 'profile_keys', 'reflection_record', 'journal_pins']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table === 'profiles' ? 'id' : 'profile_id'} = ?`).get(ana), table).toEqual({ n: 0 })
    }
    expect(db.prepare('SELECT count(*) AS n FROM unlock_waits WHERE door = ?').get(ana)).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM reflection_bodies').get()).toEqual({ n: 1 })
    db.close()
    const bytes = onDisk(dataDir)
    for (const [i, trace] of traces.entries()) expect(bytes.includes(trace), `trace ${i} still on disk`).toBe(false)

    await expect(backend.session.unlock({ profileId: ana, passphrase: PASS_A })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.app.status()).damagedItems).toBe(0)
    expect((await backend.reflections.get({ id: kept })).title).toBe('His')
  })

  it('needs its passphrase and its name typed; a wrong one changes nothing and is counted', async () => {
    const { backend, ana } = await twoJournalsNoVault()
    const wrongName = await refusal(backend.endings.deleteJournal({ passphrase: PASS_A, confirmName: 'Anastasia' }))
    expect(wrongName).toMatchObject({ code: 'INVALID_INPUT', field: 'confirmName' })
    expect(wrongName.message).toContain(NAME)
    expect(await refusal(backend.endings.deleteJournal({ passphrase: PASS_B, confirmName: NAME }))).toMatchObject({ code: 'WRONG_PASSPHRASE' })
    const status = await backend.app.status()
    expect(status.profiles).toHaveLength(2)
    expect(status.unlockedProfileId).toBe(ana)
    expect(await backend.reflections.list()).toHaveLength(1)
  })

  it('is refused while a vault exists, which holds words of them both; the screen leads to ending it first', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const refused = await refusal(backend.endings.deleteJournal({ passphrase: PASS_B, confirmName: 'Ben' }))
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.message).toMatch(/ended first/)
    expect((await backend.app.status()).profiles).toHaveLength(2)
  })

  it('with the last journal gone, the app is back at its first run', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Solo', passphrase: PASS_A })
    await backend.endings.deleteJournal({ passphrase: PASS_A, confirmName: 'solo' })
    expect((await backend.app.status()).profiles).toEqual([])
    expect((await backend.profile.create({ displayName: 'Again', passphrase: PASS_B })).profileId).toBeTruthy()
  })

  it('is asked from an open journal only', async () => {
    const { backend } = await twoJournalsNoVault()
    await backend.session.lock()
    expect(await refusal(backend.endings.deleteJournal({ passphrase: PASS_A, confirmName: NAME }))).toMatchObject({ code: 'LOCKED' })
  })
})
