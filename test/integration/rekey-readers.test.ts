// A re-key rewrites every row in one long transaction on the app's one connection, so a long
// read under way (an export, a print, a backup's copy) would meet rows already under the new key
// halfway through. The re-key waits for those readings before it begins.

import { describe, expect, it } from 'vitest'
import { PASS_B, paragraphDoc } from '../support/backend.ts'
import { withVault } from '../support/vault.ts'
import { useFileBackends } from '../support/backup.ts'

const NEW_PASS_B = 'harbour lights over winter fields'

describe('a re-key asked for during a long read', () => {
  const { start, tempDir } = useFileBackends()

  it('waits for an export under way, which gets every reflection whole', async () => {
    const { backend, host } = await start()
    const { ben } = await withVault(backend)
    for (let i = 0; i < 400; i++) await backend.reflections.create({ themeId: 'trust', title: `Ben ${i}`, body: paragraphDoc(`words ${i}`) })
    host.folder = tempDir()

    const exporting = backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })
    // The export has chosen its folder and begun reading.
    await new Promise((resolve) => setImmediate(resolve))
    const rekeying = backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: NEW_PASS_B, rekey: true })
    const [exported] = await Promise.all([exporting, rekeying])
    expect(exported.reflections).toBe(400)

    expect((await backend.app.status()).damagedItems).toBe(0)
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: NEW_PASS_B })
    expect((await backend.reflections.list()).length).toBe(400)
    expect((await backend.app.status()).damagedItems).toBe(0)
  })
})
