// Turns anything thrown in the main process into an AppError that is safe to show.
// SQLite's own codes are mapped to ours; anything unexpected becomes INTERNAL with a
// generic sentence, and only its name and code are logged (never its message, which
// could hold text a person wrote).

import { AppError } from '../../shared/errors.ts'
import { isSqliteDamage } from '../storage/database.ts'

interface CodedError {
  code?: unknown
  name?: unknown
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const code = typeof (error as CodedError)?.code === 'string' ? ((error as CodedError).code as string) : ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', 'The disk is full, so this was not saved. Free some space and try again; your text is still here.')
  }
  if (isSqliteDamage(error)) {
    return new AppError('DATABASE_CORRUPT', 'The journal file cannot be read. Nothing has been changed; restore it from a backup.')
  }
  const name = typeof (error as CodedError)?.name === 'string' ? (error as CodedError).name : 'Error'
  console.error(`sevenfold: unexpected ${String(name)}${code ? ` (${code})` : ''}`)
  return new AppError('INTERNAL', 'Something went wrong inside Sevenfold. Nothing was lost; try again, and restart the app if it keeps happening.')
}
