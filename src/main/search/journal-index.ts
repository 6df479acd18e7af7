// Keeps a SearchIndex in step with one open journal. The first build decrypts every body,
// so it runs in slices with a turn of the event loop between them: the app stays
// responsive and no slice takes more than a few milliseconds (a slice also ends early
// once it has gathered enough text, so a 1 MB reflection gets a slice of its own).

import { setImmediate as nextTurn } from 'node:timers/promises'
import { richTextToPlain } from '../../shared/rich-text.ts'
import type { Journal } from '../journal/index.ts'
import type { Reflection } from '../../shared/contract.ts'
import type { ReflectionHit, SearchResult } from '../../shared/search.ts'
import type { ThemeId } from '../../shared/themes.ts'
import { SearchIndex, type IndexedItem, type IndexHit, type IndexQuery } from './search-index.ts'

const REFLECTIONS_PER_SLICE = 25
const CHARACTERS_PER_SLICE = 50_000

function itemOf({ id, themeId, title, date, body }: Reflection): IndexedItem {
  return { id, themeId, title, date, text: richTextToPlain(body) }
}

export class JournalIndex {
  readonly #journal: Journal
  readonly #index = new SearchIndex()
  /** Saved since the index last caught up (see refresh). */
  readonly #pending = new Set<string>()
  /** Settles when the first build has finished (or stopped because the index was dropped). */
  readonly built: Promise<void>

  constructor(journal: Journal) {
    this.#journal = journal
    this.built = this.#build()
    // A failed build is reported to whoever queries, not as an unhandled rejection.
    this.built.catch(() => {})
  }

  async #build(): Promise<void> {
    this.#index.beginBulk()
    try {
      await this.#buildSlices()
    } finally {
      this.#index.endBulk()
    }
  }

  // A page of stored reflections per slice, read in storage order (one query, not one per
  // reflection); a slice that has gathered enough text stops, and the next page starts after it.
  async #buildSlices(): Promise<void> {
    for (let position = 0; ;) {
      await nextTurn()
      // Dropped (a re-key) or its journal locked: nothing more is read.
      if (!this.#index.isOpen || this.#journal.signal.aborted) return
      const page = this.#journal.page(position, REFLECTIONS_PER_SLICE)
      if (page.length === 0) return
      const slice: IndexedItem[] = []
      let characters = 0
      for (const stored of page) {
        position = stored.position
        const reflection = stored.read()
        if (reflection) {
          const item = itemOf(reflection)
          slice.push(item)
          characters += item.text.length
        }
        if (characters >= CHARACTERS_PER_SLICE) break
      }
      this.#index.put(...slice)
    }
  }

  /** The reflection as indexed; null if it is gone or damaged (a save or delete during the build). */
  #read(id: string): IndexedItem | null {
    try {
      return itemOf(this.#journal.get(id))
    } catch {
      return null
    }
  }

  /**
   * After a save: the reflection is indexed as it now is, on the next turn rather than inside the
   * save (an autosave need not wait for it); a search first catches up with every such change.
   */
  refresh(id: string): void {
    this.#pending.add(id)
    if (this.#pending.size === 1) setImmediate(() => this.#catchUp())
  }

  remove(id: string): void {
    this.#pending.delete(id)
    this.#index.remove(id)
  }

  #catchUp(): void {
    if (!this.#index.isOpen) return this.#pending.clear()
    for (const id of this.#pending) {
      const reflection = this.#read(id)
      if (reflection) this.#index.put(reflection)
      else this.#index.remove(id)
    }
    this.#pending.clear()
  }

  /** Waits for the first build, so an answer never misses reflections that are there. */
  async query(q: IndexQuery): Promise<{ hits: Array<ReflectionHit & Pick<IndexHit, 'score'>>; total: SearchResult['total'] }> {
    await this.built
    this.#catchUp()
    const { hits, total } = this.#index.query(q)
    return { hits: hits.map((hit) => ({ ...hit, kind: 'reflection', themeId: hit.themeId as ThemeId })), total }
  }

  /** The index's memory in bytes (for the benchmark); it holds nothing outside its database. */
  memoryBytes(): number {
    return this.#index.memoryBytes()
  }

  get isOpen(): boolean {
    return this.#index.isOpen
  }

  close(): void {
    this.#index.close()
  }
}
