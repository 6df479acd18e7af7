// Recovery codes: 160 random bits, so a fast KDF (HKDF) suffices. They are written as
// Crockford base32 with a 20-bit checksum, so a typo is caught before any key is tried.

import { createHash, hkdfSync, randomFillSync } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import { allocSecret, wipe } from './secret-buffer.ts'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const SECRET_BYTES = 20
const SECRET_CHARS = 32 // 160 bits / 5
const CHECK_CHARS = 4 // 20 bits / 5
const GROUP = 4
const INFO = 'sevenfold/recovery/v1'

/** Crockford base32 of the bytes, most significant bit first, zero-padded at the end, no '='. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = ''
  let acc = 0
  let bits = 0
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xfff
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += ALPHABET[(acc >> bits) & 31]
    }
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31]
  return out
}

/** First 20 bits of SHA-256 of the secret. */
function checksum(secret: Uint8Array): number {
  const digest = createHash('sha256').update(secret).digest()
  return ((digest[0] ?? 0) << 12) | ((digest[1] ?? 0) << 4) | ((digest[2] ?? 0) >> 4)
}

function checksumChars(secret: Uint8Array): string {
  const value = checksum(secret)
  let out = ''
  for (let i = CHECK_CHARS - 1; i >= 0; i--) out += ALPHABET[(value >> (5 * i)) & 31]
  return out
}

/** The printed form of a 20-byte secret: 9 groups of 4, e.g. ABCD-EFGH-…. */
export function formatRecoveryCode(secret: Uint8Array): string {
  if (secret.length !== SECRET_BYTES) throw new Error('A recovery secret is 20 bytes')
  const chars = encodeBase32(secret) + checksumChars(secret)
  const groups: string[] = []
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP))
  return groups.join('-')
}

export function generateRecoveryCode(): { code: string; secret: Buffer } {
  const secret = randomFillSync(allocSecret(SECRET_BYTES))
  return { code: formatRecoveryCode(secret), secret }
}

function typo(): AppError {
  return new AppError('INVALID_INPUT', 'That recovery code has a typo. Check each group against your printed recovery kit and try again.', {
    field: 'recoveryCode'
  })
}

/** The 20-byte secret from a typed code; forgiving of case, spacing, dashes and O/I/L. */
export function parseRecoveryCode(text: string): Buffer {
  if (typeof text !== 'string') throw typo()
  const chars = text
    .replace(/[\s\u2010-\u2015\u2212-]/gu, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (chars.length !== SECRET_CHARS + CHECK_CHARS) throw typo()
  const values: number[] = []
  for (const char of chars) {
    const value = ALPHABET.indexOf(char)
    if (value < 0) throw typo()
    values.push(value)
  }
  const secret = allocSecret(SECRET_BYTES)
  let acc = 0
  let bits = 0
  let at = 0
  for (const value of values.slice(0, SECRET_CHARS)) {
    acc = ((acc << 5) | value) & 0xfff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      secret[at++] = (acc >> bits) & 0xff
    }
  }
  const written = values.slice(SECRET_CHARS).reduce((sum, value) => (sum << 5) | value, 0)
  values.fill(0)
  if (written !== checksum(secret)) {
    wipe(secret)
    throw typo()
  }
  return secret
}

/** HKDF-SHA256 into an unpooled buffer (node returns an ArrayBuffer, which is wiped). */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: string | Uint8Array, length: number): Buffer {
  const derived = new Uint8Array(hkdfSync('sha256', ikm, salt, info, length))
  const out = allocSecret(length)
  out.set(derived)
  wipe(derived)
  return out
}

/** The key-encryption key of a recovery slot. */
export function recoveryKek(secret: Buffer, salt: Buffer): Buffer {
  if (secret.length !== SECRET_BYTES) throw new Error('A recovery secret is 20 bytes')
  return hkdfSha256(secret, salt, INFO, 32)
}
