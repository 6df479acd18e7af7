// Errors cross the IPC boundary as plain values with a code, never as stack traces.

export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'TOO_MANY_ATTEMPTS',
  'LOCKED',
  'TAMPERED',
  'DATABASE_CORRUPT',
  'DATABASE_NEWER',
  'INVALID_INPUT',
  'NOT_FOUND',
  'LIMIT_REACHED',
  'DISK_FULL',
  'BACKUP_INVALID',
  /** A picture the main process will not store: not a JPEG or PNG as the app makes them, too large, or carrying metadata. */
  'PICTURE_REFUSED',
  'FORBIDDEN',
  'INTERNAL'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorInfo {
  code: ErrorCode
  /** A sentence for people: what happened and what to do next. */
  message: string
  /** For INVALID_INPUT: the request field that was refused. */
  field?: string
  /** For TOO_MANY_ATTEMPTS (and WRONG_PASSPHRASE once a delay starts): when to try again. */
  retryAfterMs?: number
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

export class AppError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined
  readonly retryAfterMs: number | undefined

  constructor(code: ErrorCode, message: string, extra: { field?: string; retryAfterMs?: number } = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.field = extra.field
    this.retryAfterMs = extra.retryAfterMs
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message }
    if (this.field !== undefined) info.field = this.field
    if (this.retryAfterMs !== undefined) info.retryAfterMs = this.retryAfterMs
    return info
  }

  static fromInfo(info: ErrorInfo): AppError {
    const extra: { field?: string; retryAfterMs?: number } = {}
    if (info.field !== undefined) extra.field = info.field
    if (info.retryAfterMs !== undefined) extra.retryAfterMs = info.retryAfterMs
    return new AppError(info.code, info.message, extra)
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}
