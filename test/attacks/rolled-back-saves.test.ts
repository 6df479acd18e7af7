// Finding 5: every blob of a reflection is authentic for its own place, so the other partner,
// with the file and an older copy of it (a backup, the copy kept before a restore), could put
// back an older header and body, put an older body under a newer header, delete a reflection,
// or bring back one that was deleted, and the journal opened as if nothing had happened. Now a
// header and its body share a save number, and the journal's record of which reflections exist
// at which save is checked at unlock: what does not match is counted as damaged, never shown.

import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { bucketOf } from '../../src/main/journal/reflection-record.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { rawDb, refusal, runSql } from '../support/vault.ts'

interface Rows {
  header: Buffer
  body: Buffer
}

/** What the file holds of one reflection, as someone with a copy of it would keep it. */
function copyRows(dataDir: string, id: string): Rows {
  const db = rawDb(dataDir)
  try {
    const header = (db.prepare('SELECT header FROM reflections WHERE id = ?').get(id) as { header: Buffer }).header
    const body = (db.prepare('SELECT body FROM reflection_bodies WHERE id = ?').get(id) as { body: Buffer }).body
    return { header, body }
  } finally {
    db.close()
  }
}

function putBack(dataDir: string, id: string, profileId: string, rows: Partial<Rows>): void {
  const db = rawDb(dataDir)
  try {
    db.prepare('INSERT INTO reflections (id, profile_id, header) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING').run(
      id,
      profileId,
      rows.header ?? Buffer.alloc(0)
    )
    if (rows.header) db.prepare('UPDATE reflections SET header = ? WHERE id = ?').run(rows.header, id)
    if (rows.body) db.prepare('INSERT INTO reflection_bodies (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body').run(id, rows.body)
  } finally {
    db.close()
  }
}

