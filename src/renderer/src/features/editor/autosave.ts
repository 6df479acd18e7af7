// Saving a draft without ever running two saves at once. Changes wait `delayMs` for a pause;
// `flush` saves now (on blur, on leaving). A save that fails keeps its draft, so the next
// change or flush tries again with everything written since.

export type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string; code: string | undefined }

export interface Autosave<D> {
  change(draft: D): void
  flush(): Promise<void>
  /** Forgets anything unsaved (after a delete). */
  cancel(): void
}

export function createAutosave<D>(
  save: (draft: D) => Promise<void>,
  report: (state: SaveState) => void,
  describe: (error: unknown) => { message: string; code: string | undefined },
  delayMs = 800
): Autosave<D> {
  let latest: D | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null

  const flush = (): Promise<void> => {
    clearTimeout(timer)
    // Collapse: whoever runs after the current save takes the newest draft; the rest find none.
    if (running) return running.then(flush)
    if (latest === null) return Promise.resolve()
    const draft = latest
    latest = null
    report({ kind: 'saving' })
    // Started synchronously, so a flush from a blur or keydown reaches the backend before what follows it.
    running = save(draft).then(
      () => {
        if (latest === null) report({ kind: 'saved' })
      },
      (error: unknown) => {
        if (latest === null) latest = draft
        report({ kind: 'failed', ...describe(error) })
      }
    )
    running = running.finally(() => {
      running = null
    })
    return running
  }

  return {
    change(draft) {
      latest = draft
      report({ kind: 'pending' })
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), delayMs)
    },
    flush,
    cancel() {
      clearTimeout(timer)
      latest = null
    }
  }
}
