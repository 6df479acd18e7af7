// The `search` group of the contract. The journal's index lives only while a journal is
// open: built after unlock, kept in step with every save and delete, closed on lock. The
// vault's secrets and time together (ideas, times logged) have an index of their own, only
// while the vault is open together and only once a search asks for them; it is closed when
// the vault or the journal locks. Both
// follow the session's events (app/session-events.ts).

import type { Backend, SearchHit } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { SEARCH_LIMITS } from '../../shared/search.ts'
import type { OpenVault } from '../vault/index.ts'
import type { SessionEvents } from '../app/session-events.ts'
import { JournalIndex } from './journal-index.ts'
import { VaultIndex } from './vault-index.ts'

export interface SearchBackendDeps {
  /** The vault while it is open together. */
  vault: () => OpenVault | null
  /** What changes: the indexes follow the journal's and the vault's openings, saves and deletes. */
  events: SessionEvents
}

function locked(): AppError {
  return new AppError('LOCKED', 'Unlock your journal to search it.')
}

export function createSearchBackend(deps: SearchBackendDeps): Backend['search'] {
  let journalIndex: JournalIndex | null = null
  let vaultIndex: VaultIndex | null = null

  /** The vault's index if the vault is open, made anew for a vault opened anew. */
  const dropVaultIndex = () => {
    vaultIndex?.close()
    vaultIndex = null
  }
  // An index of a vault that has closed since (its signal aborted) is never asked again.
  const currentVaultIndex = (): VaultIndex | null => {
    const vault = deps.vault()
    if (vaultIndex?.vault.signal.aborted) dropVaultIndex()
    if (vault && !vaultIndex) vaultIndex = new VaultIndex(vault)
    return vaultIndex
  }

  const query: Backend['search']['query'] = async ({ text, themeIds, from, to, includeVault, limit = SEARCH_LIMITS.defaultLimit }) => {
    const index = journalIndex
    if (!index) throw locked()
    const q = { text, themeIds, from, to, limit }
    const own = await index.query(q).catch((error: unknown) => {
      // Locked while the first build was under way.
      throw index.isOpen ? error : locked()
    })
    const inVault = includeVault ? currentVaultIndex()?.query(q) : undefined
    // bm25 scores of two indexes are only roughly comparable; good enough to interleave a few of the vault's.
    const hits = inVault ? [...own.hits, ...inVault.hits].sort((a, b) => a.score - b.score).slice(0, limit) : own.hits
    return { hits: hits.map(({ score: _, ...hit }): SearchHit => hit), total: own.total + (inVault?.total ?? 0) }
  }

  const closeAll = () => {
    journalIndex?.close()
    journalIndex = null
    dropVaultIndex()
  }
  const { events } = deps
  events.on('journal-opened', (journal) => {
    journalIndex?.close()
    journalIndex = new JournalIndex(journal)
  })
  events.on('journal-closed', closeAll)
  // Nothing reads the bodies while a re-key moves them to the new key; the index is built afresh after.
  events.on('rekey', (phase, journal) => {
    closeAll()
    if (phase === 'end') journalIndex = new JournalIndex(journal)
  })
  events.on('reflection-saved', (id) => journalIndex?.refresh(id))
  events.on('reflection-deleted', (id) => journalIndex?.remove(id))
  events.on('secret-changed', (id) => {
    if (vaultIndex && !vaultIndex.vault.signal.aborted) vaultIndex.changed(id)
  })
  events.on('vault-closed', dropVaultIndex)

  return { query }
}
