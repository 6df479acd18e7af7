// One request from the renderer: find the method, validate the payload with its schema,
// call the backend, and answer with a Result. Shared by the Electron shell and the
// browser tests, so both go through exactly the same checks.

import type { z } from 'zod'
import { CHANNELS, type Backend } from '../../shared/contract.ts'
import { AppError, type ErrorInfo, type Result } from '../../shared/errors.ts'
import { toAppError } from './errors.ts'

const byChannel = new Map(CHANNELS.map((entry) => [entry.channel, entry]))

export function isKnownChannel(channel: unknown): channel is string {
  return typeof channel === 'string' && byChannel.has(channel)
}

function invalidInput(error: z.ZodError): ErrorInfo {
  const issue = error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'request'
  // zod's own sentence for unknown keys repeats them, and a hostile key can be a megabyte long.
  const what = issue?.code === 'unrecognized_keys' ? 'is not valid: it has a field this app does not know' : (issue?.message ?? 'is not valid')
  return new AppError('INVALID_INPUT', `The ${field} ${what.startsWith('is') || what.startsWith('must') ? what : `is not valid: ${what}`}.`, {
    field
  }).toInfo()
}

export async function dispatch(backend: Backend, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  const entry = typeof channel === 'string' ? byChannel.get(channel) : undefined
  if (!entry) return { ok: false, error: new AppError('INVALID_INPUT', 'That request is not part of this app.', { field: 'channel' }).toInfo() }
  const parsed = entry.input.safeParse(payload)
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) }
  try {
    const group = (backend as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[entry.group]
    const value = await group![entry.name]!(parsed.data)
    return { ok: true, value: value ?? null }
  } catch (error) {
    return { ok: false, error: toAppError(error).toInfo() }
  }
}
