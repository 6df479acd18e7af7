// Everything that opens the vault: creating it together, opening it part by part, the
// recovery halves, and changing the joint passphrase. Each part is stretched as soon as
// it is given, so the two Argon2 derivations overlap; only the pair opens anything, and a
// wrong pair never says which part was wrong.

import type { VaultPartId } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { encryptBlob, encryptJson, type AeadKey } from '../crypto/aead.ts'
import { newJournalKey } from '../crypto/key-slots.ts'
import { calibrateKdf, type KdfParams } from '../crypto/kdf.ts'
import { parseRecoveryCode } from '../crypto/recovery-code.ts'
import { newSealingKeyPair } from '../crypto/seal.ts'
import { randomId, wipe } from '../crypto/secret-buffer.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import type { VaultRepository, VaultRow, VaultSlotRow } from '../storage/vault-repository.ts'
import type { UnlockThrottle } from '../passphrase/index.ts'
import { passphraseProblem } from '../passphrase/index.ts'
import { derivePart, jointSlot, newVaultKeys, openWithHalves, openWithPartKeys, openWithParts, partParams, recoverySlot } from './keys.ts'
import { vaultPlace } from './codec.ts'

/** Each part at most 512 MiB, since the two run together (docs/security.md, "Key slots"). */
const PART_MAX_MEMORY_KIB = 524288
/** A part given and not followed by the other is forgotten after this long. */
export const PART_WAIT_MS = 120_000
const THROTTLE_KEY = 'vault'
/** Written into each new vault's settings; a vault made before keeps the minutes it stored (2, then). */
export const DEFAULT_VAULT_AUTO_LOCK_MINUTES = 10

export interface VaultDoorDeps {
  vaults: VaultRepository
  profiles: ProfileRepository
  throttle: UnlockThrottle
  kdfTargetMs: number
  now: () => number
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000)
  return s === 1 ? '1 second' : `${s} seconds`
}

function noVault(): AppError {
  return new AppError('NOT_FOUND', 'There is no vault yet. Create it together first.')
}

function parseHalf(text: string, field: 'halfA' | 'halfB'): Buffer {
  try {
    return parseRecoveryCode(text)
  } catch {
    const which = field === 'halfA' ? 'first' : 'second'
    throw new AppError('INVALID_INPUT', `The ${which} half has a typo. Check each group against the printed half and try again.`, { field })
  }
}

/** A new key for partners' vouchers, as stored: under the vault key. */
export function newRosterKey(vaultKey: AeadKey, vaultId: string): Buffer {
  const rosterKey = newJournalKey()
  try {
    return encryptBlob(vaultKey, rosterKey, vaultPlace.rosterKey(vaultId))
  } finally {
    wipe(rosterKey)
  }
}

export class VaultDoor {
  readonly #deps: VaultDoorDeps
  readonly #pending = new Map<VaultPartId, { derived: Promise<Buffer>; at: number }>()

  constructor(deps: VaultDoorDeps) {
    this.#deps = deps
  }

