// The open vault's secrets, and its time together (ideas and times logged), indexed apart from
// the journal (its own `:memory:` database) and only while the vault is open together. A vault
// holds few of them, so the index is filled on the first search that asks for them and brought
// up to date before each one: secrets that came in (sealed drop-ins taken in on opening) or went
// are found by their ids, saved ones were marked by the backend; time together is compared
// with what is held in memory, which the vault keeps whole.

import { richTextToPlain } from '../../shared/rich-text.ts'
import type { SecretHit, TimeHit } from '../../shared/search.ts'
import type { OpenVault } from '../vault/index.ts'
import { SearchIndex, type IndexHit, type IndexQuery } from './search-index.ts'
import { sameEntry, timeEntries, type TimeEntry } from './time-entries.ts'

type VaultHit = (SecretHit | TimeHit) & Pick<IndexHit, 'score'>

export class VaultIndex {
  readonly vault: OpenVault
  readonly #index = new SearchIndex()
  readonly #indexed = new Set<string>()
  readonly #saved = new Set<string>()
  /** Time together's entries as indexed, by id. */
  readonly #times = new Map<string, TimeEntry>()

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
    this.#bringTimeUpToDate()
  }

  // peek, not list: finding an idea dropped in sealed is not seeing it together.
  #bringTimeUpToDate(): void {
    const entries = timeEntries(this.vault.time.peek())
    const present = new Set(entries.map((entry) => entry.id))
    for (const id of this.#times.keys()) if (!present.has(id)) this.#forgetTime(id)
    const changed = entries.filter((entry) => !sameEntry(this.#times.get(entry.id), entry))
    // The words are the body, not a title: a line has no title of its own to weigh above it.
    if (changed.length > 0) this.#index.put(...changed.map(({ id, date, words }) => ({ id, themeId: null, title: '', date, text: words })))
    for (const entry of changed) this.#times.set(entry.id, entry)
  }

  #forget(id: string): void {
    this.#index.remove(id)
    this.#indexed.delete(id)
  }

  #forgetTime(id: string): void {
    this.#index.remove(id)
    this.#times.delete(id)
  }

  #hit({ themeId: _, ...hit }: IndexHit): VaultHit {
    const time = this.#times.get(hit.id)
    return time ? { ...hit, kind: 'time', which: time.which, title: time.words } : { ...hit, kind: 'secret' }
  }

  /** Secrets and time together have no theme: a search narrowed to themes finds none of them. */
  query(q: IndexQuery): { hits: VaultHit[]; total: number } {
    if (q.themeIds) return { hits: [], total: 0 }
    this.#bringUpToDate()
    const { hits, total } = this.#index.query(q)
    return { hits: hits.map((hit) => this.#hit(hit)), total }
  }

  close(): void {
    this.#index.close()
    this.#times.clear()
  }
}
