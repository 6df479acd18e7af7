// Secrets live in their own zero-filled buffers: pooled buffers (allocUnsafe, small
// Buffer.from) share a slab with unrelated data, so wiping them would be unreliable.

import { randomBytes } from 'node:crypto'

export function allocSecret(size: number): Buffer {
  return Buffer.alloc(size)
}

export function wipe(...buffers: Array<Buffer | Uint8Array | null | undefined>): void {
  for (const buffer of buffers) buffer?.fill(0)
}

/** Runs `use` on `value` as UTF-8 JSON in a secret buffer, wiped afterwards. */
export function withJsonBytes<T>(value: unknown, use: (plaintext: Buffer) => T): T {
  const text = JSON.stringify(value)
  if (text === undefined) throw new Error('withJsonBytes needs a JSON-serialisable value')
  const plaintext = allocSecret(Buffer.byteLength(text, 'utf8'))
  plaintext.write(text, 'utf8')
  try {
    return use(plaintext)
  } finally {
    wipe(plaintext)
  }
}

/** Parses a decrypted buffer as JSON and wipes it; `onBadJson` makes the error for bytes that are not JSON. */
export function parseJsonBytes<T>(plaintext: Buffer, onBadJson: () => Error): T {
  try {
    return JSON.parse(plaintext.toString('utf8')) as T
  } catch {
    throw onBadJson()
  } finally {
    wipe(plaintext)
  }
}

/** A random 128-bit id, URL- and filename-safe (22 characters). */
export function randomId(): string {
  return randomBytes(16).toString('base64url')
}