/** Ana's and Ben's journals, Ben's with `count` reflections; everything locked. */
async function bensJournal(backend: SevenfoldBackend, count = 3) {
  const ana = (await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
  const ben = (await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
  const ids: string[] = []
  for (let i = 0; i < count; i++)
    ids.push((await backend.reflections.create({ themeId: 'trust', title: `Ben ${i}`, body: paragraphDoc(`first words ${i}`) })).id)
  await backend.session.lock()
  return { ana, ben, ids }
}

async function bensView(backend: SevenfoldBackend, ben: string) {
  await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
  const titles = (await backend.reflections.list()).map((r) => r.title).sort()
  return { titles, damaged: (await backend.app.status()).damagedItems }
}

describe('saves rolled back, mixed or deleted behind a journal’s back', () => {
  const backendIn = useBackends()

  it('an older version of a reflection put back is counted as damaged, not shown', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, ids } = await bensJournal(backend)
    const older = copyRows(dataDir, ids[0]!)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.reflections.update({ id: ids[0]!, title: 'Ben 0, as he means it now', body: paragraphDoc('what he wrote later') })
    await backend.session.lock()

    putBack(dataDir, ids[0]!, ben, older)
    const view = await bensView(backend, ben)
    expect(view.titles).toEqual(['Ben 1', 'Ben 2'])
    expect(view.damaged).toBe(1)
    expect((await refusal(backend.reflections.get({ id: ids[0]! }))).code).toBe('TAMPERED')
  })

  it('an older body under the newer header does not open', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, ids } = await bensJournal(backend)
    const older = copyRows(dataDir, ids[1]!)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.reflections.update({ id: ids[1]!, body: paragraphDoc('the words he kept') })
    await backend.session.lock()

    putBack(dataDir, ids[1]!, ben, { body: older.body })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await refusal(backend.reflections.get({ id: ids[1]! }))).code).toBe('TAMPERED')
    expect((await backend.reflections.get({ id: ids[0]! })).title).toBe('Ben 0')
  })

  it('a deleted reflection is counted as damaged', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, ids } = await bensJournal(backend)
    runSql(dataDir, 'DELETE FROM reflections WHERE id = ?', ids[2]!)
    const view = await bensView(backend, ben)
    expect(view.titles).toEqual(['Ben 0', 'Ben 1'])
    expect(view.damaged).toBe(1)
  })

  it('a reflection brought back after it was deleted is counted as damaged, not shown', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, ids } = await bensJournal(backend)
    const before = copyRows(dataDir, ids[0]!)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.reflections.delete({ id: ids[0]! })
    await backend.session.lock()

    putBack(dataDir, ids[0]!, ben, before)
    const view = await bensView(backend, ben)
    expect(view.titles).toEqual(['Ben 1', 'Ben 2'])
    expect(view.damaged).toBe(1)
  })

  it('emptying a journal together with its record is noticed', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await bensJournal(backend)
    runSql(dataDir, 'DELETE FROM reflections WHERE profile_id = ?', ben)
    runSql(dataDir, 'DELETE FROM reflection_record WHERE profile_id = ?', ben)
    const view = await bensView(backend, ben)
    expect(view.titles).toEqual([])
    expect(view.damaged).toBeGreaterThan(0)
  })

  it('an older part of the record put back with the older rows is noticed', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, ids } = await bensJournal(backend)
    const db = rawDb(dataDir)
    const oldRecord = db.prepare('SELECT bucket, data FROM reflection_record WHERE profile_id = ? AND bucket >= 0').all(ben) as Array<{
      bucket: number
      data: Buffer
    }>
    db.close()
    const older = copyRows(dataDir, ids[0]!)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.reflections.update({ id: ids[0]!, title: 'Ben 0, changed' })
    await backend.session.lock()

    putBack(dataDir, ids[0]!, ben, older)
    for (const row of oldRecord) runSql(dataDir, 'UPDATE reflection_record SET data = ? WHERE profile_id = ? AND bucket = ?', row.data, ben, row.bucket)
    const view = await bensView(backend, ben)
    expect(view.damaged).toBeGreaterThan(0)
  })

  // Review of issue 13, finding 2: with the part of the record that listed them spoilt too, the
  // rows put back were learnt again from their own headers: counted damaged at one unlock, then
  // taken as the journal's own for good. Now what was learnt stays "unchecked", said at every
  // unlock, until it is saved again or its owner keeps it.
  for (const spoil of ['the buckets that list them deleted', 'the root zeroed'] as const) {
    it(`rows put back with ${spoil} stay unchecked until their owner keeps them`, async () => {
      const { backend, dataDir } = await backendIn()
      const { ben, ids } = await bensJournal(backend, 20)
      const [gone, edited] = ids
      const before = { gone: copyRows(dataDir, gone!), edited: copyRows(dataDir, edited!) }
      await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
      await backend.reflections.delete({ id: gone! })
      await backend.reflections.update({ id: edited!, title: 'Ben 1, as he means it now' })
      await backend.session.lock()

      putBack(dataDir, gone!, ben, before.gone)
      putBack(dataDir, edited!, ben, before.edited)
      if (spoil === 'the root zeroed') runSql(dataDir, 'UPDATE reflection_record SET data = zeroblob(length(data)) WHERE profile_id = ? AND bucket = -1', ben)
      else
        for (const bucket of new Set([bucketOf(gone!), bucketOf(edited!)]))
          runSql(dataDir, 'DELETE FROM reflection_record WHERE profile_id = ? AND bucket = ?', ben, bucket)

      const first = await bensView(backend, ben)
      expect(first.damaged).toBeGreaterThan(0)
      await backend.session.lock()
      const second = await bensView(backend, ben)
      expect(second.titles).toContain('Ben 0')
      const unchecked = (await backend.app.status()).uncheckedReflections
      expect(unchecked).toEqual(expect.arrayContaining([gone, edited]))

      // Saving one makes it checked; keeping some keeps only those (never one not named), then the rest.
      await backend.reflections.update({ id: edited!, title: 'Ben 1, again' })
      const left = (await backend.app.status()).uncheckedReflections
      expect(left.sort()).toEqual(unchecked.filter((id) => id !== edited).sort())
      await backend.reflections.confirmUnchecked({ ids: left.filter((id) => id !== gone) })
      expect((await backend.app.status()).uncheckedReflections).toEqual([gone])
      await backend.reflections.confirmUnchecked({ ids: [gone!] })
      await backend.session.lock()
      await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
      expect((await backend.app.status()).uncheckedReflections.length).toBe(0)
      expect((await backend.app.status()).damagedItems).toBe(0)
    })
  }

  it('older settings put back (a longer auto-lock, say) are counted as damaged, and the defaults used', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben } = await bensJournal(backend, 1)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.settings.update({ autoLockMinutes: 60 })
    await backend.session.lock()
    const db = rawDb(dataDir)
    const older = (db.prepare('SELECT data FROM profile_settings WHERE profile_id = ?').get(ben) as { data: Buffer }).data
    db.close()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.settings.update({ autoLockMinutes: 2 })
    await backend.session.lock()

    runSql(dataDir, 'UPDATE profile_settings SET data = ? WHERE profile_id = ?', older, ben)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.settings.get()).autoLockMinutes).toBe(5)
    expect((await backend.app.status()).damagedItems).toBe(1)
  })

  it('the other partner’s journal is not touched by any of it', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben, ids } = await bensJournal(backend)
    runSql(dataDir, 'DELETE FROM reflections WHERE id = ?', ids[0]!)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.app.status()).damagedItems).toBe(0)
    await backend.session.lock()
    expect((await bensView(backend, ben)).damaged).toBe(1)
  })
})
