// Found in review of issue 15: a print's system dialog, with the decrypted book behind it, stayed
// open after the app locked (idle minutes, suspend, a screen lock, the vault's own lock), for up
// to ten minutes. The other partner, alone at the locked app, could then choose "Save as PDF" in
// that dialog and take the whole journal, or the vault that should need both of them.

import { afterEach, describe, expect, it } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { eventually } from '../support/real-backend.ts'
import { withVault } from '../support/vault.ts'

const ONE_PASS = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }
const tempDir = useTempDirs()
const running: Array<{ backend: SevenfoldBackend; host: TestHost }> = []
afterEach(async () => {
  for (const { backend, host } of running.splice(0)) {
    backend.close()
    await host.close()
  }
})

async function start() {
  const dir = tempDir()
  const host = createTestHost({ dir })
  const backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  running.push({ backend, host })
  host.holdPrintDialog = true
  return { backend, host }
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
