// A sealed drop-in: a secret one partner writes while the vault is locked, sealed to the vault's
// public key as that partner's journal pinned it (docs/security.md, "Pinned keys"), and read
// only when the two of them next open the vault together, when it moves under the vault key.

import type { KeyObject } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { sealJson } from '../crypto/seal.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SealedRow, VaultItemRepository, VaultSecretRow } from '../storage/vault-item-repository.ts'
import { openedDropIn, secretRow, vaultPlace, type SealedSecret } from './codec.ts'
import type { AnswerContext } from './reveals.ts'
import { pinnedVault, type Sealer, type SealingDeps } from './sealing-keys.ts'
import { timeRow } from './time-together-codec.ts'

/** Seals `secret` from the author's journal (`sealer`) into the vault's drop-ins. */
export function dropIn(deps: SealingDeps & { items: VaultItemRepository }, sealer: Sealer, secret: SealedSecret): void {
  const { vault, publicKey } = pinnedVault(deps, sealer)
  const id = randomId()
  deps.items.insertSealed(vault.id, { id, sealed: sealJson(publicKey, secret, vaultPlace.sealed(vault.id, id)) })
}

/** What a drop-in's header is once it is taken in: a secret's, or an idea for time together (time-together-codec.ts). */
type TakenIn = ReturnType<typeof openedDropIn>['header']

/** Where ideas for time together go (time-together.ts), which may leave one waiting, still sealed, while the list is full. */
export interface TimeIntake {
  /** Whether the drop-in `sealedId`, opened as `header`, moves in now, with `queued` (those moving in with it). */
  admits(sealedId: string, header: TakenIn, queued: readonly TakenIn[]): boolean
  /** Keeps `header` if it is time together's (answers true). */
  take(id: string, header: unknown): boolean
}

// Sealed items opened and moved per turn of the event loop (each costs 1–2 ms with its share of the commit).
const ITEMS_PER_TURN = 10

/**
 * Moves the drop-ins in `sealed` under the open vault's key (`key` opens them), a slice per
 * transaction with a turn of the event loop between, so a pile of them cannot stall the app. One
 * that fails its check (or is dated more than a day after `now`) stays where it is, counted as
 * damaged, and an idea `time` does not admit stays too, waiting; `time` takes each idea that
 * landed, `moved` hears of each secret.
 */
export async function takeInDropIns(
  vault: Omit<AnswerContext, 'reveals'>,
  key: KeyObject,
  sealed: readonly SealedRow[],
  now: Date,
  time: TimeIntake,
  moved: (id: string, header: TakenIn) => void
): Promise<void> {
  for (let start = 0; start < sealed.length; start += ITEMS_PER_TURN) {
    const moves: Array<{ sealedId: string; header: TakenIn; row: VaultSecretRow }> = []
    for (const row of sealed.slice(start, start + ITEMS_PER_TURN)) {
      let opened: ReturnType<typeof openedDropIn>
      try {
        opened = openedDropIn(key, vault.publicKey, vault.vaultId, vault.partners, row, now)
      } catch {
        vault.damaged(row.id)
        continue
      }
      const { header, body } = opened
      if (
        !time.admits(
          row.id,
          header,
          moves.map((move) => move.header)
        )
      )
        continue
      const id = randomId()
      const stored = header.kind === 'idea' ? timeRow(vault.cipherKey, vault.vaultId, id, header) : secretRow(vault.cipherKey, vault.vaultId, id, header, body)
      moves.push({ sealedId: row.id, header, row: stored })
    }
    vault.items.transaction(() => {
      for (const move of moves) {
        vault.items.insertSecret(vault.vaultId, move.row)
        vault.items.deleteSealed(vault.vaultId, move.sealedId)
      }
    })
    for (const move of moves) if (!time.take(move.row.id, move.header)) moved(move.row.id, move.header)
    await nextTurn()
  }
}
