// The vault's random key, stored only wrapped: once under the joint KEK (both parts of the
// joint passphrase, each through Argon2id, then HKDF) and once under the recovery KEK (both
// halves of the vault's recovery code). Wrong parts simply fail to unwrap; nothing says which.
// Also the keys kept under the vault key: its private key (bound to its partners) and its roster key.

import { randomBytes } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import type { VaultPartId } from '../../shared/contract.ts'
import { decryptBlob, type BlobPlace } from '../crypto/aead.ts'
import { jointKek, vaultRecoveryKek } from '../crypto/joint-kek.ts'
import { deriveKey, newKdfParams, type KdfCost, type KdfParams } from '../crypto/kdf.ts'
import { newJournalKey, unwrapKey, wrapKey } from '../crypto/key-slots.ts'
import { generateRecoveryCode } from '../crypto/recovery-code.ts'
import { randomId, wipe } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { VaultRow, VaultSlotRow } from '../storage/vault-repository.ts'
import { vaultPlace } from './codec.ts'

export type PartParams = Record<VaultPartId, KdfParams>

interface RecoveryKdf {
  algorithm: 'hkdf-sha256'
  salt: string
}

function slotPlace(slot: Pick<VaultSlotRow, 'id' | 'vaultId'>): BlobPlace {
  return { table: 'vault_slots', rowId: slot.id, ownerId: slot.vaultId, field: 'vault_key' }
}

function damagedSlot(): AppError {
  return new AppError('TAMPERED', "The vault's key record is damaged, so it cannot be opened. Restore it from a backup.")
}

function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw damagedSlot()
  }
}

/** Stretches one part with its own parameters (deriveKey checks them and NFKC-normalises). */
export function derivePart(passphrase: string, params: KdfParams): Promise<Buffer> {
  return deriveKey(passphrase, params)
}

/** Both parts stretched at once: Argon2 runs on libuv's thread pool, so the two overlap. */
async function deriveBoth(partA: string, partB: string, params: PartParams): Promise<[Buffer, Buffer]> {
  const settled = await Promise.allSettled([derivePart(partA, params.a), derivePart(partB, params.b)])
  const [a, b] = settled
  if (a.status === 'fulfilled' && b.status === 'fulfilled') return [a.value, b.value]
  if (a.status === 'fulfilled') wipe(a.value)
  if (b.status === 'fulfilled') wipe(b.value)
  throw a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason
}

/** The joint slot for `key` under two new parts, keeping `cost` for each. */
export async function jointSlot(vaultId: string, slotId: string, key: Buffer, partA: string, partB: string, cost: KdfCost): Promise<VaultSlotRow> {
  const params: PartParams = { a: newKdfParams(cost), b: newKdfParams(cost) }
  const [keyA, keyB] = await deriveBoth(partA, partB, params)
  const kek = jointKek(keyA, keyB)
  try {
    return { id: slotId, vaultId, kind: 'joint', kdf: JSON.stringify(params), wrappedKey: wrapKey(kek, key, slotPlace({ id: slotId, vaultId })) }
  } finally {
    wipe(kek, keyA, keyB)
  }
}

/** A new recovery slot and the code's two halves, one for each partner. */
export function recoverySlot(vaultId: string, key: Buffer, id = randomId()): { slot: VaultSlotRow; halves: Record<VaultPartId, string> } {
  const a = generateRecoveryCode()
  const b = generateRecoveryCode()
  const salt = randomBytes(16)
  const kek = vaultRecoveryKek(a.secret, b.secret, salt)
  try {
    const kdf: RecoveryKdf = { algorithm: 'hkdf-sha256', salt: salt.toString('base64') }
    return {
      slot: { id, vaultId, kind: 'recovery', kdf: JSON.stringify(kdf), wrappedKey: wrapKey(kek, key, slotPlace({ id, vaultId })) },
      halves: { a: a.code, b: b.code }
    }
  } finally {
    wipe(kek, a.secret, b.secret)
  }
}

/** A new vault key with both of its slots. */
export async function newVaultKeys(vaultId: string, partA: string, partB: string, cost: KdfCost) {
  const key = newJournalKey()
  try {
    const joint = await jointSlot(vaultId, randomId(), key, partA, partB, cost)
    const { slot, halves } = recoverySlot(vaultId, key)
    return { key, slots: [joint, slot], halves }
  } catch (error) {
    wipe(key)
    throw error
  }
}

export function partParams(slot: VaultSlotRow): PartParams {
  const params = parseJson<Partial<PartParams>>(slot.kdf)
  if (typeof params !== 'object' || params === null || !params.a || !params.b) throw damagedSlot()
  return { a: params.a, b: params.b }
}

/** The vault key from the two stretched parts, or null if they do not open it. */
export function openWithPartKeys(slot: VaultSlotRow, keyA: Buffer, keyB: Buffer): Buffer | null {
  const kek = jointKek(keyA, keyB)
  try {
    return unwrapKey(kek, slot.wrappedKey, slotPlace(slot))
  } finally {
    wipe(kek)
  }
}

/** The vault key from both halves of the recovery code, or null if they do not open it. */
export function openWithHalves(slot: VaultSlotRow, halfA: Buffer, halfB: Buffer): Buffer | null {
  const kdf = parseJson<RecoveryKdf>(slot.kdf)
  if (kdf.algorithm !== 'hkdf-sha256' || typeof kdf.salt !== 'string') throw damagedSlot()
  const kek = vaultRecoveryKek(halfA, halfB, Buffer.from(kdf.salt, 'base64'))
  try {
    return unwrapKey(kek, slot.wrappedKey, slotPlace(slot))
  } finally {
    wipe(kek)
  }
}

/** Both parts at once (changing the joint passphrase): the vault key, or null. */
export async function openWithParts(slot: VaultSlotRow, partA: string, partB: string): Promise<Buffer | null> {
  const [keyA, keyB] = await deriveBoth(partA, partB, partParams(slot))
  try {
    return openWithPartKeys(slot, keyA, keyB)
  } finally {
    wipe(keyA, keyB)
  }
}

/**
 * The vault's private key, bound to its two partners; a vault from before that binding opens
 * unbound once (`unbound`: the caller binds it with a new pair, binding.ts), and only if
 * its partners are two of `profileIds`, the journals on this computer. Null when it fails (sealed
 * items then wait, counted damaged; the secrets still open), and when the partners are one.
 */
export function openPrivateKey(row: VaultRow, key: SessionKey, profileIds: readonly string[]): { privateKey: Buffer | null; unbound: boolean } {
  if (row.partnerA === row.partnerB) return { privateKey: null, unbound: false }
  const places: Array<[BlobPlace, boolean]> = [[vaultPlace.privateKey(row.id, [row.partnerA, row.partnerB]), false]]
  if (profileIds.includes(row.partnerA) && profileIds.includes(row.partnerB)) places.push([vaultPlace.privateKey(row.id), true])
  for (const [place, unbound] of places) {
    try {
      return { privateKey: decryptBlob(key.cipherKey, row.privateKey, place), unbound }
    } catch {
      // Try the place of vaults from before the binding, then give up.
    }
  }
  return { privateKey: null, unbound: false }
}

export function openRosterKey(row: VaultRow, key: SessionKey): Buffer | null {
  if (!row.rosterKey) return null
  try {
    return decryptBlob(key.cipherKey, row.rosterKey, vaultPlace.rosterKey(row.id))
  } catch {
    return null
  }
}
