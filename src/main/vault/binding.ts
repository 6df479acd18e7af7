// A vault from before its private key was bound to its two partners opens once at the old place
// (keys.ts). Binding that same key would leave the old blob, in any older copy of the file,
// able to open with the partners changed whatever is sealed from now on; so the vault gets a new
// key pair instead, bound, with the answers still waiting sealed again to it. The open journal
// pins the new key at this open; the other pins it at its next joint open (docs/security.md, "Reveals").

import { encryptBlob } from '../crypto/aead.ts'
import { newSealingKeyPair } from '../crypto/seal.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { Database } from '../storage/database.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { VaultRepository } from '../storage/vault-repository.ts'
import type { OpenVault } from './open-vault.ts'
import { vaultPlace } from './codec.ts'
import { answersAgain } from './rekey.ts'

export function bindWithNewPair(deps: { db: Database; vaults: VaultRepository; reveals: RevealRepository }, vault: OpenVault): void {
  const pair = newSealingKeyPair()
  try {
    const privateKey = encryptBlob(vault.cipherKey, pair.privateKey, vaultPlace.privateKey(vault.vaultId, vault.partners))
    deps.db.transaction(() => {
      answersAgain(deps.reveals, vault, pair.publicKey)
      deps.vaults.putPublicKey(vault.vaultId, pair.publicKey)
      deps.vaults.putPrivateKey(vault.vaultId, privateKey)
    })()
    vault.adoptPair(pair.privateKey)
  } finally {
    wipe(pair.privateKey)
  }
}
