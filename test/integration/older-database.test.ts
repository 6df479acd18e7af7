// A database made by the version before the seven practices (issue 17) opens in this one and
// gains the new kinds, with nothing lost: there is no migration, because every practice lives
// inside encrypted blobs the schema already had (a reflection's header, a vault item's header,
// the vault's settings). The fixture `fixtures/before-practices.db` was made at commit 5b15564
// (the parent of the first practice) by its own backend: Ana's and Ben's journals (passphrases
// PASS_A, PASS_B of test/support/backend.ts), a reflection in each, the vault made with
// PART_A/PART_B and opened with each journal, and one secret written together.

import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { giveBoth } from '../support/vault.ts'

const FIXTURE = fileURLToPath(new URL('fixtures/before-practices.db', import.meta.url))
const tempDir = useTempDirs()
const running: SevenfoldBackend[] = []
afterEach(() => {
  for (const backend of running.splice(0)) backend.close()
})

async function openOlder(): Promise<{ backend: SevenfoldBackend; ana: string; ben: string }> {
  const dataDir = tempDir()
  copyFileSync(FIXTURE, join(dataDir, DATABASE_FILE))
  const backend = await createBackend({ dataDir, kdfTargetMs: 0 })
  running.push(backend)
  const { profiles } = await backend.app.status()
  const id = (name: string) => profiles.find((p) => p.displayName === name)!.id
  return { backend, ana: id('Ana'), ben: id('Ben') }
}

describe('a database from before the practices', () => {
  it('opens with everything in it readable and unharmed, and each journal gains the practices kept in a journal', async () => {
    const { backend, ana } = await openOlder()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.app.status()).damagedItems).toBe(0)
    const [before] = await backend.reflections.list()
    expect(before).toMatchObject({ title: 'Before the practices', themeId: 'trust' })
    expect((await backend.reflections.get({ id: before!.id })).body).toBeTruthy()

    await backend.checkIns.save({ lines: { forward: 'The first check-in', heard: '', tell: 'Hello' } })
    await backend.needs.save({ top: [{ id: 'heard' }] })
    await backend.occasions.note({ what: 'Ben’s interview', on: '2026-12-03' })
    const kinds = (await backend.reflections.list()).map((r) => (r.checkIn ? 'check-in' : r.needs ? 'needs' : r.occasion ? 'occasion' : r.title))
    expect(kinds.sort()).toEqual(['Before the practices', 'check-in', 'needs', 'occasion'])
  })

  it('opens its vault together with the older secret, puts our ideas in, and takes the shared kinds', async () => {
    const { backend, ana, ben } = await openOlder()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    // Ben's journal pinned the vault with the older version: it may still seal into it.
    expect(await backend.vaultShared.thank({ text: 'Thank you for the years before this one.' })).toBeNull()
    await giveBoth(backend)
    expect((await backend.app.status()).damagedItems).toBe(0)
    const secrets = await backend.vaultSecrets.list()
    expect(secrets.map((s) => s.title).sort()).toEqual(['An older secret', 'Thank you, Ana'])
    expect(secrets.find((s) => s.kind === 'thanks')).toMatchObject({ authorId: ben, forId: ana })
    expect((await backend.vaultTime.list()).ideas).toHaveLength(12)
    await backend.vaultTime.log({ date: '2026-11-30', what: 'The first time logged' })
    await backend.session.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await giveBoth(backend)
    expect((await backend.vaultTime.list()).log.map((t) => t.what)).toEqual(['The first time logged'])
  })
})
