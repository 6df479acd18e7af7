// The renderer's typed API, built here from the preload's one `invoke` with the shared
// createApi. Building it on this side of contextBridge means failures are real AppErrors
// in this world, with their code and retryAfterMs (an Error copied across the bridge
// keeps only its message). The browser tests supply the same `invoke` over a binding.

import { createApi } from '../../shared/api.ts'
import type { SevenfoldApi } from '../../shared/contract.ts'
// Types only: the preload's declaration of window.sevenfoldIpc, so the two cannot drift.
import type {} from '../../preload/window.d.ts'

// `window.sevenfoldIpc` is read on each call, not at import, so load order cannot matter.
export const api: SevenfoldApi = createApi((channel, payload) => window.sevenfoldIpc.invoke(channel, payload))

export interface Problem {
  code: string | undefined
  /** A sentence for people, written by the main process. */
  message: string
  retryAfterMs: number | undefined
  /** For INVALID_INPUT: the request field that was refused. */
  field: string | undefined
}

// Read by shape rather than `instanceof AppError`, so anything thrown (a TypeError, say)
// still becomes something to show.
export function problemOf(error: unknown): Problem {
  const value = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>
  const message = typeof value.message === 'string' && value.message.length > 0 ? value.message : 'Something went wrong. Try again.'
  return {
    code: typeof value.code === 'string' ? value.code : undefined,
    message,
    retryAfterMs: typeof value.retryAfterMs === 'number' ? value.retryAfterMs : undefined,
    field: typeof value.field === 'string' ? value.field : undefined
  }
}

/** Whether a refusal is about the passphrase typed (wrong, missing, or too many tries): said under its field. */
export function isPassphraseProblem(problem: Problem): boolean {
  return problem.field === 'passphrase' || problem.code === 'WRONG_PASSPHRASE' || problem.code === 'TOO_MANY_ATTEMPTS'
}
