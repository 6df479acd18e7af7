import { afterEach } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { useTempDirs } from './temp-dir.ts'

export const PASS_A = 'correct horse battery staple'
export const PASS_B = 'lantern orchard velvet morning'
/** The two parts of the vault's joint passphrase, one per partner. */
export const PART_A = 'quiet harbour under amber skies'
export const PART_B = 'seven paper boats drifting north'

/**
 * Real backends over real SQLite files in temp folders, KDF at its floor so tests stay quick.
 * `now` is the clock for idle limits, for tests that move time on.
 */
export function useBackends(now?: () => number) {
  const tempDir = useTempDirs()
  const open: SevenfoldBackend[] = []
  afterEach(() => {
    for (const backend of open.splice(0)) backend.close()
  })
  return async (dataDir: string = tempDir()) => {
    const backend = await createBackend({ dataDir, kdfTargetMs: 0, now })
    open.push(backend)
    return { backend, dataDir }
  }
}

export function paragraphDoc(...paragraphs: string[]) {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
}
