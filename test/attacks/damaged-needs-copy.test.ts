// A needs copy spoilt in the file, played by Ben at the disk. He flips one bit of the body of
// Ana's needs copy in the vault, hoping "What you each need now" goes blank for both of them. The
// side by side reads each side (its needs and the line written for its first need) from the
// header, under the vault key, never from the body: both sides still show as they were, and only
// opening the spoilt copy itself is refused as damaged.

import { describe, expect, it } from 'vitest'
import type { NeedsCheckIn } from '../../src/shared/needs.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { editBlob, flipped, giveBoth, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

const ANAS: NeedsCheckIn = { top: [{ id: 'heard' }, { own: 'A slow Saturday' }], line: 'Work has been loud' }
const BENS: NeedsCheckIn = { top: [{ id: 'encouraged' }] }

describe('a needs copy whose body is spoilt in the file', () => {
  it('leaves both sides of the side by side as they were; only opening it is refused', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultShared.shareNeeds({ id: (await backend.needs.save(ANAS)).id })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultShared.shareNeeds({ id: (await backend.needs.save(BENS)).id })
    await giveBoth(backend)
    for (const secret of await backend.vaultSecrets.list()) await backend.vaultSecrets.get({ id: secret.id })
    const anasId = (await backend.vaultShared.needsTogether()).find((side) => side.profileId === ana)!.latest!.secretId
    await backend.vaultShared.offerForNeed({ id: anasId, text: 'Listen over dinner, phone away' })
    const before = await backend.vaultShared.needsTogether()
    await backend.vault.lock()

    editBlob(dataDir, 'vault_secrets', 'body', 'id = ?', [anasId], (bytes) => flipped(bytes, -1))
    await giveBoth(backend)
    const after = await backend.vaultShared.needsTogether()
    expect(after).toEqual(before)
    expect(after.find((side) => side.profileId === ana)!.latest).toMatchObject({ needs: ANAS, offer: { authorId: ben } })
    expect(after.find((side) => side.profileId === ben)!.latest).toMatchObject({ needs: BENS, offer: null })
    expect((await refusal(backend.vaultSecrets.get({ id: anasId }))).code).toBe('TAMPERED')
    expect(await backend.vaultSecrets.list()).toHaveLength(2)
  })
})
