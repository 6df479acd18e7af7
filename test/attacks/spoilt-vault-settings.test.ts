// Ben wants back an idea of ours the two of them removed from their list, through the vault's
// settings blob, where the vault notes that our dozen were put in: he spoils the blob in the file,
// or puts back an older copy from before they were put in. A spoilt blob is counted damaged, as
// the vault counts any damaged item, and our ideas are not put in again, neither then nor once a
// later change of the idle minutes has written the blob afresh. An older blob put back finds some
// of ours still on the list, so puts none in again (with every one of ours removed, it would: the
// rollback limit, docs/security.md, "Known limits").

import { describe, expect, it } from 'vitest'
import { SEED_IDEAS } from '../../src/shared/time-together.ts'
import { useBackends } from '../support/backend.ts'
import { flipped, giveBoth, rawDb, runSql, withVault } from '../support/vault.ts'

const newBackend = useBackends()

function settingsBlob(dataDir: string): Buffer {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT settings FROM vault').get() as { settings: Buffer }).settings
  } finally {
    db.close()
  }
}

describe('the vault’s settings blob, tampered with', () => {
  it('spoilt: counted damaged, and an idea of ours removed stays removed, also once the blob is written again', async () => {
    const { backend, dataDir } = await newBackend()
    await withVault(backend)
    await backend.vault.setAutoLock({ minutes: 30 })
    const [removed] = (await backend.vaultTime.list()).ideas
    await backend.vaultTime.removeIdea({ id: removed!.id })
    await backend.vault.lock()
    runSql(dataDir, 'UPDATE vault SET settings = ?', flipped(settingsBlob(dataDir), -3))

    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(1)
    const listed = await backend.vaultTime.list()
    expect(listed.ideas.map((idea) => idea.seedId)).not.toContain(removed!.seedId)
    expect(listed.ideas).toHaveLength(SEED_IDEAS.length - 1)

    // A change of the idle minutes writes the blob afresh: readable again, and still no idea of ours put back.
    await backend.vault.setAutoLock({ minutes: 20 })
    await backend.vault.lock()
    const again = await giveBoth(backend)
    expect(again).toMatchObject({ damagedItems: 0, autoLockMinutes: 20 })
    expect((await backend.vaultTime.list()).ideas.map((idea) => idea.seedId)).not.toContain(removed!.seedId)
  })

  it('put back as it was before our ideas were put in: none of ours comes back while any is on the list', async () => {
    const { backend, dataDir } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()
    const older = settingsBlob(dataDir)
    await giveBoth(backend)
    const ours = (await backend.vaultTime.list()).ideas
    for (const idea of ours.slice(0, 5)) await backend.vaultTime.removeIdea({ id: idea.id })
    await backend.vault.lock()
    runSql(dataDir, 'UPDATE vault SET settings = ?', older)

    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(0)
    const listed = await backend.vaultTime.list()
    expect(listed.ideas.map((idea) => idea.id).sort()).toEqual(
      ours
        .slice(5)
        .map((idea) => idea.id)
        .sort()
    )
  })
})
