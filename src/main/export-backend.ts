// The `journalExport` group: the open journal written out unencrypted, where the user chooses,
// after they said they understand: Markdown files in a folder per theme, or one HTML file.

import type { Backend } from '../shared/contract.ts'
import type { Journal } from './domain/journal.ts'
import type { Host } from './host.ts'
import { notBuiltYet } from './host-required.ts'

export interface ExportDeps {
  journal: () => { journal: Journal; displayName: string } | null
  host: Host | undefined
}

export function createExportBackend(deps: ExportDeps): Backend['journalExport'] {
  void deps
  return {
    save: () => notBuiltYet()
  }
}
