// Re-keying a journal (docs/security.md, "Re-keying"): a new random journal key, everything
// under the old one encrypted again under it, a new sealing key pair, and new key slots (the
// new passphrase, calibrated afresh, and a new recovery code). Someone who learnt the old
// passphrase or code can then open only old copies (a backup), never what is written after.
//
// It is one transaction over many turns of the event loop, a slice of reflections per turn: a
// crash, a lock or a failure rolls all of it back, and the old passphrase still opens the
// journal as it was. Items that fail their check under the old key are left as they are. The
// pictures' files are written anew beside the old ones (pictures/picture-rekey.ts).

import type { KeyObject } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { AppError } from '../../shared/errors.ts'
import { decryptBlob, encryptBlob, type AeadKey } from '../crypto/aead.ts'
import { calibrateKdf } from '../crypto/kdf.ts'
import { newJournalKey } from '../crypto/key-slots.ts'
import { newSealingKeyPair, openingKey, publicKeyOf } from '../crypto/seal.ts'
import { allocSecret, wipe } from '../crypto/secret-buffer.ts'
import { SessionKey } from '../crypto/session-key.ts'
import { vouch } from '../crypto/voucher.ts'
import type { Database } from '../storage/database.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { JournalStore } from '../storage/journal-store.ts'
import type { KeySlotRepository } from '../storage/key-slot-repository.ts'
import { LongTransaction } from '../storage/long-transaction.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { SettingsRepository } from '../storage/settings-repository.ts'
import { encryptedAgain, sealedAgain } from '../crypto/blob-again.ts'
import { passphraseSlot, recoverySlot, slotId } from './key-slots.ts'
import { forget, pinsPlace, readPins } from './pins.ts'
import { settingsPlace } from './settings.ts'
import type { OpenJournal } from './open-journal.ts'
import { decryptBody, decryptHeader, encryptBody, encryptHeader } from './reflection-codec.ts'
import { profilePlace, promptPlace, voucherContext } from './sealing-pair.ts'

// Four AES-GCM operations and two writes each: 100 take about 15 ms, so a slice (with a
// garbage collection on top) stays well inside the 50 ms a turn may take.
const REFLECTIONS_PER_TURN = 100

export interface RekeyDeps {
  db: Database
  store: JournalStore
  slots: KeySlotRepository
  settings: SettingsRepository
  profileKeys: ProfileKeyRepository
  pins: JournalPinRepository
  reveals: RevealRepository
  kdfTargetMs: number
  /** The journal's pictures, written again under the new key (pictures/picture-rekey.ts). */
  pictures?: PicturesAgain
}

/** What a re-key asks of the pictures: see pictures/picture-rekey.ts. */
export interface PicturesAgain {
  again(profileId: string, oldKey: KeyObject, newKey: KeyObject, between: () => void): Promise<(committed: boolean) => Promise<void>>
}

export interface RekeyControl {
  /** Asked between slices: true once a lock arrived, which rolls everything back. */
  cancelled(): boolean
  progress(done: number, total: number): void
}

/** The journal being re-keyed: the open one, with its session key (replaced by the new one on success). */
export type RekeyTarget = Pick<OpenJournal, 'journal' | 'key'>

function lockedMeanwhile(): AppError {
  return new AppError('LOCKED', 'Sevenfold was locked before the re-key finished. Nothing was changed: your journal opens with your old passphrase.')
}

/** Re-keys the open journal; on success its session key is the new one. Returns the new recovery code. */
export async function rekeyJournal(deps: RekeyDeps, open: RekeyTarget, newPassphrase: string, control: RekeyControl): Promise<string> {
  const { profileId } = open.journal
  const newBytes = newJournalKey()
  // Its own copy (never Buffer.from, which pools small buffers): `fresh` wipes it when closed.
  const copy = allocSecret(newBytes.length)
  newBytes.copy(copy)
  const fresh = new SessionKey(copy)
  let transaction: LongTransaction | null = null
  let picturesDone: ((committed: boolean) => Promise<void>) | null = null
  try {
    const cost = await calibrateKdf({ targetMs: deps.kdfTargetMs })
    const passphrase = await passphraseSlot(profileId, slotId(deps.slots, profileId), newBytes, newPassphrase, cost)
    const recovery = recoverySlot(profileId, newBytes, slotId(deps.slots, profileId, 'recovery'))
    if (control.cancelled()) throw lockedMeanwhile()
    transaction = new LongTransaction(deps.db)
    await reflectionsAgain(deps, open, fresh.cipherKey, control)
    picturesDone =
      (await deps.pictures?.again(profileId, open.key.cipherKey, fresh.cipherKey, () => {
        if (control.cancelled()) throw lockedMeanwhile()
      })) ?? null
    const record = open.journal.recordUnder(fresh.cipherKey)
    for (const row of record.rows) deps.store.record.put(profileId, row)
    smallBlobsAgain(deps, open, fresh.cipherKey)
    newSealingPair(deps, open, fresh.cipherKey)
    for (const slot of [passphrase, recovery.slot]) deps.slots.replace(slot.id, slot.kdf, slot.wrappedKey)
    if (!(await transaction.commit(() => !control.cancelled()))) throw lockedMeanwhile()
    transaction = null
    record.apply()
    open.key.replace(newBytes)
    // The old pictures' files go only now: until the commit, the rows named them.
    const done = picturesDone
    picturesDone = null
    await done?.(true)
    return recovery.recoveryCode
  } catch (error) {
    transaction?.rollback()
    await picturesDone?.(false)
    wipe(newBytes)
    throw error
  } finally {
    fresh.close()
  }
}

