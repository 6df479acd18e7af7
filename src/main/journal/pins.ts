// What a journal has proven about the vault it seals to, kept under its own journal key
// (docs/security.md, "Pinned keys"): the vault's id, its public key, and the key partners vouch
// for their sealing keys with. Written only at a moment the vault's keys are proven (the vault
// open together, or just made or re-keyed, with this journal's key at hand), never taken on
// sight from the file. The blob is bound to its save in the journal's record, so older pins
// put back (from before a vault re-key) fail their check.

import { decryptBlob, encryptBlob, type AeadKey, type BlobPlace } from '../crypto/aead.ts'
import { allocSecret, wipe } from '../crypto/secret-buffer.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'

const FORMAT = 1
// Pins forgotten (the vault they named was ended): a save of its own, so older pins put back still fail their check.
const NONE = 0
const KEY_BYTES = 32

export interface Pins {
  vaultId: string
  /** The vault's X25519 public key: the only key anything this journal seals goes to. */
  vaultPublicKey: Buffer
  /** Secret: wipe with `forget` once used. */
  rosterKey: Buffer
}

/** Where a journal's pins live; `version`: their save in the record (none for pins from before that). */
export function pinsPlace(profileId: string, version: number | undefined): BlobPlace {
  const place: BlobPlace = { table: 'journal_pins', rowId: profileId, ownerId: profileId, field: 'pins' }
  if (version !== undefined) place.version = version
  return place
}

/** Wipes the secret part of pins that were read. */
export function forget(pins: Pins | null): void {
  if (pins) wipe(pins.rosterKey)
}

/** This journal's pins at save `version`; null if it has none yet; 'damaged' if they fail their check. */
export function readPins(repo: JournalPinRepository, profileId: string, key: AeadKey, version: number | undefined): Pins | null | 'damaged' {
  const blob = repo.get(profileId)
  if (!blob) return version === undefined ? null : 'damaged'
  let bytes: Buffer
  try {
    bytes = decryptBlob(key, blob, pinsPlace(profileId, version))
  } catch {
    return 'damaged'
  }
  try {
    if (bytes.length === 1 && bytes[0] === NONE) return null
    const idLength = bytes[1] ?? 0
    if (bytes[0] !== FORMAT || bytes.length !== 2 + idLength + 2 * KEY_BYTES) return 'damaged'
    const at = 2 + idLength
    const rosterKey = allocSecret(KEY_BYTES)
    bytes.copy(rosterKey, 0, at + KEY_BYTES)
    return { vaultId: bytes.toString('utf8', 2, at), vaultPublicKey: Buffer.from(bytes.subarray(at, at + KEY_BYTES)), rosterKey }
  } finally {
    wipe(bytes)
  }
}

export function writePins(repo: JournalPinRepository, profileId: string, key: AeadKey, pins: Pins, version: number): void {
  const id = Buffer.from(pins.vaultId, 'utf8')
  const bytes = allocSecret(2 + id.length + 2 * KEY_BYTES)
  try {
    bytes[0] = FORMAT
    bytes[1] = id.length
    id.copy(bytes, 2)
    pins.vaultPublicKey.copy(bytes, 2 + id.length)
    pins.rosterKey.copy(bytes, 2 + id.length + KEY_BYTES)
    repo.put(profileId, encryptBlob(key, bytes, pinsPlace(profileId, version)))
  } finally {
    wipe(bytes)
  }
}

/** Forgets the journal's pins at save `version`: the vault they named is gone, and a new one is pinned afresh. */
export function writeNoPins(repo: JournalPinRepository, profileId: string, key: AeadKey, version: number): void {
  repo.put(profileId, encryptBlob(key, Buffer.from([NONE]), pinsPlace(profileId, version)))
}

/** Whether stored pins already say exactly this (so a joint open need not write them again). */
export function samePins(a: Pins, b: Pins): boolean {
  return a.vaultId === b.vaultId && a.vaultPublicKey.equals(b.vaultPublicKey) && a.rosterKey.equals(b.rosterKey)
}
