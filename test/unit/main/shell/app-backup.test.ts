import path from 'node:path'
import { app } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble } from '../../../support/electron-double.ts'
import { AUTO_BACKUP_CHECK_MS, startShell } from '../../../../src/main/shell/app.ts'
import { eventually, realBackend } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const rendererFile = path.resolve('/opt/sevenfold/out/renderer/index.html')

/** The shell over a real backend whose automatic backup is counted (and made to fail when asked). */
async function start(failWith?: Error) {
  const real = await realBackend()
  const calls = { count: 0 }
  const backend = {
    ...real.backend,
    autoBackup: () => {
      calls.count += 1
      return failWith ? Promise.reject(failWith) : real.backend.autoBackup().catch(() => undefined)
    }
  }
  await app.whenReady()
  startShell({ backend, dataDir: real.dataDir, preloadPath: '/p/index.cjs', renderer: { file: rendererFile }, isDev: false, platform: 'linux' })
  return calls
}

beforeEach(() => {
  electronDouble.reset()
  // Only the interval is faked: the real backend's own work runs on real timers.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})
afterEach(() => {
  app.emit('will-quit')
  vi.useRealTimers()
})

describe('automatic backups', () => {
  it('are checked for at start and every six hours, until the app quits', async () => {
    const calls = await start()
    expect(calls.count).toBe(1)
    vi.advanceTimersByTime(AUTO_BACKUP_CHECK_MS - 1)
    expect(calls.count).toBe(1)
    vi.advanceTimersByTime(1)
    expect(calls.count).toBe(2)
    vi.advanceTimersByTime(AUTO_BACKUP_CHECK_MS)
    expect(calls.count).toBe(3)
    app.emit('will-quit')
    vi.advanceTimersByTime(AUTO_BACKUP_CHECK_MS * 4)
    expect(calls.count).toBe(3)
  })

  it('log a failure by its kind, never by its words', async () => {
    const logged: string[] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')))
    await start(new Error('could not copy "Dear diary, the thing I never told Ben"'))
    await eventually(() => logged.some((line) => line.includes('automatic backup failed')))
    expect(logged).toContain('sevenfold: the automatic backup failed (INTERNAL)')
    expect(logged.join('\n')).not.toContain('Dear diary')
  })
})
