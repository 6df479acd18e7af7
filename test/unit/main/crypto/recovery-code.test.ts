import { createHash, hkdfSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  encodeBase32,
  formatRecoveryCode,
  generateRecoveryCode,
  hkdfSha256,
  parseRecoveryCode,
  recoveryKek
} from '../../../../src/main/crypto/recovery-code.ts'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const RFC4648 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/
// The 20 bytes whose base32 is the alphabet itself, in order.
const ALPHABET_SECRET = Buffer.from('00443214c74254b635cf84653a56d7c675be77df', 'hex')
const fixedSecrets = [ALPHABET_SECRET, ...[1, 2, 3, 4].map((i) => createHash('sha256').update(`fixed ${i}`).digest().subarray(0, 20))]

function expectTypo(text: string): void {
  expect(() => parseRecoveryCode(text)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'recoveryCode' }))
}

describe('recovery codes', () => {
  it('encodes Crockford base32 like the RFC 4648 section 10 vectors, in Crockford letters', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI']
    ]
    for (const [input, rfc] of vectors) {
      const crockford = [...rfc].map((c) => ALPHABET[RFC4648.indexOf(c)]).join('')
      expect(encodeBase32(Buffer.from(input))).toBe(crockford)
    }
    expect(encodeBase32(Buffer.from('foobar'))).toBe('CSQPYRK1E8')
    expect(encodeBase32(ALPHABET_SECRET)).toBe(ALPHABET)
  })

  it('shows 36 characters in 9 groups of 4: the secret, then the first 20 bits of its SHA-256', () => {
    for (const secret of fixedSecrets) {
      const code = formatRecoveryCode(secret)
      expect(code).toMatch(SHAPE)
      const chars = code.replaceAll('-', '')
      expect(chars.slice(0, 32)).toBe(encodeBase32(secret))
      const check = parseInt(createHash('sha256').update(secret).digest('hex').slice(0, 5), 16)
      const expected = [15, 10, 5, 0].map((shift) => ALPHABET[(check >> shift) & 31]).join('')
      expect(chars.slice(32)).toBe(expected)
    }
  })

  it('generates random codes whose secrets parse back exactly, into 20-byte unpooled buffers', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 50; i++) {
      const { code, secret } = generateRecoveryCode()
      expect(code).toMatch(SHAPE)
      expect(secret.buffer.byteLength).toBe(20)
      const parsed = parseRecoveryCode(code)
      expect(parsed.equals(secret)).toBe(true)
      expect(parsed.buffer.byteLength).toBe(20)
      seen.add(code)
    }
    expect(seen.size).toBe(50)
  })

  it('forgives case, spacing, missing or extra dashes and the look-alikes O, I and L', () => {
    const code = formatRecoveryCode(ALPHABET_SECRET)
    const bare = code.replaceAll('-', '')
    const variants = [
      code.toLowerCase(),
      bare,
      ` ${code.replaceAll('-', ' ')} `,
      bare.replace(/(.{6})/g, '$1--'),
      code.replace('0', 'O'),
      code.replace('0', 'o').replace('1', 'I'),
      code.replace('1', 'L'),
      code.replace('1', 'l')
    ]
    for (const variant of variants) expect(parseRecoveryCode(variant).equals(ALPHABET_SECRET)).toBe(true)
  })

  it('catches every single-character substitution, with the same sentence and field', () => {
    let tried = 0
    for (const secret of fixedSecrets) {
      const chars = formatRecoveryCode(secret).replaceAll('-', '')
      for (let i = 0; i < chars.length; i++) {
        for (const replacement of ALPHABET) {
          if (replacement === chars[i]) continue
          expectTypo(chars.slice(0, i) + replacement + chars.slice(i + 1))
          tried++
        }
      }
    }
    expect(tried).toBe(fixedSecrets.length * 36 * 31)
    expect(() => parseRecoveryCode('0')).toThrow(/typo.*printed/)
  })

  it('catches swapped neighbours, wrong lengths and characters outside the alphabet', () => {
    const chars = formatRecoveryCode(fixedSecrets[1] ?? ALPHABET_SECRET).replaceAll('-', '')
    for (let i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === chars[i + 1]) continue
      expectTypo(chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2))
    }
    expectTypo(chars.slice(1))
    // A leading zero does not change the checksum's value, so only the length check catches this.
    expectTypo(`${chars.slice(0, 32)}0${chars.slice(32)}`)
    expectTypo(`${chars}0`)
    expectTypo(`U${chars.slice(1)}`)
    expectTypo('')
    expectTypo(undefined as unknown as string)
  })

  it('matches RFC 5869 test case 1 for HKDF-SHA256', () => {
    const okm = hkdfSha256(Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)
    expect(okm.toString('hex')).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865')
    expect(okm.buffer.byteLength).toBe(42)
  })

  it('derives the recovery KEK with HKDF-SHA256, info sevenfold/recovery/v1, 32 bytes, salted', () => {
    const salt = Buffer.alloc(16, 3)
    const kek = recoveryKek(ALPHABET_SECRET, salt)
    const expected = Buffer.from(hkdfSync('sha256', ALPHABET_SECRET, salt, 'sevenfold/recovery/v1', 32))
    expect(kek.equals(expected)).toBe(true)
    expect(kek.buffer.byteLength).toBe(32)
    expect(recoveryKek(ALPHABET_SECRET, Buffer.alloc(16, 4)).equals(kek)).toBe(false)
    expect(() => recoveryKek(Buffer.alloc(16), salt)).toThrow()
  })
})
