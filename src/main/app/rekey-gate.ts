// While a re-key runs, the database holds one long transaction over many turns of the event
// loop, and the key of what it re-encrypts changes only at its end: no other request may read
// or write meanwhile. The gate holds every request back until the re-key is over, except those
// that must answer at once (a lock above all: a lock during a re-key rolls it back). A long read
// over many turns (a backup's copy, a print, an export) is a "reading": a re-key waits for those
// under way before it begins, since on the same connection they would see its rows half done.

import type { Backend } from '../../shared/contract.ts'

/** Runs `task` as a reading that a re-key waits for (and that waits for a re-key under way). */
export type Reading = <T>(task: () => Promise<T>) => Promise<T>

export class RekeyGate {
  #running: Promise<unknown> | null = null
  #progress: { done: number; total: number } | null = null
  #readings = 0
  #quiet: Array<() => void> = []

  /** Runs `work` as the one re-key, once the readings under way are done; the gate is closed from the call until it settles. */
  async run<T>(work: (progress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    this.#progress = { done: 0, total: 0 }
    const running = this.#quietThen(() => work((done, total) => (this.#progress = { done, total })))
    this.#running = running.catch(() => undefined)
    try {
      return await running
    } finally {
      this.#running = null
      this.#progress = null
    }
  }

  readonly reading: Reading = async (task) => {
    // Checked and counted in one turn, so a re-key cannot begin between the two.
    while (this.#running) await this.#running
    this.#readings += 1
    try {
      return await task()
    } finally {
      this.#readings -= 1
      if (this.#readings === 0) for (const resume of this.#quiet.splice(0)) resume()
    }
  }

  async #quietThen<T>(work: () => Promise<T>): Promise<T> {
    while (this.#readings > 0) await new Promise<void>((resume) => this.#quiet.push(resume))
    return work()
  }

  /** Whether a re-key runs now. */
  get busy(): boolean {
    return this.#running !== null
  }

  /** Waits until no re-key runs (at once if none does). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running
  }

  get progress(): { done: number; total: number } | null {
    return this.#progress ? { ...this.#progress } : null
  }
}

/** Every method of `backend` waiting for the gate first, but those named in `free` ('group.method'). */
export function heldBack(backend: Backend, gate: RekeyGate, free: ReadonlySet<string>): Backend {
  const groups = Object.entries(backend).map(([group, methods]) => [
    group,
    Object.fromEntries(
      Object.entries(methods as Record<string, (input: unknown) => Promise<unknown>>).map(([name, method]) => [
        name,
        // Called at once when the gate is open, so a request begins in the turn it came in
        // (an unlock notes the lock count then, and a lock right after it still wins).
        free.has(`${group}.${name}`) ? method : (input: unknown) => (gate.busy ? gate.idle().then(() => method(input)) : method(input))
      ])
    )
  ])
  return Object.fromEntries(groups) as Backend
}
