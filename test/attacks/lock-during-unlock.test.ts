// Finding 7: a lock that arrives while a journal is being opened (suspend, screen lock, the
// window closing during the half-second key derivation) must win. Before, the derivation
// finished and opened the journal anyway, so a partner who walked up to a laptop that had just
// been shut found it open.

import { describe, expect, it } from 'vitest'
import { PASS_A, useBackends } from '../support/backend.ts'
import { refusal } from '../support/vault.ts'

const NEW_PASS = 'orange kites above the quiet bay'

describe('a lock during an unlock', () => {
  const backendIn = useBackends()

  it('wins over unlocking with the passphrase', async () => {
    const { backend } = await backendIn()
    const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()

    const unlocking = backend.session.unlock({ profileId, passphrase: PASS_A })
    // The shell's lock on suspend, sent while Argon2 is still deriving.
    await backend.session.lock()
    expect((await refusal(unlocking)).code).toBe('LOCKED')
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    expect((await refusal(backend.reflections.list())).code).toBe('LOCKED')

    // Nothing was lost: the next unlock opens it as usual.
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.app.status()).unlockedProfileId).toBe(profileId)
  })

  it('wins over opening with the recovery code, which then changes nothing', async () => {
    const { backend } = await backendIn()
    const { profileId, recoveryCode } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()

    const recovering = backend.session.recover({ profileId, recoveryCode, newPassphrase: NEW_PASS })
    await backend.session.lock()
    expect((await refusal(recovering)).code).toBe('LOCKED')
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    // The lock came before anything was written: the passphrase is still the old one.
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.app.status()).unlockedProfileId).toBe(profileId)
  })
})