async function reflectionsAgain(deps: RekeyDeps, open: RekeyTarget, newKey: AeadKey, control: RekeyControl): Promise<void> {
  const { reflections } = deps.store
  const { profileId } = open.journal
  const oldKey = open.key.cipherKey
  const total = reflections.count(profileId)
  let done = 0
  for (let after = 0; ;) {
    await nextTurn()
    if (control.cancelled()) throw lockedMeanwhile()
    const rows = reflections.headerPage(profileId, after, REFLECTIONS_PER_TURN)
    for (const row of rows) {
      let read: ReturnType<typeof decryptHeader>
      try {
        read = decryptHeader(oldKey, row.id, profileId, row.header)
      } catch {
        continue
      }
      const header = encryptHeader(newKey, row.id, profileId, read.header, read.saves)
      const stored = reflections.getBody(row.id, profileId)
      let body: Buffer | null = null
      if (stored) {
        try {
          body = encryptBody(newKey, row.id, profileId, decryptBody(oldKey, row.id, profileId, stored, read.saves.bodyVersion), read.saves.bodyVersion)
        } catch {
          // A damaged body stays damaged; its header still moves.
        }
      }
      if (body) reflections.update({ id: row.id, profileId, header, body })
      else reflections.updateHeader(row.id, profileId, header)
    }
    done += rows.length
    control.progress(done, total)
    if (rows.length < REFLECTIONS_PER_TURN) return
    after = rows.at(-1)!.position
  }
}

/** The journal's settings and its pins, each one small blob, at the save its record holds. */
function smallBlobsAgain(deps: RekeyDeps, open: RekeyTarget, newKey: AeadKey): void {
  const { profileId } = open.journal
  const oldKey = open.key.cipherKey
  const settings = deps.settings.get(profileId)
  const settingsAgain = settings && encryptedAgain(oldKey, newKey, settings, settingsPlace(profileId, open.journal.guarded.versionOf('@settings')))
  if (settingsAgain) deps.settings.put(profileId, settingsAgain)
  const pins = deps.pins.get(profileId)
  const pinsAgain = pins && encryptedAgain(oldKey, newKey, pins, pinsPlace(profileId, open.journal.guarded.versionOf('@pins')))
  if (pinsAgain) deps.pins.put(profileId, pinsAgain)
}

/**
 * A new sealing key pair under the new key, with its voucher if the journal has pins; questions
 * sealed to the old pair are opened and sealed again to the new one.
 */
function newSealingPair(deps: RekeyDeps, open: RekeyTarget, newKey: AeadKey): void {
  const { profileId } = open.journal
  const row = deps.profileKeys.get(profileId)
  const pair = newSealingKeyPair()
  try {
    const pins = readPins(deps.pins, profileId, newKey, open.journal.guarded.versionOf('@pins'))
    const voucher = pins && pins !== 'damaged' ? vouch(pins.rosterKey, voucherContext(pins.vaultId, profileId), pair.publicKey) : null
    forget(pins === 'damaged' ? null : pins)
    deps.profileKeys.replace({ profileId, publicKey: pair.publicKey, privateKey: encryptBlob(newKey, pair.privateKey, profilePlace(profileId)), voucher })
    if (!row) return
    let oldDer: Buffer
    try {
      oldDer = decryptBlob(open.key.cipherKey, row.privateKey, profilePlace(profileId))
    } catch {
      return
    }
    try {
      const oldKey = openingKey(oldDer)
      // Its questions were sealed to the key its private key proves, whatever the file says now.
      const ownPublic = publicKeyOf(oldKey)
      for (const prompt of deps.reveals.promptsFor(profileId)) {
        const sealed = sealedAgain(oldKey, ownPublic, pair.publicKey, prompt.sealed, promptPlace.prompt(prompt.revealId, profileId))
        // Its own questions are under the journal key instead (question-copies.ts).
        const again = sealed ?? encryptedAgain(open.key.cipherKey, newKey, prompt.sealed, promptPlace.ownPrompt(prompt.revealId, profileId))
        // Unreadable either way: it stays as it is, counted as damaged at the next unlock.
        if (again) deps.reveals.replacePrompt({ ...prompt, sealed: again })
      }
    } finally {
      wipe(oldDer)
    }
  } finally {
    wipe(pair.privateKey)
  }
}
