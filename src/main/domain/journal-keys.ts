// A journal's random key is stored only wrapped, once per slot: under a key derived from
// the passphrase (Argon2id) and under one derived from the recovery code (HKDF; the code
// is 160 random bits). No passphrase hash is kept: a wrong one simply fails to unwrap.

import { randomBytes } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import type { BlobPlace } from '../crypto/aead.ts'
import { deriveKey, newKdfParams, type KdfCost, type KdfParams } from '../crypto/kdf.ts'
import { newJournalKey, unwrapKey, wrapKey } from '../crypto/key-slots.ts'
import { generateRecoveryCode, recoveryKek } from '../crypto/recovery-code.ts'
import { randomId, wipe } from '../crypto/secret-buffer.ts'
import type { KeySlotRepository, KeySlotRow } from '../storage/key-slot-repository.ts'

interface RecoveryKdf {
  algorithm: 'hkdf-sha256'
  salt: string
}

/**
 * Slots made since journals keep a record of their reflections carry format 2 in their AAD, so
 * a journal opened with one must have that record: deleting the record (with every reflection)
 * cannot pass for a journal from before records. An older slot opens without it once, and is
 * wrapped again at format 2 as soon as the journal it opened has its record.
 */
const ANCHORED_FORMAT = 2

function slotPlace(slot: Pick<KeySlotRow, 'id' | 'profileId'>, anchored = true): BlobPlace {
  const place: BlobPlace = { table: 'key_slots', rowId: slot.id, ownerId: slot.profileId, field: 'journal_key' }
  if (anchored) place.version = ANCHORED_FORMAT
  return place
}

/** An opened slot's journal key, and whether the slot says the journal keeps a record. */
export interface OpenedSlot {
  key: Buffer
  anchored: boolean
  /**
   * An older slot wrapped again at format 2 under the same secret: the caller stores it once the
   * journal is open (its record then exists), so an older slot does not stay older for good.
   */
  anchor?: Pick<KeySlotRow, 'id' | 'kdf' | 'wrappedKey'>
}

function unwrapEither(kek: Buffer, slot: KeySlotRow): OpenedSlot | null {
  const key = unwrapKey(kek, slot.wrappedKey, slotPlace(slot))
  if (key) return { key, anchored: true }
  const legacy = unwrapKey(kek, slot.wrappedKey, slotPlace(slot, false))
  if (!legacy) return null
  return { key: legacy, anchored: false, anchor: { id: slot.id, kdf: slot.kdf, wrappedKey: wrapKey(kek, legacy, slotPlace(slot)) } }
}

function damagedSlot(): AppError {
  return new AppError('TAMPERED', "This journal's key record is damaged, so it cannot be opened. Restore it from a backup.")
}

function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw damagedSlot()
  }
}

export async function passphraseSlot(profileId: string, slotId: string, key: Buffer, passphrase: string, cost: KdfCost): Promise<KeySlotRow> {
  const params = newKdfParams(cost)
  const kek = await deriveKey(passphrase, params)
  try {
    const place = slotPlace({ id: slotId, profileId })
    return { id: slotId, profileId, kind: 'passphrase', kdf: JSON.stringify(params), wrappedKey: wrapKey(kek, key, place) }
  } finally {
    wipe(kek)
  }
}

/** A recovery slot for `key` with a new code (in place of slot `id`, if given). */
export function recoverySlot(profileId: string, key: Buffer, id = randomId()): { slot: KeySlotRow; recoveryCode: string } {
  const { code, secret } = generateRecoveryCode()
  const salt = randomBytes(16)
  const kek = recoveryKek(secret, salt)
  try {
    const kdf: RecoveryKdf = { algorithm: 'hkdf-sha256', salt: salt.toString('base64') }
    const wrappedKey = wrapKey(kek, key, slotPlace({ id, profileId }))
    return { slot: { id, profileId, kind: 'recovery', kdf: JSON.stringify(kdf), wrappedKey }, recoveryCode: code }
  } finally {
    wipe(kek, secret)
  }
}

/** A new journal key with both of its slots; the caller stores the slots. */
export async function newJournalKeys(profileId: string, passphrase: string, cost: KdfCost) {
  const key = newJournalKey()
  const passSlot = await passphraseSlot(profileId, randomId(), key, passphrase, cost)
  const { slot, recoveryCode } = recoverySlot(profileId, key)
  return { key, slots: [passSlot, slot], recoveryCode }
}

function requireSlot(slots: KeySlotRepository, profileId: string, kind: KeySlotRow['kind']): KeySlotRow {
  const slot = slots.get(profileId, kind)
  if (!slot) throw new AppError('NOT_FOUND', 'There is no such journal on this computer.')
  return slot
}

/** The journal key, or null if the passphrase does not open it. */
export async function openWithPassphrase(slots: KeySlotRepository, profileId: string, passphrase: string): Promise<OpenedSlot | null> {
  const slot = requireSlot(slots, profileId, 'passphrase')
  const params = parseJson<KdfParams>(slot.kdf)
  const kek = await deriveKey(passphrase, params)
  try {
    return unwrapEither(kek, slot)
  } finally {
    wipe(kek)
  }
}

/** The journal key, or null if the recovery code does not open it. */
export function openWithRecovery(slots: KeySlotRepository, profileId: string, secret: Buffer): OpenedSlot | null {
  const slot = requireSlot(slots, profileId, 'recovery')
  const kdf = parseJson<RecoveryKdf>(slot.kdf)
  if (kdf.algorithm !== 'hkdf-sha256' || typeof kdf.salt !== 'string') throw damagedSlot()
  const kek = recoveryKek(secret, Buffer.from(kdf.salt, 'base64'))
  try {
    return unwrapEither(kek, slot)
  } finally {
    wipe(kek)
  }
}

/** The id of a slot, which a new passphrase (or code) replaces in place. */
export function slotId(slots: KeySlotRepository, profileId: string, kind: KeySlotRow['kind'] = 'passphrase'): string {
  return requireSlot(slots, profileId, kind).id
}
