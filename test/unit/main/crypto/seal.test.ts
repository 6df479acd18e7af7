import { createCipheriv, createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { encryptBlob, type BlobPlace } from '../../../../src/main/crypto/aead.ts'
import { newSealingKeyPair, openingKey, openSealed, openSealedJson, seal, sealJson } from '../../../../src/main/crypto/seal.ts'
import { AppError } from '../../../../src/shared/errors.ts'

const hex = (s: string) => Buffer.from(s, 'hex')
const place: BlobPlace = { table: 'vault_sealed', rowId: 'row1', ownerId: 'vault1', field: 'secret' }
const SPKI_PREFIX = hex('302a300506032b656e032100')
const PKCS8_PREFIX = hex('302e020100300506032b656e04220420')

// RFC 7748 section 6.1: Alice's and Bob's X25519 key pairs and their shared secret.
const rfc = {
  alicePrivate: hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
  alicePublic: hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'),
  bobPublic: hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
  shared: hex('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742')
}

// Points of small order on Curve25519 (and non-canonical encodings of them): an agreement
// with any of them gives a known shared secret, so they must never open anything.
const LOW_ORDER_POINTS = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'
].map(hex)

function recipient() {
  const pair = newSealingKeyPair()
  return { publicKey: pair.publicKey, key: openingKey(pair.privateKey) }
}

function expectTampered(run: () => unknown): void {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(AppError)
  expect(caught).toMatchObject({ code: 'TAMPERED' })
}

/** A blob built by hand as docs/security.md describes it, with a chosen ephemeral key and shared secret. */
function handSealed(ephemeralPublic: Buffer, shared: Buffer, recipientPublic: Buffer, plaintext: string): Buffer {
  const key = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, recipientPublic]), 'sevenfold/seal/v1', 32))
  const iv = Buffer.alloc(12, 9)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 })
  cipher.setAAD(Buffer.from('sevenfold/v1/vault_sealed/row1/vault1/secret'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([Buffer.of(1), ephemeralPublic, Buffer.of(1), iv, body, cipher.getAuthTag()])
}

describe('sealing to a public key', () => {
  it('makes X25519 pairs: a raw 32-byte public key and a PKCS#8 private key that belong together', () => {
    const pair = newSealingKeyPair()
    expect(pair.publicKey.length).toBe(32)
    const derived = createPublicKey(createPrivateKey({ key: pair.privateKey, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' })
    expect(derived.equals(Buffer.concat([SPKI_PREFIX, pair.publicKey]))).toBe(true)
    expect(newSealingKeyPair().publicKey.equals(pair.publicKey)).toBe(false)
  })

  it('opens a blob built by hand from the RFC 7748 vectors: X25519, HKDF-SHA256 over both public keys, AES-GCM bound to its place', () => {
    const alice = openingKey(Buffer.concat([PKCS8_PREFIX, rfc.alicePrivate]))
    const blob = handSealed(rfc.bobPublic, rfc.shared, rfc.alicePublic, 'for both of us')
    expect(openSealed(alice, rfc.alicePublic, blob, place).toString('utf8')).toBe('for both of us')
    // The same bytes under a key from any other shared secret do not open.
    expectTampered(() => openSealed(alice, rfc.alicePublic, handSealed(rfc.bobPublic, Buffer.alloc(32, 1), rfc.alicePublic, 'x'), place))
  })

  it('round-trips with layout version ‖ ephemeral public key ‖ blob, and a fresh ephemeral key each time', () => {
    const { publicKey, key } = recipient()
    const plaintext = Buffer.from('dropped in while the vault was locked')
    const a = seal(publicKey, plaintext, place)
    const b = seal(publicKey, plaintext, place)
    expect(a.length).toBe(1 + 32 + 1 + 12 + plaintext.length + 16)
    expect(a[0]).toBe(1)
    expect(a.subarray(1, 33).equals(b.subarray(1, 33))).toBe(false)
    expect(a.includes(plaintext)).toBe(false)
    expect(openSealed(key, publicKey, a, place).equals(plaintext)).toBe(true)
    expect(openSealed(key, publicKey, b, place).equals(plaintext)).toBe(true)
    const value = { title: 'a secret', list: [1, 2, 3] }
    expect(openSealedJson(key, publicKey, sealJson(publicKey, value, place), place)).toEqual(value)
  })

  it('opens only with the private key it was sealed to', () => {
    const target = recipient()
    const other = recipient()
    const blob = seal(target.publicKey, Buffer.from('only for the vault'), place)
    expectTampered(() => openSealed(other.key, other.publicKey, blob, place))
    expectTampered(() => openSealed(other.key, target.publicKey, blob, place))
    // The right private key with another public key named as recipient: the derived key differs.
    expectTampered(() => openSealed(target.key, other.publicKey, blob, place))
  })

  it('refuses a blob moved to another table, row, owner or field', () => {
    const { publicKey, key } = recipient()
    const blob = seal(publicKey, Buffer.from('bound to its row'), place)
    for (const field of ['table', 'rowId', 'ownerId', 'field'] as const) {
      expectTampered(() => openSealed(key, publicKey, blob, { ...place, [field]: `${place[field]}x` }))
    }
    expect(openSealed(key, publicKey, blob, place).toString()).toBe('bound to its row')
  })

  it('refuses a blob with any single bit changed, in the version, the ephemeral key, the IV, the ciphertext or the tag', () => {
    const { publicKey, key } = recipient()
    const blob = seal(publicKey, Buffer.from('a short sealed note'), place)
    for (let i = 0; i < blob.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const edited = Buffer.from(blob)
        edited[i] = edited[i]! ^ mask
        expectTampered(() => openSealed(key, publicKey, edited, place))
      }
    }
  })

  it('refuses a truncated or extended blob, and one with another version byte', () => {
    const { publicKey, key } = recipient()
    const blob = seal(publicKey, Buffer.from('whole'), place)
    for (let length = 0; length < blob.length; length++) expectTampered(() => openSealed(key, publicKey, blob.subarray(0, length), place))
    expectTampered(() => openSealed(key, publicKey, Buffer.concat([blob, Buffer.of(0)]), place))
    for (const version of [0x00, 0x02, 0xff]) expectTampered(() => openSealed(key, publicKey, Buffer.concat([Buffer.of(version), blob.subarray(1)]), place))
  })

  it('calls a low-order or zero ephemeral key TAMPERED, even with a blob made for its known shared secret', () => {
    const { publicKey, key } = recipient()
    const tail = encryptBlob(Buffer.alloc(32), Buffer.from('x'), place)
    for (const point of LOW_ORDER_POINTS) {
      expectTampered(() => openSealed(key, publicKey, Buffer.concat([Buffer.of(1), point, tail]), place))
      // What an attacker would send if the agreement gave all zeros instead of failing.
      expectTampered(() => openSealed(key, publicKey, handSealed(point, Buffer.alloc(32), publicKey, 'forged'), place))
    }
  })

  it('refuses to seal to a malformed or low-order public key rather than making something unopenable', () => {
    expectTampered(() => seal(Buffer.alloc(31, 1), Buffer.from('x'), place))
    expect(() => seal(LOW_ORDER_POINTS[0]!, Buffer.from('x'), place)).toThrow()
  })

  it('calls authentic bytes that are not JSON TAMPERED', () => {
    const { publicKey, key } = recipient()
    expectTampered(() => openSealedJson(key, publicKey, seal(publicKey, Buffer.from('{not json'), place), place))
  })
})
