// Repeated wrong passphrases get a growing wait. It slows someone at the keyboard, the other
// partner above all; the Argon2 cost is what protects a copied file. The counts are kept in the
// database (when given a store), so restarting the app does not reset them (docs/security.md,
// "Guessing").

import type { UnlockWait } from '../storage/unlock-wait-repository.ts'

const FREE_TRIES = 3
const FIRST_DELAY_MS = 1000
const MAX_DELAY_MS = 60_000

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES), MAX_DELAY_MS)
}

/** Where the counts outlive the process; writes are best effort (a full disk must not hide the wait). */
export interface ThrottleStore {
  all(): Map<string, UnlockWait>
  put(door: string, wait: UnlockWait): void
  remove(door: string): void
}

export class UnlockThrottle {
  readonly #failures: Map<string, UnlockWait>
  readonly #now: () => number
  readonly #store: ThrottleStore | undefined

  constructor(now: () => number = Date.now, store?: ThrottleStore) {
    this.#now = now
    this.#store = store
    this.#failures = store?.all() ?? new Map()
  }

  /** Milliseconds until `key` may try again (0 = now); never more than the longest wait, whatever the clock did. */
  waitFor(key: string): number {
    const entry = this.#failures.get(key)
    return entry ? Math.min(MAX_DELAY_MS, Math.max(0, entry.until - this.#now())) : 0
  }

  /** Records a failure and returns the wait before the next try. */
  fail(key: string): number {
    const failures = (this.#failures.get(key)?.failures ?? 0) + 1
    const delay = delayAfterFailures(failures)
    const entry = { failures, until: this.#now() + delay }
    this.#failures.set(key, entry)
    this.#keep(() => this.#store?.put(key, entry))
    return delay
  }

  succeed(key: string): void {
    if (!this.#failures.delete(key)) return
    this.#keep(() => this.#store?.remove(key))
  }

  #keep(write: () => void): void {
    try {
      write()
    } catch {
      // The count still holds in memory for this run.
    }
  }
}
