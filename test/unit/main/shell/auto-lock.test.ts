import { BrowserWindow, powerMonitor } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, type BrowserWindowDouble } from '../../../support/electron-double.ts'
import { IDLE_CHECK_MS, startAutoLock, type AutoLock } from '../../../../src/main/shell/auto-lock.ts'
import { PART_A, PART_B } from '../../../support/backend.ts'
import { eventually, PASSPHRASE, realBackend, unlockedBackend, type RealBackend } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

let backend: RealBackend
let autoLock: AutoLock
let resets: number
const isUnlocked = async () => (await backend.app.status()).unlockedProfileId !== null

async function start(options: { unlocked: boolean; platform?: NodeJS.Platform }): Promise<void> {
  backend = options.unlocked ? (await unlockedBackend()).backend : (await realBackend()).backend
  resets = 0
  // The double fires only the events Electron has on the platform it pretends to be.
  const platform = options.platform ?? 'linux'
  electronDouble.platform = platform
  autoLock = startAutoLock({ backend, powerMonitor, platform, resetRenderer: () => (resets += 1) })
}

beforeEach(() => {
  electronDouble.reset()
  // Only the idle interval is faked; the backend's own work runs on real time.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})
afterEach(() => {
  autoLock.stop()
  backend.close()
  vi.useRealTimers()
})

describe('auto-lock', () => {
  it.each([
    ['suspend', 'linux'],
    ['suspend', 'darwin'],
    ['suspend', 'win32'],
    ['lock-screen', 'darwin'],
    ['lock-screen', 'win32']
  ] as const)('locks and resets the renderer on %s (%s)', async (event, platform) => {
    await start({ unlocked: true, platform })
    expect(await isUnlocked()).toBe(true)
    powerMonitor.emit(event)
    await eventually(async () => !(await isUnlocked()))
    await eventually(() => resets === 1)
  })

  it('on Linux, where Electron has no lock-screen event, locks at the next idle check once the screen is locked', async () => {
    await start({ unlocked: true, platform: 'linux' })
    expect(() => powerMonitor.emit('lock-screen')).toThrow(/only on darwin and win32/)
    electronDouble.systemIdleSeconds = 20
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
    electronDouble.systemIdleState = 'locked'
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
    await eventually(() => resets === 1)
  })

  it('locks once the system has been idle for the limit (5 minutes by default)', async () => {
    await start({ unlocked: true })
    electronDouble.systemIdleSeconds = 5 * 60 - 1
    vi.advanceTimersByTime(IDLE_CHECK_MS * 4)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
    electronDouble.systemIdleSeconds = 5 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
    await eventually(() => resets === 1)
  })

  it('uses the open journal’s own idle limit', async () => {
    await start({ unlocked: true })
    await backend.settings.update({ autoLockMinutes: 2 })
    electronDouble.systemIdleSeconds = 119
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
    electronDouble.systemIdleSeconds = 120
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
  })

  it('waits longer when the open journal asks for a longer limit', async () => {
    await start({ unlocked: true })
    await backend.settings.update({ autoLockMinutes: 30 })
    electronDouble.systemIdleSeconds = 29 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS * 3)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
    electronDouble.systemIdleSeconds = 30 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
  })

  it('takes the limit of whichever partner’s journal is open', async () => {
    await start({ unlocked: false })
    const { profileId: ada } = await backend.profile.create({ displayName: 'Ada', passphrase: PASSPHRASE })
    await backend.settings.update({ autoLockMinutes: 2 })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASSPHRASE })
    // Ben's journal is open, with the default of 5 minutes.
    electronDouble.systemIdleSeconds = 3 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
    await backend.session.unlock({ profileId: ada, passphrase: PASSPHRASE })
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
    await eventually(() => resets === 1)
  })

  it('locks the open vault alone at its own shorter limit, and the journal later at its own', async () => {
    await start({ unlocked: true })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASSPHRASE })
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    const vaultOpen = async () => (await backend.vault.status()).open
    expect(await vaultOpen()).toBe(true)
    // The couple chose 2 minutes for the vault; the journal keeps its default of 5.
    await backend.vault.setAutoLock({ minutes: 2 })
    electronDouble.systemIdleSeconds = 119
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await vaultOpen()).toBe(true)
    electronDouble.systemIdleSeconds = 120
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await vaultOpen()))
    await eventually(() => resets === 1)
    expect(await isUnlocked()).toBe(true)
    electronDouble.systemIdleSeconds = 5 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
  })

  it('with no journal open, keeps an open vault to its own limit (10 minutes by default), not the 5 minutes for nothing open', async () => {
    await start({ unlocked: true })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASSPHRASE })
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.session.lock()
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    const vaultOpen = async () => (await backend.vault.status()).open
    expect(await vaultOpen()).toBe(true)
    expect(await isUnlocked()).toBe(false)
    expect((await backend.vault.status()).autoLockMinutes).toBe(10)
    electronDouble.systemIdleSeconds = 10 * 60 - 1
    vi.advanceTimersByTime(IDLE_CHECK_MS * 3)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await vaultOpen()).toBe(true)
    expect(resets).toBe(0)
    electronDouble.systemIdleSeconds = 10 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await vaultOpen()))
    await eventually(() => resets === 1)
  })

  it('locks the vault with the open journal when the journal’s limit comes first', async () => {
    await start({ unlocked: true })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASSPHRASE })
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    electronDouble.systemIdleSeconds = 5 * 60
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    await eventually(async () => !(await isUnlocked()))
    expect((await backend.vault.status()).open).toBe(false)
  })

  it('does not reload the renderer when nothing is open', async () => {
    await start({ unlocked: false })
    electronDouble.systemIdleSeconds = 3600
    powerMonitor.emit('suspend')
    vi.advanceTimersByTime(IDLE_CHECK_MS * 3)
    expect(await autoLock.lockNow()).toBe(false)
    expect(resets).toBe(0)
  })

  it('locks and reloads only once when suspend and screen lock arrive together', async () => {
    await start({ unlocked: true, platform: 'darwin' })
    powerMonitor.emit('suspend')
    powerMonitor.emit('lock-screen')
    await eventually(async () => !(await isUnlocked()))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(resets).toBe(1)
  })

  it('locks when the window closes', async () => {
    await start({ unlocked: true })
    const window = new BrowserWindow()
    autoLock.watchWindow(window)
    ;(window as unknown as BrowserWindowDouble).close()
    await eventually(async () => !(await isUnlocked()))
  })

  it('stops listening when stopped', async () => {
    await start({ unlocked: true })
    autoLock.stop()
    powerMonitor.emit('suspend')
    electronDouble.systemIdleSeconds = 3600
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await isUnlocked()).toBe(true)
  })
})
