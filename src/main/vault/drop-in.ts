// A sealed drop-in: a secret one partner writes while the vault is locked, sealed to the vault's
// public key as that partner's journal pinned it (docs/security.md, "Pinned keys"), and read
// only when the two of them next open the vault together.

import { sealJson } from '../crypto/seal.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import { vaultPlace, type SealedSecret } from './codec.ts'
import { pinnedVault, type Sealer, type SealingDeps } from './sealing-keys.ts'

/** Seals `secret` from the author's journal (`sealer`) into the vault's drop-ins. */
export function dropIn(deps: SealingDeps & { items: VaultItemRepository }, sealer: Sealer, secret: SealedSecret): void {
  const { vault, publicKey } = pinnedVault(deps, sealer)
  const id = randomId()
  deps.items.insertSealed(vault.id, { id, sealed: sealJson(publicKey, secret, vaultPlace.sealed(vault.id, id)) })
}
