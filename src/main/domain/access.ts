// Everything that opens a journal: creating one, unlocking with a passphrase or the
// recovery code, changing the passphrase. Wrong secrets count towards a growing wait.

import { MAX_PROFILES } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { calibrateKdf } from '../crypto/kdf.ts'
import { parseRecoveryCode } from '../crypto/recovery-code.ts'
import { randomId, wipe } from '../crypto/secret-buffer.ts'
import type { KeySlotRepository } from '../storage/key-slot-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { Database } from '../storage/database.ts'
import { passphraseProblem } from './passphrase-policy.ts'
import { newJournalKeys, openWithPassphrase, openWithRecovery, passphraseCost, passphraseSlot } from './journal-keys.ts'
import type { UnlockThrottle } from './unlock-throttle.ts'

export interface AccessDeps {
  db: Database
  profiles: ProfileRepository
  slots: KeySlotRepository
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

/** Refuses a try while `key` (a profile id, or another door such as a restore) must wait. */
export function checkNotThrottled(throttle: UnlockThrottle, key: string): void {
  const wait = throttle.waitFor(key)
  if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', `Too many wrong tries. Wait ${seconds(wait)}, then try again.`, { retryAfterMs: wait })
}

/** Counts a wrong secret against `key` and says so, with the wait before the next try. */
export function wrongSecret(throttle: UnlockThrottle, key: string, what: string, where = 'this journal'): AppError {
  const wait = throttle.fail(key)
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
    })()
  } catch (error) {
    wipe(key)
    throw error
  }
  return { profileId, key, recoveryCode }
}

export async function unlockWithPassphrase(deps: AccessDeps, profileId: string, passphrase: string): Promise<Buffer> {
  checkNotThrottled(deps.throttle, profileId)
  const key = await openWithPassphrase(deps.slots, profileId, passphrase)
  if (!key) throw wrongSecret(deps.throttle, profileId, 'passphrase')
  deps.throttle.succeed(profileId)
  return key
}

/** Opens with the recovery code and gives the journal a new passphrase. */
export async function recoverWithCode(deps: AccessDeps, profileId: string, recoveryCode: string, newPassphrase: string): Promise<Buffer> {
  await requireAcceptable(newPassphrase, 'newPassphrase', displayNameOf(deps, profileId))
  const secret = parseRecoveryCode(recoveryCode)
  checkNotThrottled(deps.throttle, profileId)
  let key: Buffer | null
  try {
    key = openWithRecovery(deps.slots, profileId, secret)
  } finally {
    wipe(secret)
  }
  if (!key) throw wrongSecret(deps.throttle, profileId, 'recovery code')
  deps.throttle.succeed(profileId)
  try {
    await setPassphrase(deps, profileId, key, newPassphrase)
  } catch (error) {
    wipe(key)
    throw error
  }
  return key
}

/** Rewraps the journal key under a new passphrase: constant time, whatever the journal's size. */
export async function setPassphrase(deps: AccessDeps, profileId: string, key: Buffer, newPassphrase: string): Promise<void> {
  await requireAcceptable(newPassphrase, 'newPassphrase', displayNameOf(deps, profileId))
  const { slotId, cost } = passphraseCost(deps.slots, profileId)
  const slot = await passphraseSlot(profileId, slotId, key, newPassphrase, cost)
  deps.slots.replace(slot.id, slot.kdf, slot.wrappedKey)
}
