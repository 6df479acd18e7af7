// A practice saved with one button and then shared into the vault (the daily check-in, the
// needs check-in): where saving and sharing stand, and the sentence when either fails. Each
// form says what it sends; this keeps how the answer is taken in one place.

import { useState } from 'react'
import type { ReflectionHeader } from '../../../shared/contract.ts'
import { problemOf } from '../api.ts'

export function usePracticeSave(onSaved: (header: ReflectionHeader) => void) {
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle')
  const [sharing, setSharing] = useState<'no' | 'asking' | 'busy'>('no')
  const [problem, setProblem] = useState<string | null>(null)

  const save = async (request: () => Promise<ReflectionHeader>) => {
    setState('saving')
    try {
      const header = await request()
      setProblem(null)
      onSaved(header)
      setState('saved')
    } catch (error) {
      setProblem(problemOf(error).message)
      setState('idle')
    }
  }

  const share = async (request: () => Promise<ReflectionHeader>) => {
    setSharing('busy')
    try {
      onSaved(await request())
      setProblem(null)
    } catch (error) {
      setProblem(problemOf(error).message)
    }
    setSharing('no')
  }

  return { state, setState, sharing, setSharing, problem, setProblem, save, share }
}
