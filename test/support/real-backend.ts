// A REAL backend (real SQLite, real Argon2 at its floor cost) in a fresh temporary folder, for
// shell tests: the shell is checked against the code it will actually drive, never a mock of it.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { onTestFinished } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'

export type RealBackend = Awaited<ReturnType<typeof createBackend>>

export const PASSPHRASE = 'a long and quiet harbour at dawn'

/** A fresh folder, removed when the current test ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sevenfold-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

export async function realBackend(dataDir = tempDir()): Promise<{ backend: RealBackend; dataDir: string }> {
  return { backend: await createBackend({ dataDir, kdfTargetMs: 0 }), dataDir }
}

/** A backend with one journal, created and therefore unlocked. */
export async function unlockedBackend(): Promise<{ backend: RealBackend; dataDir: string; profileId: string }> {
  const { backend, dataDir } = await realBackend()
  const { profileId } = await backend.profile.create({ displayName: 'Ada', passphrase: PASSPHRASE })
  return { backend, dataDir, profileId }
}

/** Waits (on real ticks) until `check` holds: lock work is asynchronous. */
export async function eventually(check: () => boolean | Promise<boolean>, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error('condition never became true')
}
