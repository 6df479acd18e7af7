// The `search` group of the contract. The journal's index lives only while a journal is
// open: built after unlock, kept in step with every save and delete, closed on lock. The
// vault's secrets have an index of their own, only while the vault is open together and
// only once a search asks for them; it is closed when the vault or the journal locks.

import type { Backend, SearchHit } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { SEARCH_LIMITS } from '../../shared/search.ts'
import type { Journal } from '../journal/index.ts'
import type { OpenVault } from '../vault/index.ts'
import { JournalIndex } from './journal-index.ts'
import { VaultIndex } from './vault-index.ts'

export interface SearchBackendDeps {
  /** The vault while it is open together. */
  vault: () => OpenVault | null
}

type Secrets = Backend['vaultSecrets']
type VaultGroup = Backend['vault']

export interface SearchBackend {
  group: Backend['search']
  /** After unlock: starts building the journal's index in the background. */
  open(journal: Journal): void
  /** On lock: drops every index. */
  close(): void
  /** After a reflection was created or updated. */
  saved(id: string): void
  deleted(id: string): void
  /** The vault's secrets methods, telling the vault's index what they changed. */
  watchSecrets(secrets: Secrets): Secrets
  /** The vault's methods, dropping the vault's index when it is locked. */
  watchVault(group: VaultGroup): VaultGroup
}

function locked(): AppError {
  return new AppError('LOCKED', 'Unlock your journal to search it.')
}

export function createSearchBackend(deps: SearchBackendDeps): SearchBackend {
  let journalIndex: JournalIndex | null = null
  let vaultIndex: VaultIndex | null = null

  /** The vault's index if the vault is open, made anew for a vault opened anew. */
  const dropVaultIndex = () => {
    vaultIndex?.close()
    vaultIndex = null
  }
  // A vault opened anew (or locked by a path not watched here) is a different OpenVault.
  const currentVaultIndex = (): VaultIndex | null => {
    const vault = deps.vault()
    if (vaultIndex && vaultIndex.vault !== vault) dropVaultIndex()
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
    const secrets = includeVault ? currentVaultIndex()?.query(q) : undefined
    // bm25 scores of two indexes are only roughly comparable; good enough to interleave a few secrets.
    const hits = secrets ? [...own.hits, ...secrets.hits].sort((a, b) => a.score - b.score).slice(0, limit) : own.hits
    return { hits: hits.map(({ score: _, ...hit }): SearchHit => hit), total: own.total + (secrets?.total ?? 0) }
  }

  const secretChanged = (id: string) => {
    if (vaultIndex?.vault === deps.vault()) vaultIndex?.changed(id)
  }

  return {
    group: { query },
    open: (journal) => {
      journalIndex?.close()
      journalIndex = new JournalIndex(journal)
    },
    close: () => {
      journalIndex?.close()
      journalIndex = null
      dropVaultIndex()
    },
    saved: (id) => journalIndex?.refresh(id),
    deleted: (id) => journalIndex?.remove(id),
    watchVault: (group) => ({
      ...group,
      lock: async () => {
        dropVaultIndex()
        return group.lock()
      }
    }),
    watchSecrets: (secrets) => ({
      ...secrets,
      create: async (input) => {
        const created = await secrets.create(input)
        secretChanged(created.id)
        return created
      },
      update: async (input) => {
        const header = await secrets.update(input)
        secretChanged(header.id)
        return header
      },
      delete: async (input) => {
        await secrets.delete(input)
        secretChanged(input.id)
        return null
      }
    })
  }
}
