// What the vault feature offers the others: import it from here, never from its files.

export type { OpenVault } from './open-vault.ts'
export { forgetPins } from './pinning.ts'
export type { Sealer } from './sealing-keys.ts'
