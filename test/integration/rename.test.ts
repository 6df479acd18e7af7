// A partner's new name (issue 16, item 8): kept in the profiles row, the one place names live; the
// vault binds its partners and questions their askers by id, so nothing breaks and every place
// that shows a name shows the new one at once.

import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { PASS_A, useBackends } from '../support/backend.ts'
import { giveBoth, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

describe('renaming a partner', () => {
  it('shows the new name on the lock screen, as the vault’s partner, and after a question they asked; the vault still opens', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    const question = await backend.vaultReveals.ask({ prompt: 'Where shall we go?', answer: 'The coast' })
    expect(await backend.profile.rename({ displayName: '  Benjamin ' })).toEqual({ id: ben, displayName: 'Benjamin' })

    expect((await backend.app.status()).profiles).toEqual([
      { id: ana, displayName: 'Ana' },
      { id: ben, displayName: 'Benjamin' }
    ])
    expect((await backend.vault.status()).partners.map((p) => p.displayName)).toEqual(['Ana', 'Benjamin'])
    // The question names its asker by id, which the screens turn into the name shown now.
    expect((await backend.vaultReveals.waiting()).find((q) => q.id === question.id)?.askedBy).toBe(ben)

    await backend.session.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.app.status()).damagedItems).toBe(0)
    await backend.vaultReveals.answer({ id: question.id, answer: 'The hills' })
    const opened = await giveBoth(backend)
    expect(opened).toMatchObject({ open: true, damagedItems: 0 })
    expect((await backend.vaultReveals.list()).find((r) => r.id === question.id)).toMatchObject({ revealed: true, askedBy: ben })
  })

  it('is checked like the first name, and only from an open journal', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (const displayName of ['   ', 'x'.repeat(61)]) {
      expect(await dispatch(backend, 'profile.rename', { displayName })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'displayName' } })
    }
    await backend.session.lock()
    expect(await refusal(backend.profile.rename({ displayName: 'Anna' }))).toMatchObject({ code: 'LOCKED' })
    expect((await backend.app.status()).profiles[0]?.displayName).toBe('Ana')
  })
})
