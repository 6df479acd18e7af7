// Lock triggers from docs/security.md ("Locking"): system suspend, screen lock, system idle
// time, closing the window, and "Lock now". Electron reports a screen lock as an event on macOS
// and Windows only; on Linux the idle check also asks whether the screen is locked. Locking wipes
// the keys in the backend and then reloads the renderer, so no decrypted text stays in its memory or DOM. The idle limit is
// the open journal's own choice (settings.autoLockMinutes), asked for at each check; the
// open vault has its own limit and locks alone when only it has been idle long enough. With no
// journal open, only the vault's limit applies to it. The idle time is the system's, so the
// click or key press that answers the vault's "Still reading?" starts it again here too.

import type { BrowserWindow, PowerMonitor } from 'electron'
import type { Backend } from '../../shared/contract.ts'
import { isAppError } from '../../shared/errors.ts'
import { DEFAULT_SETTINGS } from '../../shared/settings.ts'

export const DEFAULT_IDLE_MINUTES = DEFAULT_SETTINGS.autoLockMinutes
export const IDLE_CHECK_MS = 15_000

export interface AutoLockOptions {
  backend: Backend
  powerMonitor: Pick<PowerMonitor, 'on' | 'off' | 'getSystemIdleTime' | 'getSystemIdleState'>
  /** Defaults to process.platform: which screen-lock signal there is. */
  platform?: NodeJS.Platform
  /** Throws away the renderer's state (reloads the window, if there is one). */
  resetRenderer: () => void
  /** The idle limit while no journal is open to say otherwise. */
  idleMinutes?: number
  checkEveryMs?: number
}

export interface AutoLock {
  /** Locks if anything is open; resolves to whether it did. */
  lockNow(): Promise<boolean>
  /** Locks when this window closes (no reload: the window is going away). */
  watchWindow(window: BrowserWindow): void
  stop(): void
}

export function startAutoLock(options: AutoLockOptions): AutoLock {
  const { backend, powerMonitor, resetRenderer } = options
  const fallbackMinutes = options.idleMinutes ?? DEFAULT_IDLE_MINUTES
  let pending: Promise<boolean> | null = null

  const lockIfOpen = async (): Promise<boolean> => {
    let open = true
    try {
      const status = await backend.app.status()
      open = status.unlockedProfileId !== null || status.vault.open
    } catch {
      // Unsure whether anything is open: lock anyway, a needless reload is the lesser harm.
    }
    // Nothing open: no reload, which also keeps the idle check from reloading every 15 s.
    if (!open) return false
    try {
      await backend.session.lock()
    } catch {
      console.error('sevenfold: locking failed')
    }
    resetRenderer()
    return true
  }

  // Suspend and screen lock often arrive together: one lock, one reload.
  const lockNow = (): Promise<boolean> => {
    pending ??= lockIfOpen().finally(() => {
      pending = null
    })
    return pending
  }

  // No journal open (LOCKED): none of its own, so an open vault keeps to its own limit. Any
  // other failure: the fallback limit.
  const idleLimitSeconds = async (): Promise<number | null> => {
    const minutes = await backend.settings.get().then(
      (settings) => settings.autoLockMinutes,
      (error: unknown) => (isAppError(error) && error.code === 'LOCKED' ? null : fallbackMinutes)
    )
    return minutes === null ? null : minutes * 60
  }
  const lockVaultIfIdle = async (idleSeconds: number): Promise<void> => {
    const vault = await backend.vault.status().catch(() => null)
    if (!vault?.open || idleSeconds < vault.autoLockMinutes * 60) return
    await backend.vault.lock().catch(() => console.error('sevenfold: locking the vault failed'))
    resetRenderer()
  }
  // Linux has no lock-screen event; Chromium's idle state says 'locked' where the desktop tells it.
  const pollsScreenLock = (options.platform ?? process.platform) === 'linux'
  let lastLimit = fallbackMinutes * 60
  let checking = false
  const checkIdle = async () => {
    // One check at a time: a re-key holds settings back, and checks must not pile up behind it.
    if (checking) return
    checking = true
    try {
      // The screen lock is read before settings are asked for, so a re-key cannot hold it back.
      if (pollsScreenLock && powerMonitor.getSystemIdleState(lastLimit) === 'locked') return await lockNow()
      const limit = await idleLimitSeconds()
      lastLimit = limit ?? fallbackMinutes * 60
      const idle = powerMonitor.getSystemIdleTime()
      if (limit !== null && idle >= limit) await lockNow()
      else await lockVaultIfIdle(idle)
    } finally {
      checking = false
    }
  }

  const onPowerEvent = () => void lockNow()
  powerMonitor.on('suspend', onPowerEvent)
  powerMonitor.on('lock-screen', onPowerEvent)
  const timer = setInterval(() => void checkIdle(), options.checkEveryMs ?? IDLE_CHECK_MS)

  return {
    lockNow,
    watchWindow(window) {
      window.on('close', () => {
        // At once, not after a status check: the keys must not outlive the window.
        backend.session.lock().catch(() => console.error('sevenfold: locking failed'))
      })
    },
    stop() {
      clearInterval(timer)
      powerMonitor.off('suspend', onPowerEvent)
      powerMonitor.off('lock-screen', onPowerEvent)
    }
  }
}
