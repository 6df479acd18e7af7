// The platform the electron double pretends to be (issue 15, item 5). Electron emits some events on
// some platforms only (`@platform` in electron.d.ts), so the double refuses to fire such an event
// anywhere else: a test that needs `lock-screen` on Linux is testing something that never happens.
// test/unit/support/electron-double.test.ts checks these tables against electron.d.ts.

import { EventEmitter } from 'node:events'

type Platforms = readonly NodeJS.Platform[]

const DARWIN: Platforms = ['darwin']
const DARWIN_WIN32: Platforms = ['darwin', 'win32']

export const APP_EVENT_PLATFORMS: Record<string, Platforms> = {
  'accessibility-support-changed': DARWIN_WIN32,
  activate: DARWIN,
  'activity-was-continued': DARWIN,
  'app-shim-connected': DARWIN,
  'app-shim-version-mismatch': DARWIN,
  'continue-activity': DARWIN,
  'continue-activity-error': DARWIN,
  'did-become-active': DARWIN,
  'did-resign-active': DARWIN,
  'new-window-for-tab': DARWIN,
  'open-file': DARWIN,
  'open-url': DARWIN,
  'update-activity-state': DARWIN,
  'will-continue-activity': DARWIN
}

export const POWER_MONITOR_EVENT_PLATFORMS: Record<string, Platforms> = {
  'lock-screen': DARWIN_WIN32,
  'on-ac': DARWIN_WIN32,
  'on-battery': DARWIN,
  shutdown: ['linux', 'darwin'],
  'speed-limit-change': DARWIN_WIN32,
  'thermal-state-change': DARWIN,
  'unlock-screen': DARWIN_WIN32,
  'user-did-become-active': DARWIN,
  'user-did-resign-active': DARWIN
}

export const BROWSER_WINDOW_EVENT_PLATFORMS: Record<string, Platforms> = {
  'app-command': ['win32', 'linux'],
  moved: DARWIN_WIN32,
  'new-window-for-tab': DARWIN,
  'query-session-end': ['win32'],
  resized: DARWIN_WIN32,
  'rotate-gesture': DARWIN,
  'session-end': ['win32'],
  'sheet-begin': DARWIN,
  'sheet-end': DARWIN,
  swipe: DARWIN,
  'system-context-menu': ['win32', 'linux'],
  'will-move': DARWIN_WIN32,
  'will-resize': DARWIN_WIN32
}

/** An emitter that throws when asked to fire an event its platform never has. Listening is allowed, as in Electron. */
export class PlatformEmitter extends EventEmitter {
  readonly #only: Record<string, Platforms>
  readonly #platform: () => NodeJS.Platform
  constructor(only: Record<string, Platforms>, platform: () => NodeJS.Platform) {
    super()
    this.#only = only
    this.#platform = platform
  }
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    const platforms = typeof event === 'string' ? this.#only[event] : undefined
    if (platforms && !platforms.includes(this.#platform())) {
      throw new Error(`Electron emits '${String(event)}' only on ${platforms.join(' and ')}; this double is ${this.#platform()}.`)
    }
    return super.emit(event, ...args)
  }
}

/** The system's light or dark, as the window's first colour reads it; tests may set it. */
export const nativeTheme = { shouldUseDarkColors: false }
