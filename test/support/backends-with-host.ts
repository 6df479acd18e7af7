// A real backend on a data folder of its own, with a test host (dialogs answered by the test,
// printing in Debian's Chromium), each closed after its test.

import { afterEach } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { createTestHost, type TestHost } from './chromium-host.ts'
import { useTempDirs } from './temp-dir.ts'

/** Call at the top of a test file; the function it gives starts one backend and its host. */
export function useBackendsWithHost(): () => Promise<{ backend: SevenfoldBackend; host: TestHost }> {
  const tempDir = useTempDirs()
  const running: Array<{ backend: SevenfoldBackend; host: TestHost }> = []
  afterEach(async () => {
    for (const { backend, host } of running.splice(0)) {
      backend.close()
      await host.close()
    }
  })
  return async () => {
    const dir = tempDir()
    const host = createTestHost({ dir })
    const backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
    running.push({ backend, host })
    return { backend, host }
  }
}
