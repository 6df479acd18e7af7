// Drop-ins dated ahead, played by Ben at the disk with the vault's public key from the file. He
// seals a needs copy in Ana's name dated far in the future, so it would stay "Ana's latest" in
// the side by side whatever she shares after; and a note, an idea and a plain secret dated two
// days ahead. A drop-in sealed more than a day after the moment it is taken in is counted damaged
// and never moved in; one a few hours ahead (a clock set a little wrong) still comes through.
// (Sealing one in Ana's name dated today is the known limit of every drop-in: docs/security.md.)

import { describe, expect, it } from 'vitest'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { randomId } from '../../src/main/crypto/secret-buffer.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { needsBody, NEEDS_SHARED_TITLE, type NeedsCheckIn } from '../../src/shared/needs.ts'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, manualClock, rawDb, runSql, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const DAY = 86_400_000

function plant(dataDir: string, secret: object): void {
  const db = rawDb(dataDir)
  const vault = db.prepare('SELECT id, public_key FROM vault').get() as { id: string; public_key: Buffer }
  db.close()
  const id = randomId()
  runSql(
    dataDir,
    'INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)',
    id,
    vault.id,
    sealJson(vault.public_key, secret, vaultPlace.sealed(vault.id, id))
  )
}

describe('a drop-in dated ahead', () => {
  it('more than a day after it is taken in is counted damaged; Ana’s own needs stay her latest', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    const at = (ms: number) => new Date(clock.now() + ms).toISOString()
    const forged: NeedsCheckIn = { top: [{ id: 'forgiven' }], line: 'I was wrong about the trip' }
    const ahead = [
      {
        authorId: ana,
        title: NEEDS_SHARED_TITLE,
        body: needsBody(forged),
        sealedAt: '9999-12-31T00:00:00.000Z',
        shared: { themeId: 'emotional-needs', date: '9999-12-31' },
        kind: 'needs',
        needs: forged
      },
      { authorId: ana, title: 'Thank you, Ben', body: paragraphDoc('For nothing'), sealedAt: at(2 * DAY), kind: 'thanks', forId: ben },
      { authorId: ana, title: '', body: paragraphDoc('A forged idea'), sealedAt: at(2 * DAY), kind: 'idea' },
      { authorId: ana, title: 'Later', body: paragraphDoc('From the future'), sealedAt: at(DAY + 60_000) }
    ]
    for (const secret of ahead) plant(dataDir, secret)
    plant(dataDir, { authorId: ana, title: 'A little ahead', body: paragraphDoc('Her clock runs fast'), sealedAt: at(12 * 3_600_000) })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultShared.shareNeeds({ id: (await backend.needs.save({ top: [{ id: 'touched' }] })).id })

    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(ahead.length)
    expect((await backend.vaultSecrets.list()).map((s) => s.title).sort()).toEqual(['A little ahead', NEEDS_SHARED_TITLE])
    expect((await backend.vaultTime.list()).ideas.map((i) => i.text)).not.toContain('A forged idea')
    for (const secret of await backend.vaultSecrets.list()) await backend.vaultSecrets.get({ id: secret.id })
    const anas = (await backend.vaultShared.needsTogether()).find((side) => side.profileId === ana)!
    expect(anas.latest).toMatchObject({ needs: { top: [{ id: 'touched' }] } })
  })
})
