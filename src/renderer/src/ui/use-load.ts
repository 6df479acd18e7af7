// Data a screen loads from the backend when it opens (or when what it shows changes), kept in
// that screen's state only: it holds decrypted words, so it goes when the screen unmounts on
// lock. An answer that arrives after the screen moved on to something else is dropped.

import { useCallback, useEffect, useState } from 'react'
import { problemOf } from '../api.ts'

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string; code: string | undefined }

export interface Load<T> {
  loaded: Loaded<T>
  /** Shows `value` in place of the loaded one (the answer to an action on this screen). */
  set(value: T): void
  /** Asks again; what is shown stays until the new answer comes. */
  reload(): void
}

/** `key` names what `load` asks for: the load runs again whenever it changes, and only then. */
export function useLoad<T>(load: () => Promise<T>, key: string): Load<T> {
  const [round, setRound] = useState(0)
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { state: 'loading' } })
  useEffect(() => {
    let current = true
    load()
      .then((value) => current && setAnswer({ key, loaded: { state: 'ready', value } }))
      .catch((error: unknown) => {
        const { message, code } = problemOf(error)
        if (current) setAnswer({ key, loaded: { state: 'failed', message, code } })
      })
    return () => {
      current = false
    }
    // `key` (and a reload's round) say what `load` asks for, so they are all the effect depends on.
  }, [key, round])
  const set = useCallback((value: T) => setAnswer({ key, loaded: { state: 'ready', value } }), [key])
  const reload = useCallback(() => setRound((n) => n + 1), [])
  return { loaded: answer.key === key ? answer.loaded : { state: 'loading' }, set, reload }
}
