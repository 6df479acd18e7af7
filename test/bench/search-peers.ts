// The search benchmark's two peers, run on the same documents as our journal.
// 1. Whole-database encryption with an on-disk FTS5 index, as Signal Desktop and Notesnook
//    do: better-sqlite3-multiple-ciphers in SQLCipher format with a random key, WAL, the
//    same tables, tokenizer, MATCH expression and bm25 ranking as our in-memory index.
// 2. Decrypt everything, then scan, the approach behind the slow searches Standard Notes
//    users report: per query, every body is read from our database file, decrypted with our
//    codec and searched (case- and accent-insensitive). No ranking: it only collects.

import { randomBytes } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createRequire } from 'node:module'
import type BetterSqlite3 from 'better-sqlite3'
import type { AeadKey } from '../../src/main/crypto/aead.ts'
import { decryptBody, decryptHeader } from '../../src/main/journal/reflection-codec.ts'
import { matchExpression, normalise } from '../../src/main/search/match-expression.ts'
import type { IndexedItem } from '../../src/main/search/search-index.ts'
import type { Database } from '../../src/main/storage/database.ts'
import { richTextToPlain } from '../../src/shared/rich-text.ts'

// Its package.json "exports" hides its own typings; its API is better-sqlite3's.
const Cipher = createRequire(import.meta.url)('better-sqlite3-multiple-ciphers') as typeof BetterSqlite3
const PER_TRANSACTION = 1000
// As SearchIndex weighs them (search-index.ts): a title match counts ten times a body match.
const TITLE_WEIGHT = 10

export interface CipherPeer {
  /** Inserts `count` items, 1,000 per transaction; returns the time spent inserting (ms). */
  build(items: () => IndexedItem, count: number): number
  query(text: string, limit: number): { total: number }
  fileBytes(): number
  close(): void
}

export function openCipherPeer(dir: string, name: string): CipherPeer {
  const file = join(dir, `${name}.db`)
  const db = new Cipher(file)
  db.pragma("cipher = 'sqlcipher'")
  db.pragma(`key = "x'${randomBytes(32).toString('hex')}'"`)
  db.pragma('journal_mode = WAL')
  db.exec(`
    CREATE TABLE entries (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, theme_id TEXT, date TEXT NOT NULL, title TEXT NOT NULL);
    CREATE INDEX entries_date ON entries (date);
    CREATE VIRTUAL TABLE words USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
  `)
  if (readFileSync(file).subarray(0, 15).toString('latin1') === 'SQLite format 3') throw new Error('bench: peer 1 wrote a plain SQLite file')
  const addEntry = db.prepare('INSERT INTO entries (id, theme_id, date, title) VALUES (?, ?, ?, ?)')
  const addWords = db.prepare('INSERT INTO words (rowid, title, body) VALUES (?, ?, ?)')
  const insert = db.transaction((chunk: IndexedItem[]) => {
    for (const item of chunk) {
      const { lastInsertRowid } = addEntry.run(item.id, item.themeId, item.date, item.title)
      addWords.run(lastInsertRowid, normalise(item.title), normalise(item.text))
    }
  })
  // The query SearchIndex.query makes without filters.
  const from = 'FROM words JOIN entries e ON e.rowid = words.rowid WHERE words MATCH @match'
  const hits = db.prepare(`SELECT e.id, e.theme_id AS themeId, e.title, e.date,
      snippet(words, 1, '\uE000', '\uE001', '…', 24) AS snippet, bm25(words, ${TITLE_WEIGHT}, 1) AS score
    ${from} ORDER BY score, e.date DESC LIMIT @limit`)
  const count = db.prepare(`SELECT count(*) AS total ${from}`)
  return {
    build: (next, total) => {
      let ms = 0
      for (let done = 0; done < total;) {
        // Making the documents is not part of the peer's build; only inserting them is.
        const chunk = Array.from({ length: Math.min(PER_TRANSACTION, total - done) }, next)
        done += chunk.length
        const started = performance.now()
        insert(chunk)
        ms += performance.now() - started
      }
      return ms
    },
    query: (text, limit) => {
      const match = matchExpression(text)
      if (match === null) return { total: 0 }
      hits.all({ match, limit })
      return count.get({ match }) as { total: number }
    },
    fileBytes: () => [file, `${file}-wal`].reduce((sum, path) => sum + statSync(path, { throwIfNoEntry: false })!.size, 0),
    close: () => db.close()
  }
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]'
const NOT_WORD = '[^\\p{L}\\p{N}\\p{M}]'

/** One pattern per term of our MATCH expression: a word or a phrase, the last one a prefix as typed. */
function patternsOf(text: string): RegExp[] {
  const match = matchExpression(text) ?? ''
  return [...match.matchAll(/"([^"]*)"(\*?)/g)].map(([, words, star]) => {
    const body = fold(words!).split(' ').map(escape).join(`${NOT_WORD}+`)
    return new RegExp(`(?<!${WORD_CHAR})${body}${star ? '' : `(?!${WORD_CHAR})`}`, 'u')
  })
}

export interface ScanPeer {
  query(text: string, limit: number): { total: number }
}

/** Peer 2 over our journal's database; titles come from the open journal's headers, already decrypted in memory. */
export function scanPeer(db: Database, key: AeadKey, profileId: string, titles: ReadonlyMap<string, string>): ScanPeer {
  // The header too: a body's blob is bound to the save its header names.
  const bodies = db.prepare<[string], { id: string; header: Buffer; body: Buffer }>(
    'SELECT b.id, r.header, b.body FROM reflection_bodies b JOIN reflections r ON r.id = b.id WHERE r.profile_id = ?'
  )
  return {
    query: (text, limit) => {
      const patterns = patternsOf(text)
      const found: string[] = []
      let total = 0
      for (const { id, header, body } of bodies.iterate(profileId)) {
        const title = fold(titles.get(id) ?? '')
        const { saves } = decryptHeader(key, id, profileId, header)
        const plain = fold(richTextToPlain(decryptBody(key, id, profileId, body, saves.bodyVersion)))
        if (patterns.length === 0 || !patterns.every((pattern) => pattern.test(title) || pattern.test(plain))) continue
        total++
        if (found.length < limit) found.push(id)
      }
      return { total }
    }
  }
}
