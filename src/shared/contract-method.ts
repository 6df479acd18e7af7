// How the contract names a method: its request's zod schema, and its answer's type.

import type { z } from 'zod'

export interface Method<I extends z.ZodType, O> {
  input: I
  /** Phantom: only its type is used. */
  output?: O
}

export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): Method<I, O> => ({ input }) }
}
