// Time together as the open vault's screens hold it: loaded once (which puts our ideas in the
// first time), then each change answers the whole list again. The words are decrypted, so they
// live in this state only and go when the vault closes and the screen unmounts.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { TimeTogether } from '../../../../../shared/time-together.ts'
import { api, problemOf } from '../../../api.ts'

export type TimeListing = { state: 'loading' } | { state: 'ready'; time: TimeTogether } | { state: 'failed'; message: string }

export function useTimeTogether(onLocked: () => void) {
  const [listing, setListing] = useState<TimeListing>({ state: 'loading' })
  const [busy, setBusy] = useState(false)
  // One change at a time: a second click while one is under way does nothing (the buttons stay enabled, so focus stays on them).
  const changing = useRef(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    api.vaultTime
      .list()
      .then((time) => current && setListing({ state: 'ready', time }))
      .catch((error: unknown) => {
        const { code, message } = problemOf(error)
        if (!current) return
        if (code === 'LOCKED') onLocked()
        else setListing({ state: 'failed', message })
      })
    return () => {
      current = false
    }
  }, [onLocked])

  /** Runs one change; true once it is done and the list shows it, false if it was refused (said in `problem`). */
  const change = useCallback(
    async (call: () => Promise<TimeTogether>): Promise<boolean> => {
      if (changing.current) return false
      changing.current = true
      setBusy(true)
      setProblem(null)
      try {
        setListing({ state: 'ready', time: await call() })
        return true
      } catch (error) {
        const { code, message } = problemOf(error)
        if (code === 'LOCKED') onLocked()
        else setProblem(message)
        return false
      } finally {
        changing.current = false
        setBusy(false)
      }
    },
    [onLocked]
  )

  return { listing, busy, problem, change }
}
