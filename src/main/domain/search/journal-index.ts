// Keeps a SearchIndex in step with one open journal. The first build decrypts every body,
// so it runs in slices with a turn of the event loop between them: the app stays
// responsive and no slice takes more than a few milliseconds (a slice also ends early
// once it has gathered enough text, so a 1 MB reflection gets a slice of its own).

import { setImmediate as nextTurn } from 'node:timers/promises'
import { richTextToPlain } from '../../../shared/rich-text.ts'
import type { Journal } from '../journal.ts'
import type { ReflectionHit, SearchResult } from '../../../shared/search.ts'
import type { ThemeId } from '../../../shared/themes.ts'
import { SearchIndex, type IndexedItem, type IndexHit, type IndexQuery } from './search-index.ts'

const REFLECTIONS_PER_SLICE = 50
const CHARACTERS_PER_SLICE = 100_000

export class JournalIndex {
  readonly #journal: Journal
  readonly #index = new SearchIndex()
  /** Settles when the first build has finished (or stopped because the index was dropped). */
  readonly built: Promise<void>

  constructor(journal: Journal) {
    this.#journal = journal
    this.built = this.#build()
    // A failed build is reported to whoever queries, not as an unhandled rejection.
    this.built.catch(() => {})
  }

  async #build(): Promise<void> {
    const ids = this.#journal.list().map((header) => header.id)
    for (let next = 0; next < ids.length; ) {
      await nextTurn()
      if (!this.#index.isOpen) return
      const slice: IndexedItem[] = []
      let characters = 0
      while (next < ids.length && slice.length < REFLECTIONS_PER_SLICE && characters < CHARACTERS_PER_SLICE) {
        const reflection = this.#read(ids[next++]!)
        if (!reflection) continue
        slice.push(reflection)
        characters += reflection.text.length
      }
      this.#index.put(...slice)
    }
  }

  /** The reflection as indexed; null if it is gone or damaged (a save or delete during the build). */
  #read(id: string): IndexedItem | null {
    try {
      const { themeId, title, date, body } = this.#journal.get(id)
      return { id, themeId, title, date, text: richTextToPlain(body) }
    } catch {
      return null
    }
  }

  /** After a save: indexes the reflection as it now is. */
  refresh(id: string): void {
    const reflection = this.#read(id)
    if (reflection) this.#index.put(reflection)
    else this.#index.remove(id)
  }

  remove(id: string): void {
    this.#index.remove(id)
  }

  /** Waits for the first build, so an answer never misses reflections that are there. */
  async query(q: IndexQuery): Promise<{ hits: Array<ReflectionHit & Pick<IndexHit, 'score'>>; total: SearchResult['total'] }> {
    await this.built
    const { hits, total } = this.#index.query(q)
    return { hits: hits.map((hit) => ({ ...hit, kind: 'reflection', themeId: hit.themeId as ThemeId })), total }
  }

  get isOpen(): boolean {
    return this.#index.isOpen
  }

  close(): void {
    this.#index.close()
  }
}
