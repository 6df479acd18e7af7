// Finding 8: the growing wait after wrong passphrases lived in memory only, so the other partner
// could guess at Ben's journal, restart the app, and guess on with no wait; and a restore's
// wrong passphrases were counted apart, so a backup holding Ben's journal was a second door to
// guess at with its own count. The wait is what slows someone at the keyboard (Argon2 is what
// protects a copied file), so it must hold across restarts and across doors.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PASS_A, PASS_B } from '../support/backend.ts'
import { manualClock, refusal, twoJournals } from '../support/vault.ts'
import { useFileBackends } from '../support/backup.ts'

const WRONG = 'pebble marmalade under winter clouds'
const FREE_TRIES = 3

describe('the wait after wrong passphrases', () => {
  const clock = manualClock()
  const { start } = useFileBackends(clock.now)

  it('is still there after the app restarts', async () => {
    const first = await start()
    const { ben } = await twoJournals(first.backend)
    await first.backend.session.lock()
    for (let i = 0; i < FREE_TRIES; i++)
      expect((await refusal(first.backend.session.unlock({ profileId: ben, passphrase: WRONG }))).code).toBe('WRONG_PASSPHRASE')
    expect((await refusal(first.backend.session.unlock({ profileId: ben, passphrase: WRONG }))).retryAfterMs).toBe(1000)
    first.backend.close()

    const again = await start(first.dataDir)
    const waiting = await refusal(again.backend.session.unlock({ profileId: ben, passphrase: PASS_B }))
    expect(waiting.code).toBe('TOO_MANY_ATTEMPTS')
    // And the count goes on from where it was: the next wrong try waits twice as long.
    clock.advance(1000)
    expect((await refusal(again.backend.session.unlock({ profileId: ben, passphrase: WRONG }))).retryAfterMs).toBe(2000)
    clock.advance(2000)
    await again.backend.session.unlock({ profileId: ben, passphrase: PASS_B })
  })

  it('counts a restore’s wrong passphrases against the journals in the backup, and the other way round', async () => {
    const { backend, host } = await start()
    const { ana, ben } = await twoJournals(backend)
    host.saveAs = join(host.dir, 'both.sevenfold-backup')
    expect(await backend.backup.create()).toMatchObject({ saved: true })
    host.openFile = host.saveAs
    await backend.session.lock()

    // Guessing through the restore door: after the free tries, Ben's own door waits too.
    for (let i = 0; i <= FREE_TRIES; i++) await refusal(backend.backup.restore({ passphrase: WRONG }))
    expect((await refusal(backend.session.unlock({ profileId: ben, passphrase: PASS_B }))).code).toBe('TOO_MANY_ATTEMPTS')
    expect((await refusal(backend.session.unlock({ profileId: ana, passphrase: PASS_A }))).code).toBe('TOO_MANY_ATTEMPTS')
    clock.advance(1000)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.session.lock()

    // Guessing at Ben's door: the restore door, which would try the same passphrases on his journal, waits too.
    for (let i = 0; i <= FREE_TRIES; i++) clock.advance((await refusal(backend.session.unlock({ profileId: ben, passphrase: WRONG }))).retryAfterMs ?? 0)
    expect((await refusal(backend.session.unlock({ profileId: ben, passphrase: WRONG }))).code).toBe('WRONG_PASSPHRASE')
    expect((await refusal(backend.backup.restore({ passphrase: PASS_B }))).code).toBe('TOO_MANY_ATTEMPTS')
    expect(host.restarts).toBe(0)
  })
})
