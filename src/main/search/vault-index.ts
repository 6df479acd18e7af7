// The open vault's secrets, indexed apart from the journal (its own `:memory:` database)
// and only while the vault is open together. A vault holds few secrets, so the index is
// filled on the first search that asks for them and brought up to date before each one:
// secrets that came in (sealed drop-ins taken in on opening) or went are found by their
// ids, saved ones were marked by the backend.

import { richTextToPlain } from '../../shared/rich-text.ts'
import type { SecretHit } from '../../shared/search.ts'
import type { OpenVault } from '../vault/index.ts'
import { SearchIndex, type IndexHit, type IndexQuery } from './search-index.ts'

export class VaultIndex {
  readonly vault: OpenVault
  readonly #index = new SearchIndex()
  readonly #indexed = new Set<string>()
  readonly #saved = new Set<string>()

  constructor(vault: OpenVault) {
    this.vault = vault
  }

  /** After a secret was created, edited or deleted. */
  changed(id: string): void {
    this.#saved.add(id)
  }

  #bringUpToDate(): void {
    const present = new Set(this.vault.list().map((header) => header.id))
    for (const id of this.#indexed) if (!present.has(id)) this.#forget(id)
    for (const id of present) {
      if (this.#indexed.has(id) && !this.#saved.has(id)) continue
      try {
        // peek, not get: finding a secret is not reading it.
        const { title, date, body } = this.vault.peek(id)
        this.#index.put({ id, themeId: null, title, date, text: richTextToPlain(body) })
        this.#indexed.add(id)
      } catch {
        this.#forget(id)
      }
    }
    this.#saved.clear()
  }

  #forget(id: string): void {
    this.#index.remove(id)
    this.#indexed.delete(id)
  }

  /** Secrets have no theme: a search narrowed to themes finds none of them. */
  query(q: IndexQuery): { hits: Array<SecretHit & Pick<IndexHit, 'score'>>; total: number } {
    if (q.themeIds) return { hits: [], total: 0 }
    this.#bringUpToDate()
    const { hits, total } = this.#index.query(q)
    return { hits: hits.map(({ themeId: _, ...hit }) => ({ ...hit, kind: 'secret' })), total }
  }

  close(): void {
    this.#index.close()
  }
}
