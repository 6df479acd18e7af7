// Argon2id for passphrases. Stored parameters are not authenticated, so they are checked
// before use: an edited file must not make us allocate absurd memory or derive weakly.

import { performance } from 'node:perf_hooks'
import { randomBytes } from 'node:crypto'
import { argon2id, hash } from 'argon2'
import { AppError } from '../../shared/errors.ts'
import { allocSecret, wipe } from './secret-buffer.ts'

export interface KdfCost {
  memoryKiB: number
  iterations: number
  parallelism: number
}

export interface KdfParams extends KdfCost {
  algorithm: 'argon2id'
  /** base64 of 16 random bytes */
  salt: string
}

/** RFC 9106's second recommended option. */
export const KDF_FLOOR: KdfCost = Object.freeze({ memoryKiB: 65536, iterations: 3, parallelism: 4 })
export const KDF_MAX_MEMORY_KIB = 1048576

// Above these a stored slot is treated as tampered rather than obeyed.
const ABSURD_MEMORY_KIB = 4194304
const ABSURD_ITERATIONS = 64
const ABSURD_PARALLELISM = 16
const SALT_BYTES = 16
const KEY_BYTES = 32

export function newKdfParams(cost: KdfCost): KdfParams {
  return {
    algorithm: 'argon2id',
    memoryKiB: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: cost.parallelism,
    salt: randomBytes(SALT_BYTES).toString('base64')
  }
}

/** Argon2id v1.3 with a 32-byte raw output and no checks: for known-answer tests and callers that validated already. */
export async function argon2idRaw(password: Buffer, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  return hash(password, {
    type: argon2id,
    version: 0x13,
    raw: true,
    hashLength: KEY_BYTES,
    memoryCost: cost.memoryKiB,
    timeCost: cost.iterations,
    parallelism: cost.parallelism,
    salt
  })
}

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
}

function tampered(): AppError {
  return new AppError('TAMPERED', 'The saved key settings are damaged, so this cannot be opened. Restore it from a backup.')
}

/** The salt bytes, or a TAMPERED error for params outside the floor and sanity limits. */
function checkedSalt(params: KdfParams): Buffer {
  if (typeof params !== 'object' || params === null || params.algorithm !== 'argon2id') throw tampered()
  if (!inRange(params.memoryKiB, KDF_FLOOR.memoryKiB, ABSURD_MEMORY_KIB)) throw tampered()
  if (!inRange(params.iterations, KDF_FLOOR.iterations, ABSURD_ITERATIONS)) throw tampered()
  if (!inRange(params.parallelism, KDF_FLOOR.parallelism, ABSURD_PARALLELISM)) throw tampered()
  if (typeof params.salt !== 'string') throw tampered()
  const salt = Buffer.from(params.salt, 'base64')
  // Node's base64 decoder skips junk; re-encoding catches any salt that is not canonical.
  if (salt.length !== SALT_BYTES || salt.toString('base64') !== params.salt) throw tampered()
  return salt
}

export async function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  const salt = checkedSalt(params)
  // NFKC so the same passphrase typed on another keyboard or OS gives the same key.
  const normalized = secret.normalize('NFKC')
  const password = allocSecret(Buffer.byteLength(normalized, 'utf8'))
  password.write(normalized, 'utf8')
  let raw: Buffer | undefined
  try {
    raw = await argon2idRaw(password, salt, params)
    const key = allocSecret(KEY_BYTES)
    raw.copy(key)
    return key
  } finally {
    wipe(raw, password)
  }
}

async function timeOnce(cost: KdfCost): Promise<number> {
  const password = randomBytes(16)
  const started = performance.now()
  const out = await argon2idRaw(password, randomBytes(SALT_BYTES), cost)
  const elapsed = performance.now() - started
  wipe(out)
  return elapsed
}

/**
 * The cost whose derivation takes about targetMs here. Argon2's time grows about linearly
 * with memory, so memory doubles from the floor while doubling brings the time nearer the
 * target on a log scale (that is, while a step takes under target/√2). Only steps that are
 * kept get timed, so creating a journal waits about one target's worth of derivations.
 */
export async function calibrateKdf(options: { targetMs: number; maxMemoryKiB?: number }): Promise<KdfCost> {
  const cost = { ...KDF_FLOOR }
  if (!(options.targetMs > 0)) return cost
  const maxMemoryKiB = Math.min(options.maxMemoryKiB ?? KDF_MAX_MEMORY_KIB, ABSURD_MEMORY_KIB)
  while (cost.memoryKiB * 2 <= maxMemoryKiB && (await timeOnce(cost)) < options.targetMs / Math.SQRT2) cost.memoryKiB *= 2
  return cost
}
