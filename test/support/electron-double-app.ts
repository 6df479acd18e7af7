// The electron double's `app` and `powerMonitor`, split from electron-double.ts to keep files short.
// Both know the platform the double pretends to be (electron-double-platform.ts); `app` also knows
// whether it is ready and records how it was asked to relaunch (issue 15, items 4, 5, 10).

import { APP_EVENT_PLATFORMS, PlatformEmitter, POWER_MONITOR_EVENT_PLATFORMS } from './electron-double-platform.ts'

interface RelaunchOptions {
  args?: string[]
  execPath?: string
}

/** The records of electronDouble these two read and write. */
export interface AppRecords {
  platform: NodeJS.Platform
  ready: boolean
  holdReady: boolean
  becomeReady(): void
  singleInstance: boolean
  quitCalls: number
  relaunches: (RelaunchOptions | undefined)[]
  exitCodes: number[]
}
export interface PowerRecords {
  platform: NodeJS.Platform
  systemIdleSeconds: number
  systemIdleState: 'active' | 'locked' | 'unknown'
}

export class AppDouble extends PlatformEmitter {
  isPackaged = false
  readonly #records: () => AppRecords
  constructor(records: () => AppRecords) {
    super(APP_EVENT_PLATFORMS, () => records().platform)
    this.#records = records
  }
  // Issue 15, item 10: `ready` comes on the next tick of whenReady(), or when a test says.
  isReady(): boolean {
    return this.#records().ready
  }
  whenReady(): Promise<void> {
    if (this.#records().ready) return Promise.resolve()
    const ready = new Promise<void>((resolve) => this.once('ready', () => resolve()))
    if (!this.#records().holdReady) setImmediate(() => this.#records().becomeReady())
    return ready
  }
  requestSingleInstanceLock(): boolean {
    return this.#records().singleInstance
  }
  enableSandbox(): void {}
  quit(): void {
    this.#records().quitCalls += 1
  }
  /** RelaunchOptions in electron.d.ts: `args` (string[]) and `execPath` (string), nothing else (issue 15, item 4). */
  relaunch(options?: RelaunchOptions): void {
    for (const [key, value] of Object.entries(options ?? {})) {
      const fits = key === 'execPath' ? typeof value === 'string' : key === 'args' && Array.isArray(value) && value.every((v) => typeof v === 'string')
      if (!fits) throw new TypeError(`app.relaunch has no option ${key}: ${JSON.stringify(value)}`)
    }
    this.#records().relaunches.push(options && structuredClone(options))
  }
  exit(code = 0): void {
    this.#records().exitCodes.push(code)
  }
  getPath(name: string): string {
    return `/home/test/${name}`
  }
}

export class PowerMonitorDouble extends PlatformEmitter {
  readonly #records: () => PowerRecords
  constructor(records: () => PowerRecords) {
    super(POWER_MONITOR_EVENT_PLATFORMS, () => records().platform)
    this.#records = records
  }
  getSystemIdleTime(): number {
    return this.#records().systemIdleSeconds
  }
  /** As Chromium: locked first, then idle past the threshold (an integer of seconds), else the set state (issue 15, item 5). */
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    if (!Number.isInteger(idleThreshold) || idleThreshold < 0) throw new TypeError('Invalid idle threshold, must be greater than 0')
    if (this.#records().systemIdleState === 'locked') return 'locked'
    return this.#records().systemIdleSeconds >= idleThreshold ? 'idle' : this.#records().systemIdleState
  }
}
