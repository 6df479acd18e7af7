// Repeated wrong passphrases get a growing wait. It lives in memory: it slows someone
// at the keyboard; the Argon2 cost is what protects a copied file.

const FREE_TRIES = 3
const FIRST_DELAY_MS = 1000
const MAX_DELAY_MS = 60_000

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES), MAX_DELAY_MS)
}

export class UnlockThrottle {
  readonly #failures = new Map<string, { count: number; until: number }>()
  readonly #now: () => number

  constructor(now: () => number = Date.now) {
    this.#now = now
  }

  /** Milliseconds until `key` may try again (0 = now). */
  waitFor(key: string): number {
    const entry = this.#failures.get(key)
    return entry ? Math.max(0, entry.until - this.#now()) : 0
  }

  /** Records a failure and returns the wait before the next try. */
  fail(key: string): number {
    const count = (this.#failures.get(key)?.count ?? 0) + 1
    const delay = delayAfterFailures(count)
    this.#failures.set(key, { count, until: this.#now() + delay })
    return delay
  }

  succeed(key: string): void {
    this.#failures.delete(key)
  }
}
