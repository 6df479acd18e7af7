// The vault's key-encryption keys need BOTH partners (docs/security.md, "Key hierarchy"): each
// part of the joint passphrase is stretched on its own, and only the two together, in
// order, give the KEK. Neither part alone, nor the two swapped, says anything about it.

import { allocSecret, wipe } from './secret-buffer.ts'
import { hkdfSha256 } from './recovery-code.ts'

const KEY_BYTES = 32
const JOINT_INFO = 'sevenfold/vault/v1'
const RECOVERY_INFO = 'sevenfold/vault-recovery/v1'

function concatSecret(a: Uint8Array, b: Uint8Array): Buffer {
  const joined = allocSecret(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

function combine(a: Uint8Array, b: Uint8Array, salt: Uint8Array, info: string): Buffer {
  const ikm = concatSecret(a, b)
  try {
    return hkdfSha256(ikm, salt, info, KEY_BYTES)
  } finally {
    wipe(ikm)
  }
}

/** KEK = HKDF-SHA256(K_a ‖ K_b, info "sevenfold/vault/v1"), from the two Argon2id outputs. */
export function jointKek(keyA: Uint8Array, keyB: Uint8Array): Buffer {
  if (keyA.length !== KEY_BYTES || keyB.length !== KEY_BYTES) throw new Error('Each part key is 32 bytes')
  return combine(keyA, keyB, Buffer.alloc(0), JOINT_INFO)
}

/** The recovery slot's KEK from both halves of the vault's recovery code (160 random bits each). */
export function vaultRecoveryKek(halfA: Uint8Array, halfB: Uint8Array, salt: Uint8Array): Buffer {
  return combine(halfA, halfB, salt, RECOVERY_INFO)
}
