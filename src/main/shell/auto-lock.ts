// Lock triggers from SECURITY.md ("Keys in memory"): system suspend, screen lock, system idle
// time, closing the window, and "Lock now". Locking wipes the keys in the backend and then
// reloads the renderer, so no decrypted text stays in its memory or DOM.

import type { BrowserWindow, PowerMonitor } from 'electron'
import type { Backend } from '../../shared/contract.ts'

export const DEFAULT_IDLE_MINUTES = 5
export const IDLE_CHECK_MS = 15_000

export interface AutoLockOptions {
  backend: Backend
  powerMonitor: Pick<PowerMonitor, 'on' | 'off' | 'getSystemIdleTime'>
  /** Throws away the renderer's state (reloads the window, if there is one). */
  resetRenderer: () => void
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
  const idleSeconds = (options.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60
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

  const onPowerEvent = () => void lockNow()
  powerMonitor.on('suspend', onPowerEvent)
  powerMonitor.on('lock-screen', onPowerEvent)
  const timer = setInterval(() => {
    if (powerMonitor.getSystemIdleTime() >= idleSeconds) void lockNow()
  }, options.checkEveryMs ?? IDLE_CHECK_MS)

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
