// What a lock ends. A request that may open something (an unlock, a recovery, a re-key) takes
// the current signal when it arrives; the next lock aborts it, so work still deriving a key when
// someone locks (suspend, screen lock, the window closing) opens nothing after the lock.

export class Openings {
  #current = new AbortController()

  /** The signal the next lock aborts. */
  begin(): AbortSignal {
    return this.#current.signal
  }

  /** Ends every opening under way; those that begin later get a fresh signal. */
  endAll(): void {
    this.#current.abort()
    this.#current = new AbortController()
  }
}
