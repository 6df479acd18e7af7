// The `print` group: a scope of the open journal (or the open vault) built into a print
// document (domain/print/), paged in the host's hidden window, then printed or saved as PDF.

import type { Backend } from '../shared/contract.ts'
import type { Journal } from './domain/journal.ts'
import type { OpenVault } from './domain/open-vault.ts'
import type { Host } from './host.ts'
import { notBuiltYet } from './host-required.ts'

export interface PrintDeps {
  /** The open journal and its owner's display name; null while locked. */
  journal: () => { journal: Journal; displayName: string } | null
  /** The open vault; null while locked. */
  vault: () => OpenVault | null
  /** A partner's display name, for the author of a secret. */
  nameOf: (profileId: string) => string
  host: Host | undefined
}

export function createPrintBackend(deps: PrintDeps): Backend['print'] {
  void deps
  return {
    summary: () => notBuiltYet(),
    print: () => notBuiltYet(),
    savePdf: () => notBuiltYet()
  }
}
