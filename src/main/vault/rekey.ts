// Re-keying the vault (docs/security.md, "Re-keying"): a new vault key, a new sealing key pair,
// new parts (calibrated afresh) and new recovery halves, with everything under the old key
// encrypted again under the new one and answers still waiting sealed again to the new pair.
// Someone who knew the old parts or halves can then open only old copies, never what is sealed
// or written after. One transaction: a crash or a failure leaves the vault as it was.
//
// The journals pinned the old public key, so both pin the new one in the same transaction (the
// caller has both journals' keys: a journal left knowing only the old key could be made to seal
// to it again, by someone who knew the old parts and put the old key back in the file).

import { AppError } from '../../shared/errors.ts'
import { encryptBlob, type AeadKey } from '../crypto/aead.ts'
import { newJournalKey } from '../crypto/key-slots.ts'
import { newSealingKeyPair } from '../crypto/seal.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { Database } from '../storage/database.ts'
import { LongTransaction } from '../storage/long-transaction.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import type { VaultRepository } from '../storage/vault-repository.ts'
import { encryptedAgain, sealedAgain } from '../crypto/blob-again.ts'
import type { OpenVault } from './open-vault.ts'
import { vaultPlace } from './codec.ts'
import type { VaultDoor } from './door.ts'

export interface VaultRekeyDeps {
  db: Database
  vaults: VaultRepository
  items: VaultItemRepository
  reveals: RevealRepository
  door: VaultDoor
}

/**
 * Re-keys the open vault; returns the new vault key (the caller opens the vault with it) and the
 * new halves. `pinNew` pins the new public key in each journal inside the transaction, and gives
 * back the steps that make those saves the journals' own, run once it is committed.
 */
export async function rekeyVault(
  deps: VaultRekeyDeps,
  vault: OpenVault,
  newPartA: string,
  newPartB: string,
  control: { cancelled: () => boolean; pinNew: (publicKey: Buffer) => Array<() => void> }
) {
  const { cancelled } = control
  const { vaultId } = vault
  const key = newJournalKey()
  const pair = newSealingKeyPair()
  let transaction: LongTransaction | null = null
  const stillOpen = () => {
    if (cancelled()) throw new AppError('LOCKED', 'The vault was locked before its keys were renewed. Nothing was changed: it opens with your old parts.')
  }
  try {
    const { slots, halves } = await deps.door.newSlots(vaultId, key, newPartA, newPartB)
    stillOpen()
    // What was dropped in or answered meanwhile moves in under the old key first.
    await vault.takeIn()
    stillOpen()
    const row = deps.vaults.get()!
    const old = vault.cipherKey
    transaction = new LongTransaction(deps.db)
    for (const secret of deps.items.secrets(vaultId)) {
      const header = encryptedAgain(old, key, secret.header, vaultPlace.secret(vaultId, secret.id, 'header'))
      const body = encryptedAgain(old, key, secret.body, vaultPlace.secret(vaultId, secret.id, 'body'))
      if (header && body) deps.items.updateSecret(vaultId, { id: secret.id, header, body })
    }
    for (const revealed of deps.items.revealed(vaultId)) {
      const data = encryptedAgain(old, key, revealed.data, vaultPlace.revealed(vaultId, revealed.id))
      if (data) deps.items.updateRevealed(vaultId, { id: revealed.id, data })
    }
    answersAgain(deps.reveals, vault, pair.publicKey)
    deps.vaults.putKeys({
      id: vaultId,
      publicKey: pair.publicKey,
      privateKey: encryptBlob(key, pair.privateKey, vaultPlace.privateKey(vaultId, vault.partners)),
      settings: encryptedAgain(old, key, row.settings, vaultPlace.settings(vaultId)) ?? row.settings,
      rosterKey: rosterAgain(vault, key)
    })
    for (const slot of slots) deps.vaults.replaceSlot(slot.id, slot.kdf, slot.wrappedKey)
    const pinned = control.pinNew(pair.publicKey)
    if (!(await transaction.commit(() => !cancelled()))) stillOpen()
    transaction = null
    for (const apply of pinned) apply()
    return { key, halves }
  } catch (error) {
    transaction?.rollback()
    wipe(key)
    throw error
  } finally {
    wipe(pair.privateKey)
  }
}

/** The roster key, unchanged, under the new vault key: the journals' pins of it stay good. */
function rosterAgain(vault: OpenVault, key: AeadKey): Buffer | null {
  return vault.rosterKey ? encryptBlob(key, vault.rosterKey, vaultPlace.rosterKey(vault.vaultId)) : null
}

/** Answers still waiting for the other partner, opened with the old private key and sealed to the new public key. */
export function answersAgain(reveals: RevealRepository, vault: OpenVault, publicKey: Buffer): void {
  const opening = vault.openingKey()
  if (!opening) return
  for (const answer of reveals.answers()) {
    const again = sealedAgain(opening, vault.publicKey, publicKey, answer.sealed, vaultPlace.answer(answer.revealId, answer.profileId))
    if (again) reveals.replaceAnswer({ ...answer, sealed: again })
  }
}
