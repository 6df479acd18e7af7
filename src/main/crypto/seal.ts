// Sealing to a public key (docs/security.md, "Primitives"): X25519 with a fresh ephemeral key per
// item, HKDF-SHA256 over the shared secret, then the ordinary blob AEAD bound to its place.
// Anyone holding the public key can seal; only the private key's holder can open.
//
// Keys travel as bytes we can wipe: the public key raw (32 bytes, stored in plaintext),
// the private key as PKCS#8 DER (stored only encrypted). A KeyObject is made for each use.

import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import { decryptBlob, encryptBlob, type BlobPlace } from './aead.ts'
import { hkdfSha256 } from './recovery-code.ts'
import { parseJsonBytes, wipe, withJsonBytes } from './secret-buffer.ts'

const VERSION = 0x01
const PUBLIC_BYTES = 32
const INFO = 'sevenfold/seal/v1'
// DER prefix of an X25519 SubjectPublicKeyInfo; the raw key follows it.
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex')

export interface SealingKeyPair {
  /** Raw 32-byte X25519 public key. */
  publicKey: Buffer
  /** PKCS#8 DER of the private key: the caller encrypts it and wipes this buffer. */
  privateKey: Buffer
}

export function newSealingKeyPair(): SealingKeyPair {
  const pair = generateKeyPairSync('x25519')
  const spki = pair.publicKey.export({ format: 'der', type: 'spki' })
  return { publicKey: Buffer.from(spki.subarray(SPKI_PREFIX.length)), privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }) }
}

function tampered(): AppError {
  return new AppError('TAMPERED', 'This sealed item failed its integrity check and was not opened. Everything else is unaffected.')
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  if (raw.length !== PUBLIC_BYTES) throw tampered()
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' })
}

/** The AEAD key both sides derive; bound to both public keys so neither can be swapped. */
function sealKey(privateKey: KeyObject, peer: KeyObject, ephemeralPublic: Uint8Array, recipientPublic: Uint8Array): Buffer {
  const shared = diffieHellman({ privateKey, publicKey: peer })
  try {
    return hkdfSha256(shared, Buffer.concat([ephemeralPublic, recipientPublic]), INFO, 32)
  } finally {
    wipe(shared)
  }
}

/** version 0x01 ‖ 32-byte ephemeral public key ‖ AEAD blob */
export function seal(recipientPublicKey: Uint8Array, plaintext: Uint8Array, place: BlobPlace): Buffer {
  const recipient = publicKeyObject(recipientPublicKey)
  const ephemeral = newSealingKeyPair()
  const ephemeralPrivate = createPrivateKey({ key: ephemeral.privateKey, format: 'der', type: 'pkcs8' })
  wipe(ephemeral.privateKey)
  const key = sealKey(ephemeralPrivate, recipient, ephemeral.publicKey, recipientPublicKey)
  try {
    return Buffer.concat([Buffer.of(VERSION), ephemeral.publicKey, encryptBlob(key, plaintext, place)])
  } finally {
    wipe(key)
  }
}

/** The recipient's private key (PKCS#8 DER) as a KeyObject, for opening a batch of items. */
export function openingKey(privateKeyDer: Uint8Array): KeyObject {
  // A view, never Buffer.from(bytes): that copies small buffers into Node's shared pool, unwiped.
  const der = Buffer.from(privateKeyDer.buffer, privateKeyDer.byteOffset, privateKeyDer.byteLength)
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
}

/** The raw public key that belongs to a private key: checks that a stored public key was not swapped. */
export function publicKeyOf(privateKey: KeyObject): Buffer {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' })
  return Buffer.from(spki.subarray(SPKI_PREFIX.length))
}

/** The plaintext in a fresh buffer; TAMPERED if the blob was changed, moved, or sealed to another key. */
export function openSealed(privateKey: KeyObject, recipientPublicKey: Uint8Array, blob: Uint8Array, place: BlobPlace): Buffer {
  if (!(blob instanceof Uint8Array) || blob.length < 1 + PUBLIC_BYTES || blob[0] !== VERSION) throw tampered()
  const ephemeralPublic = blob.subarray(1, 1 + PUBLIC_BYTES)
  let key: Buffer
  try {
    key = sealKey(privateKey, publicKeyObject(ephemeralPublic), ephemeralPublic, recipientPublicKey)
  } catch {
    // A low-order or malformed ephemeral key makes the agreement itself fail.
    throw tampered()
  }
  try {
    return decryptBlob(key, blob.subarray(1 + PUBLIC_BYTES), place)
  } finally {
    wipe(key)
  }
}

export function sealJson(recipientPublicKey: Uint8Array, value: unknown, place: BlobPlace): Buffer {
  return withJsonBytes(value, (plaintext) => seal(recipientPublicKey, plaintext, place))
}

/** The parsed value, unvalidated: the caller checks its shape. */
export function openSealedJson<T>(privateKey: KeyObject, recipientPublicKey: Uint8Array, blob: Uint8Array, place: BlobPlace): T {
  return parseJsonBytes<T>(openSealed(privateKey, recipientPublicKey, blob, place), tampered)
}
