// Secrets live in their own zero-filled buffers: pooled buffers (allocUnsafe, small
// Buffer.from) share a slab with unrelated data, so wiping them would be unreliable.

import { randomBytes } from 'node:crypto'

export function allocSecret(size: number): Buffer {
  return Buffer.alloc(size)
}

export function wipe(...buffers: Array<Buffer | Uint8Array | null | undefined>): void {
  for (const buffer of buffers) buffer?.fill(0)
}

/** A random 128-bit id, URL- and filename-safe (22 characters). */
export function randomId(): string {
  return randomBytes(16).toString('base64url')
}
