// Replies on an envelope, played by Ben while the vault is open together: Ana's drop-in is still
// an envelope (new, not yet opened together), and before they open it he writes a reply to it,
// or leaves a mark, as if he had read it with her. Both are refused with a sentence saying to
// open it together first; once it is opened they work as before. (The envelope is a moment of
// the two of them opening it together, not a lock against one of them: docs/security.md.)

import { describe, expect, it } from 'vitest'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

describe('a secret still in its envelope', () => {
  it('takes no reply and no mark until it is opened together', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ana, title: 'For when we are both here', body: paragraphDoc('Words for us'), passphrase: PASS_A })
    await giveBoth(backend)
    const [envelope] = await backend.vaultSecrets.list()
    expect(envelope!.isNew).toBe(true)
    const on = { kind: 'secret' as const, id: envelope!.id }

    const reply = await refusal(backend.vaultShared.reply({ on, authorId: ben, text: 'before opening' }))
    expect(reply).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^Open it together first/) })
    const mark = await refusal(backend.vaultShared.react({ on, authorId: ben, reaction: 'love' }))
    expect(mark).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^Open it together first/) })
    expect((await backend.vaultSecrets.list())[0]!.isNew).toBe(true)

    const opened = await backend.vaultSecrets.get({ id: envelope!.id })
    expect(opened.responses).toEqual({ replies: [], reactions: [] })
    expect((await backend.vaultShared.reply({ on, authorId: ben, text: 'after opening' })).replies).toMatchObject([{ authorId: ben, text: 'after opening' }])
    expect((await backend.vaultShared.react({ on, authorId: ben, reaction: 'love' })).reactions).toMatchObject([{ authorId: ben, reaction: 'love' }])
  })
})
