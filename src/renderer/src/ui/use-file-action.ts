// An action that asks the main process to write or print something and may open a system
// dialog: busy while it runs, a sentence once done (none if they cancelled the dialog), and
// the error's own sentence if it failed. `K` names the action when one place has several.

import { useCallback, useState } from 'react'
import { problemOf, type Problem } from '../api.ts'

export function useFileAction<K extends string = 'run'>() {
  const [busy, setBusy] = useState<K | null>(null)
  const [result, setResult] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  const clear = useCallback(() => {
    setResult('')
    setFailure(null)
  }, [])

  /**
   * Runs `action`; its answer is the sentence to show, or null when nothing happened.
   * `onProblem` may take a problem over (return true), e.g. LOCKED leading elsewhere.
   */
  const run = async (what: K, action: () => Promise<string | null>, onProblem?: (problem: Problem) => boolean) => {
    setBusy(what)
    clear()
    try {
      const done = await action()
      if (done) setResult(done)
    } catch (error) {
      const problem = problemOf(error)
      if (!onProblem?.(problem)) setFailure(problem.message)
    } finally {
      setBusy(null)
    }
  }

  return { busy, result, failure, run, clear }
}