  #names(): string[] {
    return this.#deps.profiles.list().map((p) => p.displayName)
  }

  /** Each part must be strong on its own, and the two must differ. */
  async #requireParts(partA: string, partB: string, fields: [string, string]): Promise<void> {
    for (const [part, field] of [
      [partA, fields[0]],
      [partB, fields[1]]
    ] as const) {
      const problem = await passphraseProblem(part, this.#names())
      if (problem) throw new AppError('INVALID_INPUT', problem, { field })
    }
    if (partA.normalize('NFKC') === partB.normalize('NFKC')) {
      throw new AppError('INVALID_INPUT', 'Your two parts are the same. Each of you needs a part of your own.', { field: fields[1] })
    }
  }

  #checkNotThrottled(): void {
    const wait = this.#deps.throttle.waitFor(THROTTLE_KEY)
    if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', `Too many wrong tries. Wait ${seconds(wait)}, then try again together.`, { retryAfterMs: wait })
  }

  #wrong(what: string): AppError {
    const wait = this.#deps.throttle.fail(THROTTLE_KEY)
    const then = wait > 0 ? ` Wait ${seconds(wait)} before the next try.` : ''
    return new AppError('WRONG_PASSPHRASE', `${what} do not open your vault. Each of you, type yours again.${then}`, wait > 0 ? { retryAfterMs: wait } : {})
  }

  #vault(): VaultRow {
    const vault = this.#deps.vaults.get()
    if (!vault) throw noVault()
    return vault
  }

  #slot(vault: VaultRow, kind: VaultSlotRow['kind']): VaultSlotRow {
    const slot = this.#deps.vaults.getSlot(vault.id, kind)
    if (!slot) throw new AppError('TAMPERED', "The vault's key record is missing, so it cannot be opened. Restore it from a backup.")
    return slot
  }

  /** Creates the vault for the two journals on this computer; returns its key and the two recovery halves. */
  async create(partA: string, partB: string) {
    await this.#requireParts(partA, partB, ['partA', 'partB'])
    const profiles = this.#deps.profiles.list()
    if (profiles.length < 2) throw new AppError('FORBIDDEN', 'The vault is for two: add your partner’s journal first.')
    if (this.#deps.vaults.get()) throw new AppError('LIMIT_REACHED', 'You already have a vault together. Open it with your two parts.')
    const cost = await this.#partCost()
    const vaultId = randomId()
    const { key, slots, halves } = await newVaultKeys(vaultId, partA, partB, cost)
    const pair = newSealingKeyPair()
    try {
      const row: VaultRow = {
        id: vaultId,
        partnerA: profiles[0]!.id,
        partnerB: profiles[1]!.id,
        publicKey: pair.publicKey,
        privateKey: encryptBlob(key, pair.privateKey, vaultPlace.privateKey(vaultId, [profiles[0]!.id, profiles[1]!.id])),
        settings: encryptJson(key, { autoLockMinutes: DEFAULT_VAULT_AUTO_LOCK_MINUTES }, vaultPlace.settings(vaultId)),
        rosterKey: newRosterKey(key, vaultId)
      }
      if (!this.#deps.vaults.create(row, slots)) throw new AppError('LIMIT_REACHED', 'You already have a vault together. Open it with your two parts.')
      this.reset()
      return { row, key, halves }
    } catch (error) {
      wipe(key)
      throw error
    } finally {
      wipe(pair.privateKey)
    }
  }

  /** Parts given and still waiting for the other; stale ones are forgotten. */
  partsGiven(): VaultPartId[] {
    const now = this.#deps.now()
    for (const [part, pending] of this.#pending) if (now - pending.at > PART_WAIT_MS) this.#forget(part)
    return (['a', 'b'] as const).filter((part) => this.#pending.has(part))
  }

  #forget(part: VaultPartId): void {
    const pending = this.#pending.get(part)
    this.#pending.delete(part)
    pending?.derived.then(wipe, () => undefined)
  }

  reset(): void {
    this.#forget('a')
    this.#forget('b')
  }

  /**
   * Takes one part. With only one given, resolves to null (waiting for the other); with both,
   * to the vault key, or throws WRONG_PASSPHRASE and forgets both parts.
   */
  async givePart(part: VaultPartId, passphrase: string): Promise<Buffer | null> {
    this.#checkNotThrottled()
    const vault = this.#vault()
    const params: KdfParams = partParams(this.#slot(vault, 'joint'))[part]
    this.#forget(part)
    const derived = derivePart(passphrase, params)
    // Observed now, so a failure while waiting for the other part is not an unhandled rejection.
    derived.catch(() => undefined)
    this.#pending.set(part, { derived, at: this.#deps.now() })
    if (this.partsGiven().length < 2) return null

    const a = this.#pending.get('a')!.derived
    const b = this.#pending.get('b')!.derived
    this.#pending.clear()
    const [keyA, keyB] = await Promise.allSettled([a, b])
    if (keyA.status === 'rejected' || keyB.status === 'rejected') {
      if (keyA.status === 'fulfilled') wipe(keyA.value)
      if (keyB.status === 'fulfilled') wipe(keyB.value)
      throw keyA.status === 'rejected' ? keyA.reason : (keyB as PromiseRejectedResult).reason
    }
    try {
      const key = openWithPartKeys(this.#slot(vault, 'joint'), keyA.value, keyB.value)
      if (!key) throw this.#wrong('Those two parts')
      this.#deps.throttle.succeed(THROTTLE_KEY)
      return key
    } finally {
      wipe(keyA.value, keyB.value)
    }
  }

  /**
   * Opens with both recovery halves, after checking the two new parts; returns the vault key.
   * The caller re-keys the vault with the new parts, which also gives it new halves.
   */
  async recoverKey(halfA: string, halfB: string, newPartA: string, newPartB: string): Promise<Buffer> {
    await this.#requireParts(newPartA, newPartB, ['newPartA', 'newPartB'])
    const vault = this.#vault()
    const a = parseHalf(halfA, 'halfA')
    let b: Buffer
    try {
      b = parseHalf(halfB, 'halfB')
    } catch (error) {
      wipe(a)
      throw error
    }
    this.#checkNotThrottled()
    let key: Buffer | null
    try {
      key = openWithHalves(this.#slot(vault, 'recovery'), a, b)
    } finally {
      wipe(a, b)
    }
    if (!key) throw this.#wrong('Those two halves')
    this.#deps.throttle.succeed(THROTTLE_KEY)
    this.reset()
    return key
  }

  /** Both current parts, checked like an opening, with the new ones checked first; the vault key, for a re-key. */
  async proveParts(currentA: string, currentB: string, newPartA: string, newPartB: string): Promise<Buffer> {
    await this.#requireParts(newPartA, newPartB, ['newPartA', 'newPartB'])
    this.#checkNotThrottled()
    const key = await openWithParts(this.#slot(this.#vault(), 'joint'), currentA, currentB)
    if (!key) throw this.#wrong('Those two current parts')
    this.#deps.throttle.succeed(THROTTLE_KEY)
    this.reset()
    return key
  }

  /** Both parts, checked like an opening (wrong tries count); the vault key they open. */
  async checkParts(partA: string, partB: string): Promise<Buffer> {
    this.#checkNotThrottled()
    const key = await openWithParts(this.#slot(this.#vault(), 'joint'), partA, partB)
    if (!key) throw this.#wrong('Those two parts')
    this.#deps.throttle.succeed(THROTTLE_KEY)
    return key
  }

  /** Both key slots for a new vault key (a re-key): the new parts calibrated afresh, and new halves. */
  async newSlots(vaultId: string, key: Buffer, partA: string, partB: string) {
    const vault = this.#vault()
    const joint = await jointSlot(vaultId, this.#slot(vault, 'joint').id, key, partA, partB, await this.#partCost())
    const { slot: recovery, halves } = recoverySlot(vaultId, key, this.#slot(vault, 'recovery').id)
    return { slots: [joint, recovery], halves }
  }

  /** Needs both current parts and both new ones; rewraps the vault key only. */
  async changeParts(currentA: string, currentB: string, newPartA: string, newPartB: string): Promise<void> {
    await this.#requireParts(newPartA, newPartB, ['newPartA', 'newPartB'])
    this.#checkNotThrottled()
    const vault = this.#vault()
    const key = await openWithParts(this.#slot(vault, 'joint'), currentA, currentB)
    if (!key) throw this.#wrong('Those two current parts')
    this.#deps.throttle.succeed(THROTTLE_KEY)
    try {
      await this.#setParts(vault, key, newPartA, newPartB)
    } finally {
      wipe(key)
    }
    // A part given before the change was stretched with the old salt: it could only fail.
    this.reset()
  }

  /** New parts at a cost calibrated here afresh: the stored one is plaintext, and may have been lowered. */
  async #setParts(vault: VaultRow, key: Buffer, partA: string, partB: string): Promise<void> {
    const current = this.#slot(vault, 'joint')
    const slot = await jointSlot(vault.id, current.id, key, partA, partB, await this.#partCost())
    this.#deps.vaults.replaceSlot(slot.id, slot.kdf, slot.wrappedKey)
  }

  #partCost() {
    return calibrateKdf({ targetMs: this.#deps.kdfTargetMs, maxMemoryKiB: PART_MAX_MEMORY_KIB })
  }
}
