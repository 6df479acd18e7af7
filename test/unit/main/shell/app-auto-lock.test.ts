import path from 'node:path'
import { app } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, type BrowserWindowDouble } from '../../../support/electron-double.ts'
import type { Result } from '../../../../src/shared/errors.ts'
import { IDLE_CHECK_MS } from '../../../../src/main/shell/auto-lock.ts'
import { startShell } from '../../../../src/main/shell/app.ts'
import { eventually, PASSPHRASE, realBackend, type RealBackend } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

let backend: RealBackend

async function start(): Promise<BrowserWindowDouble> {
  const real = await realBackend()
  backend = real.backend
  const renderer = { file: path.resolve('/opt/sevenfold/out/renderer/index.html') }
  await app.whenReady()
  const shell = startShell({ backend, dataDir: real.dataDir, preloadPath: '/p/index.cjs', renderer, isDev: false, platform: 'linux' })
  return shell.window() as unknown as BrowserWindowDouble
}

/** A request as the renderer sends it, through the shell's own IPC handler. */
async function ask(window: BrowserWindowDouble, channel: string, payload?: unknown): Promise<unknown> {
  const handler = electronDouble.handlers.get(channel)!
  const result = (await handler({ senderFrame: window.webContents.mainFrame } as never, payload as never)) as Result<unknown>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const isUnlocked = async () => (await backend.app.status()).unlockedProfileId !== null

beforeEach(() => {
  electronDouble.reset()
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})
afterEach(() => {
  app.emit('will-quit')
  vi.useRealTimers()
})

describe('the shell’s idle lock', () => {
  it('follows the auto-lock minutes the open journal chose in its settings', async () => {
    const window = await start()
    await ask(window, 'profile.create', { displayName: 'Ada', passphrase: PASSPHRASE })
    expect(await ask(window, 'settings.update', { autoLockMinutes: 1 })).toMatchObject({ autoLockMinutes: 1 })
    electronDouble.systemIdleSeconds = 59
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
    expect(window.webContents.reloads).toBe(0)

    electronDouble.systemIdleSeconds = 60
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(() => window.webContents.reloads === 1)
    expect(await isUnlocked()).toBe(false)
  })
})
