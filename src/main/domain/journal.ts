// One partner's open journal: the decrypted headers of their reflections, kept in memory
// for listing while it is open, over the session's key (owned, and wiped, by the backend).
// Closing drops the headers.

import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Reflection, ReflectionHeader, ThemeSummary } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import { THEME_IDS, type ThemeId } from '../../shared/themes.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { ReflectionRepository } from '../storage/reflection-repository.ts'
import { localDate } from './dates.ts'
import { decryptBody, decryptHeader, encryptBody, encryptHeader, summarise, type StoredHeader } from './reflection-codec.ts'

// Headers are read and decrypted in slices so a large journal never blocks the event loop for long.
const HEADERS_PER_TURN = 250

export interface NewReflection {
  themeId: ThemeId
  title: string
  body: RichTextNode
  date?: string | undefined
}

export interface ReflectionChanges {
  id: string
  themeId?: ThemeId | undefined
  title?: string | undefined
  body?: RichTextNode | undefined
  date?: string | undefined
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'That reflection is not in your journal. It may have been deleted.')
}

// ISO dates and timestamps sort as plain strings; localeCompare would be twice as slow.
function damaged(): AppError {
  return new AppError('TAMPERED', 'This reflection failed its integrity check, so it was not opened. The rest of your journal is unaffected.')
}

function newestFirst(a: ReflectionHeader, b: ReflectionHeader): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

export interface StoredReflection {
  position: number
  read(): Reflection | null
}

export class Journal {
  readonly profileId: string
  readonly #key: SessionKey
  readonly #repo: ReflectionRepository
  readonly #headers = new Map<string, StoredHeader>()
  readonly #damaged = new Set<string>()

  private constructor(profileId: string, key: SessionKey, repo: ReflectionRepository) {
    this.profileId = profileId
    this.#key = key
    this.#repo = repo
  }

  static async open(profileId: string, key: SessionKey, repo: ReflectionRepository): Promise<Journal> {
    const journal = new Journal(profileId, key, repo)
    const cipherKey = journal.#key.cipherKey
    for (let after = 0; ; ) {
      await nextTurn()
      const rows = repo.headerPage(profileId, after, HEADERS_PER_TURN)
      for (const row of rows) {
        try {
          journal.#headers.set(row.id, decryptHeader(cipherKey, row.id, profileId, row.header))
        } catch {
          journal.#damaged.add(row.id)
        }
      }
      if (rows.length < HEADERS_PER_TURN) return journal
      after = rows.at(-1)!.position
    }
  }

  /** Reflections that failed their integrity check; the rest are unaffected. */
  get damagedCount(): number {
    return this.#damaged.size
  }

  close(): void {
    this.#headers.clear()
    this.#damaged.clear()
  }

  create(input: NewReflection, now = new Date()): { id: string } {
    const id = randomId()
    const stamp = now.toISOString()
    const header: StoredHeader = {
      themeId: input.themeId,
      title: input.title,
      date: input.date ?? localDate(now),
      ...summarise(input.body),
      createdAt: stamp,
      updatedAt: stamp
    }
    this.#repo.insert({
      id,
      profileId: this.profileId,
      header: encryptHeader(this.#key.cipherKey, id, this.profileId, header),
      body: encryptBody(this.#key.cipherKey, id, this.profileId, input.body)
    })
    this.#headers.set(id, header)
    return { id }
  }

  update(changes: ReflectionChanges, now = new Date()): ReflectionHeader {
    const { id } = changes
    const current = this.#headers.get(id)
    if (!current) throw this.#damaged.has(id) ? damaged() : notFound()
    const next: StoredHeader = {
      ...current,
      themeId: changes.themeId ?? current.themeId,
      title: changes.title ?? current.title,
      date: changes.date ?? current.date,
      ...(changes.body ? summarise(changes.body) : {}),
      updatedAt: now.toISOString()
    }
    const header = encryptHeader(this.#key.cipherKey, id, this.profileId, next)
    const saved = changes.body
      ? this.#repo.update({ id, profileId: this.profileId, header, body: encryptBody(this.#key.cipherKey, id, this.profileId, changes.body) })
      : this.#repo.updateHeader(id, this.profileId, header)
    if (!saved) throw notFound()
    this.#headers.set(id, next)
    return { id, ...next }
  }

  get(id: string): Reflection {
    const header = this.#headers.get(id)
    if (!header) throw this.#damaged.has(id) ? damaged() : notFound()
    const body = this.#repo.getBody(id, this.profileId)
    if (!body) throw notFound()
    return { id, ...header, body: decryptBody(this.#key.cipherKey, id, this.profileId, body) }
  }

  /**
   * One page of this journal's stored reflections after `afterPosition` (start at 0), in storage
   * order, each decrypted only when read (null if damaged or its header is): a pass over every
   * body, like the search index's first build, reads a page per query.
   */
  page(afterPosition: number, limit: number): StoredReflection[] {
    return this.#repo.bodyPage(this.profileId, afterPosition, limit).map(({ position, id, body }) => ({
      position,
      read: () => {
        const header = this.#headers.get(id)
        if (!header) return null
        try {
          return { id, ...header, body: decryptBody(this.#key.cipherKey, id, this.profileId, body) }
        } catch {
          return null
        }
      }
    }))
  }

  delete(id: string): void {
    if (!this.#repo.delete(id, this.profileId)) throw notFound()
    this.#headers.delete(id)
    this.#damaged.delete(id)
  }

  /** Every header in no particular order, without copying the lot: for passes that count or filter. */
  *headers(): Generator<ReflectionHeader> {
    for (const [id, header] of this.#headers) yield { id, ...header }
  }

  list(themeId?: ThemeId): ReflectionHeader[] {
    const headers: ReflectionHeader[] = []
    for (const [id, header] of this.#headers) if (!themeId || header.themeId === themeId) headers.push({ id, ...header })
    return headers.sort(newestFirst)
  }

  themeSummary(): ThemeSummary[] {
    const summary = new Map<ThemeId, ThemeSummary>(THEME_IDS.map((themeId) => [themeId, { themeId, count: 0, lastWrittenDate: null }]))
    for (const header of this.#headers.values()) {
      const entry = summary.get(header.themeId)
      if (!entry) continue
      entry.count++
      if (!entry.lastWrittenDate || header.date > entry.lastWrittenDate) entry.lastWrittenDate = header.date
    }
    return [...summary.values()]
  }
}
