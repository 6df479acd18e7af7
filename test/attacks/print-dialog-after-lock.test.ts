// Found in review of issue 15: a print's system dialog, with the decrypted book behind it, stayed
// open after the app locked (idle minutes, suspend, a screen lock, the vault's own lock), for up
// to ten minutes. The other partner, alone at the locked app, could then choose "Save as PDF" in
// that dialog and take the whole journal, or the vault that should need both of them.

import { describe, expect, it } from 'vitest'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useFileBackends } from '../support/backup.ts'
import { eventually } from '../support/real-backend.ts'
import { withVault } from '../support/vault.ts'

const ONE_PASS = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }
const backends = useFileBackends()

/** A backend whose print dialogs stay open until what they print from locks. */
async function start() {
  const started = await backends.start()
  started.host.holdPrintDialog = true
  return started
}

describe('a print dialog left open', () => {
  it('closes with its document when the journal locks', async () => {
    const { backend, host } = await start()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: 'What I have never said', body: paragraphDoc('Only for me.') })
    const printing = backend.print.print({ scope: { kind: 'theme', themeId: 'trust' }, options: ONE_PASS })
    await eventually(() => host.openPrintDialogs === 1)
    // Ana walks away; the idle minutes lock the app.
    await backend.session.lock()
    expect(await printing).toEqual({ printed: false })
    expect(host.openPrintDialogs).toBe(0)
  })

  it('closes with its document when the vault locks, though the journal stays open', async () => {
    const { backend, host } = await start()
    const { ana } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ana, title: 'Ours', body: paragraphDoc('For both of us.') })
    const printing = backend.print.print({ scope: { kind: 'vault', confirmed: true }, options: ONE_PASS })
    await eventually(() => host.openPrintDialogs === 1)
    await backend.vault.lock()
    expect(await printing).toEqual({ printed: false })
    expect(host.openPrintDialogs).toBe(0)
  })
})
