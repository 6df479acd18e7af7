// A search index (of a journal's reflections, or the vault's secrets): SQLite FTS5 in a
// `:memory:` database, so nothing of it reaches the disk (temp_store in memory too).
// Dropped with close() on lock.

import Database from 'better-sqlite3'
import { distrustSchema } from '../storage/schema-trust.ts'
import type { SnippetSegment } from '../../shared/search.ts'
import type { ThemeId } from '../../shared/themes.ts'
import { MARK_END, MARK_START, matchExpression, normalise } from './match-expression.ts'

export interface IndexedItem {
  id: string
  /** A reflection's theme; secrets have none. */
  themeId: ThemeId | null
  title: string
  date: string
  /** The body as plain text. */
  text: string
}

export interface IndexQuery {
  text: string
  themeIds?: ThemeId[] | undefined
  from?: string | undefined
  to?: string | undefined
  limit: number
}

// A title match counts ten times a body match.
const TITLE_WEIGHT = 10
const SNIPPET_TOKENS = 24

interface HitRow {
  id: string
  themeId: ThemeId | null
  title: string
  date: string
  snippet: string
  score: number
}

export interface IndexHit extends Omit<HitRow, 'snippet'> {
  snippet: SnippetSegment[]
}

/** Cuts FTS5's marked snippet into segments; the markers cannot occur in indexed text. */
export function segmentsOf(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = []
  for (const [i, piece] of marked.split(MARK_START).entries()) {
    const [inside, after] = i === 0 ? [null, piece] : splitOnce(piece)
    if (inside) segments.push({ text: inside, match: true })
    if (after) segments.push({ text: after, match: false })
  }
  return segments
}

function splitOnce(piece: string): [string, string] {
  const end = piece.indexOf(MARK_END)
  return end < 0 ? [piece, ''] : [piece.slice(0, end), piece.slice(end + MARK_END.length).replaceAll(MARK_END, '')]
}

export class SearchIndex {
  // Only ever our own schema here, but every connection distrusts alike.
  readonly #db = distrustSchema(new Database(':memory:'))
  readonly #put: (item: IndexedItem) => void
  readonly #remove: (id: string) => void

  constructor() {
    const db = this.#db
    db.pragma('temp_store = MEMORY')
    db.exec(`
      CREATE TABLE entries (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, theme_id TEXT, date TEXT NOT NULL, title TEXT NOT NULL);
      CREATE INDEX entries_date ON entries (date);
      CREATE VIRTUAL TABLE words USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
    `)
    const rowOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM entries WHERE id = ?')
    const dropEntry = db.prepare('DELETE FROM entries WHERE rowid = ?')
    const dropWords = db.prepare('DELETE FROM words WHERE rowid = ?')
    const addEntry = db.prepare('INSERT INTO entries (id, theme_id, date, title) VALUES (?, ?, ?, ?)')
    const addWords = db.prepare('INSERT INTO words (rowid, title, body) VALUES (?, ?, ?)')
    this.#remove = (id) => {
      const row = rowOf.get(id)
      if (!row) return
      dropWords.run(row.rowid)
      dropEntry.run(row.rowid)
    }
    this.#put = (r) => {
      this.#remove(r.id)
      const { lastInsertRowid } = addEntry.run(r.id, r.themeId, r.date, r.title)
      addWords.run(lastInsertRowid, normalise(r.title), normalise(r.text))
    }
  }

  get isOpen(): boolean {
    return this.#db.open
  }

  /** Adds or replaces items, all in one transaction (or in the bulk load's, while one is open). */
  put(...items: IndexedItem[]): void {
    if (this.#db.inTransaction) items.forEach(this.#put)
    else this.#db.transaction(() => items.forEach(this.#put))()
  }

  /**
   * A first build's slices, run as one transaction from begin to end: FTS5 writes its pending
   * words out at every commit (and savepoint), so per-slice transactions cost about 40 % more.
   */
  beginBulk(): void {
    if (!this.#db.inTransaction) this.#db.exec('BEGIN')
  }

  endBulk(): void {
    if (this.#db.open && this.#db.inTransaction) this.#db.exec('COMMIT')
  }

  remove(id: string): void {
    this.#db.transaction(this.#remove)(id)
  }

  /** Bytes the `:memory:` database holds (pages × page size): what the index costs in memory. */
  memoryBytes(): number {
    const pages = this.#db.pragma('page_count', { simple: true }) as number
    return pages * (this.#db.pragma('page_size', { simple: true }) as number)
  }

  get size(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n
  }

  /** The best `limit` matches, best first (lower score is better), and how many match in all. */
  query(q: IndexQuery): { hits: IndexHit[]; total: number } {
    const match = matchExpression(q.text)
    if (match === null) return { hits: [], total: 0 }
    const where = ['words MATCH @match']
    const params: Record<string, string | number> = { match }
    if (q.themeIds) {
      where.push(`e.theme_id IN (${q.themeIds.map((_, i) => `@theme${i}`).join(', ')})`)
      q.themeIds.forEach((themeId, i) => (params[`theme${i}`] = themeId))
    }
    if (q.from) {
      where.push('e.date >= @from')
      params.from = q.from
    }
    if (q.to) {
      where.push('e.date <= @to')
      params.to = q.to
    }
    const from = `FROM words JOIN entries e ON e.rowid = words.rowid WHERE ${where.join(' AND ')}`
    // Ordered by FTS5's own rank (bm25 with these weights), so FTS5 sorts and SQLite stops after
    // `limit` rows: snippets are made for the rows shown, not for every match.
    const rows = this.#db
      .prepare<Record<string, string | number>, HitRow>(
        `SELECT e.id, e.theme_id AS themeId, e.title, e.date,
           -- From the body: the title is shown beside it; when only the title matched, the body's opening words.
           snippet(words, 1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS snippet,
           rank AS score
         ${from} AND rank MATCH 'bm25(${TITLE_WEIGHT}.0, 1.0)' ORDER BY rank LIMIT @limit`
      )
      .all({ ...params, limit: q.limit })
    const { total } = this.#db.prepare<Record<string, string | number>, { total: number }>(`SELECT count(*) AS total ${from}`).get(params)!
    const hits = rows.map((row) => ({ ...row, snippet: segmentsOf(row.snippet) }))
    return { hits, total }
  }

  close(): void {
    if (this.#db.open) this.#db.close()
  }
}
