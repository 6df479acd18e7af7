// Everything that opens a journal: creating one, unlocking with a passphrase or the
// recovery code, changing the passphrase. Wrong secrets count towards a growing wait.

import { MAX_PROFILES } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { calibrateKdf } from '../crypto/kdf.ts'
import { parseRecoveryCode } from '../crypto/recovery-code.ts'
import { randomId, wipe } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { KeySlotRepository } from '../storage/key-slot-repository.ts'
import type { ReflectionRecordRepository } from '../storage/reflection-record-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { Database } from '../storage/database.ts'
import { newJournalKeys, openWithPassphrase, openWithRecovery, passphraseSlot, slotId, type OpenedSlot } from './key-slots.ts'
import { ReflectionRecord } from './reflection-record.ts'
import { passphraseProblem } from '../passphrase/index.ts'
import type { UnlockThrottle } from '../passphrase/index.ts'

export interface AccessDeps {
  db: Database
  profiles: ProfileRepository
  slots: KeySlotRepository
  records: ReflectionRecordRepository
  throttle: UnlockThrottle
  /** How long one passphrase derivation should take on this computer (0 = the floor). */
  kdfTargetMs: number
}

/** Refuses a weak new passphrase; the partner's own name counts for nothing in it. */
export async function requireAcceptable(passphrase: string, field: string, displayName?: string): Promise<void> {
  const problem = await passphraseProblem(passphrase, displayName ? [displayName] : [])
  if (problem) throw new AppError('INVALID_INPUT', problem, { field })
}

export function displayNameOf(deps: Pick<AccessDeps, 'profiles'>, profileId: string): string | undefined {
  return deps.profiles.list().find((p) => p.id === profileId)?.displayName
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000)
  return s === 1 ? '1 second' : `${s} seconds`
}

/**
 * Refuses a try while any of `keys` (profile ids, or other doors such as a restore) must wait:
 * a passphrase tried at one door is tried at every journal behind it.
 */
export function checkNotThrottled(throttle: UnlockThrottle, ...keys: string[]): void {
  const wait = Math.max(0, ...keys.map((key) => throttle.waitFor(key)))
  if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', `Too many wrong tries. Wait ${seconds(wait)}, then try again.`, { retryAfterMs: wait })
}

/** Counts a wrong secret against each of `keys` and says so, with the longest wait before the next try. */
export function wrongSecret(throttle: UnlockThrottle, keys: string | string[], what: string, where = 'this journal'): AppError {
  const wait = Math.max(0, ...[keys].flat().map((key) => throttle.fail(key)))
  const then = wait > 0 ? ` Wait ${seconds(wait)} before the next try.` : ''
  return new AppError('WRONG_PASSPHRASE', `That ${what} does not open ${where}. Check it and try again.${then}`, wait > 0 ? { retryAfterMs: wait } : {})
}

export async function createProfile(deps: AccessDeps, displayName: string, passphrase: string) {
  await requireAcceptable(passphrase, 'passphrase', displayName)
  const existing = deps.profiles.list()
  if (existing.length >= MAX_PROFILES) {
    throw new AppError('LIMIT_REACHED', 'This computer already holds both partners’ journals; Sevenfold keeps two.')
  }
  const profileId = randomId()
  const cost = await calibrateKdf({ targetMs: deps.kdfTargetMs })
  const { key, slots, recoveryCode } = await newJournalKeys(profileId, passphrase, cost)
  try {
    deps.db.transaction(() => {
      const position = Math.max(0, ...deps.profiles.list().map((p) => p.position + 1))
      deps.profiles.insert({ id: profileId, displayName: displayName.trim(), position })
      for (const slot of slots) deps.slots.insert(slot)
      for (const row of ReflectionRecord.firstRows(profileId, key)) deps.records.put(profileId, row)
    })()
  } catch (error) {
    wipe(key)
    throw error
  }
  return { profileId, key, recoveryCode }
}

export async function unlockWithPassphrase(deps: AccessDeps, profileId: string, passphrase: string): Promise<OpenedSlot> {
  checkNotThrottled(deps.throttle, profileId)
  const opened = await openWithPassphrase(deps.slots, profileId, passphrase)
  if (!opened) throw wrongSecret(deps.throttle, profileId, 'passphrase')
  deps.throttle.succeed(profileId)
  return opened
}

/**
 * The open journal's passphrase, asked again before something that cannot be undone (a new
 * passphrase, deleting the journal, ending the vault alone). It must open this journal's own
 * key: a slot the other partner planted in the file, wrapping some other key under a passphrase
 * of theirs, opens something else and is refused like a wrong passphrase.
 */
export async function proveOwnPassphrase(deps: AccessDeps, profileId: string, open: SessionKey, passphrase: string): Promise<OpenedSlot> {
  checkNotThrottled(deps.throttle, profileId)
  const opened = await openWithPassphrase(deps.slots, profileId, passphrase)
  if (!opened || !open.matches(opened.key)) {
    if (opened) wipe(opened.key)
    throw wrongSecret(deps.throttle, profileId, 'passphrase')
  }
  deps.throttle.succeed(profileId)
  return opened
}

/**
 * Opens with the recovery code, once the new passphrase is seen to be acceptable. The caller
 * re-keys the journal under the new passphrase, which also replaces the used code.
 */
export async function recoverWithCode(deps: AccessDeps, profileId: string, recoveryCode: string, newPassphrase: string): Promise<OpenedSlot> {
  await requireAcceptable(newPassphrase, 'newPassphrase', displayNameOf(deps, profileId))
  const secret = parseRecoveryCode(recoveryCode)
  checkNotThrottled(deps.throttle, profileId)
  let opened: OpenedSlot | null
  try {
    opened = openWithRecovery(deps.slots, profileId, secret)
  } finally {
    wipe(secret)
  }
  if (!opened) throw wrongSecret(deps.throttle, profileId, 'recovery code')
  deps.throttle.succeed(profileId)
  return opened
}

/**
 * Rewraps the journal key under a new passphrase: constant time, whatever the journal's size.
 * The cost is calibrated on this computer afresh, never read from the file, where anyone can
 * lower it (docs/security.md, "Key slots").
 */
export async function setPassphrase(deps: AccessDeps, profileId: string, key: Buffer, newPassphrase: string): Promise<void> {
  await requireAcceptable(newPassphrase, 'newPassphrase', displayNameOf(deps, profileId))
  const cost = await calibrateKdf({ targetMs: deps.kdfTargetMs })
  const slot = await passphraseSlot(profileId, slotId(deps.slots, profileId), key, newPassphrase, cost)
  deps.slots.replace(slot.id, slot.kdf, slot.wrappedKey)
}
