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
 * A slot's format is in its AAD, so it says what the journal it opens must have; no one without
 * the secret can make it say less (docs/security.md, "Key slots"):
 * - 2: the journal keeps a record of its reflections, so deleting the record (with every
 *   reflection) cannot pass for a journal from before records;
 * - 3: its own copies of its questions are under its key, so a sealed one that claims to be its
 *   own was put there by someone else.
 * An older slot opens once, and is wrapped again at the newest format (same secret, same cost)
 * as soon as the journal it opened has caught up (app/session.ts).
 */
type SlotFormat = 1 | 2 | 3
const NEWEST_FORMAT: SlotFormat = 3

function slotPlace(slot: Pick<KeySlotRow, 'id' | 'profileId'>, format: SlotFormat = NEWEST_FORMAT): BlobPlace {
  const place: BlobPlace = { table: 'key_slots', rowId: slot.id, ownerId: slot.profileId, field: 'journal_key' }
  if (format > 1) place.version = format
  return place
}

/** An opened slot's journal key, and what its format says the journal has. */
export interface OpenedSlot {
  key: Buffer
  /** The journal keeps a record (format 2 and later). */
  anchored: boolean
  /** Its own questions are kept as its own (format 3). */
  ownCopies: boolean
  /** An older slot wrapped again at the newest format: the caller stores it once the journal has caught up. */
  renewed?: Pick<KeySlotRow, 'id' | 'kdf' | 'wrappedKey'>
}

/** What a journal made now (or just re-keyed) has: everything its newest slots say. */
export function newestSlot(key: Buffer): OpenedSlot {
  return { key, anchored: true, ownCopies: true }
}

function unwrapEither(kek: Buffer, slot: KeySlotRow): OpenedSlot | null {
  for (const format of [3, 2, 1] as const) {
    const key = unwrapKey(kek, slot.wrappedKey, slotPlace(slot, format))
    if (!key) continue
    const opened: OpenedSlot = { key, anchored: format >= 2, ownCopies: format >= 3 }
    if (format < NEWEST_FORMAT) opened.renewed = { id: slot.id, kdf: slot.kdf, wrappedKey: wrapKey(kek, key, slotPlace(slot)) }
    return opened
  }
  return null
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
