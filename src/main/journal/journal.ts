// One partner's open journal: the decrypted headers of their reflections, kept in memory
// for listing while it is open, over the session's key (owned, and wiped, by the backend).
// Opening checks every header against the journal's record (reflection-record.ts), so a row
// put back from an older copy, deleted, or brought back after a delete is counted as damaged,
// never shown. Closing drops the headers.

import type { KeyObject } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Reflection, ReflectionHeader, ThemeSummary } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { ThemeId } from '../../shared/themes.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { JournalStore } from '../storage/journal-store.ts'
import { decryptBody, decryptHeader, encryptBody, encryptHeader, type Saves, type StoredHeader } from './reflection-codec.ts'
import { isGuardedItem, stageGuarded, type GuardedItems } from './guarded-items.ts'
import { newestFirst, themeSummaryOf } from './headers.ts'
import { ReflectionRecord } from './reflection-record.ts'
import { NO_PICTURES, type PictureHooks } from './picture-references.ts'
import { pictureIdsIn } from '../../shared/pictures.ts'
import { answered, answeredReflection, newHeader, nextHeader, type NewReflection, type ReflectionChanges } from './reflection-header.ts'

export type { NewReflection, ReflectionChanges } from './reflection-header.ts'

// Headers are read and decrypted in slices so a large journal never blocks the event loop for long.
const HEADERS_PER_TURN = 250
/** The record itself, as a damaged item (no reflection id looks like it). */
const RECORD_ITEM = 'record'
/** A reflection's id (randomId) as the damaged items name it; the other items have names with a ':' or a word. */
const REFLECTION_ID = /^[A-Za-z0-9_-]{22}$/

export interface OpenOptions {
  /**
   * Whether this journal must have a record: it was opened with a key slot made since records
   * exist. Then a missing record is damage, not a journal from before them.
   */
  recordExpected: boolean
  /** Which picture ids of a body are this journal's, and who is told when references go (pictures/). */
  pictures?: PictureHooks
}

function damaged(): AppError {
  return new AppError('TAMPERED', 'This reflection failed its integrity check, so it was not opened. The rest of your journal is unaffected.')
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'That reflection is not in your journal. It may have been deleted.')
}

export interface StoredReflection {
  position: number
  read(): Reflection | null
}

export class Journal {
  readonly profileId: string
  readonly #key: SessionKey
  readonly #store: JournalStore
  readonly #headers = new Map<string, StoredHeader>()
  /** Each listed reflection's body save, which its body's blob is bound to. */
  readonly #bodySaves = new Map<string, number | undefined>()
  readonly #damaged = new Set<string>()
  readonly #closing = new AbortController()
  readonly #record: ReflectionRecord
  readonly #pictures: PictureHooks

  private constructor(profileId: string, key: SessionKey, store: JournalStore, record: ReflectionRecord, pictures: PictureHooks) {
    this.profileId = profileId
    this.#key = key
    this.#store = store
    this.#record = record
    this.#pictures = pictures
  }

  static async open(profileId: string, key: SessionKey, store: JournalStore, options: OpenOptions): Promise<Journal> {
    const cipherKey = key.cipherKey
    const loaded = ReflectionRecord.load(profileId, store.record.all(profileId), cipherKey)
    const journal = new Journal(profileId, key, store, loaded.record, options.pictures ?? NO_PICTURES)
    let numbered = false
    for (let after = 0; ;) {
      await nextTurn()
      const rows = store.reflections.headerPage(profileId, after, HEADERS_PER_TURN)
      for (const row of rows) {
        const read = journal.#read(row.id, row.header)
        if (read) numbered ||= read.version > 0
      }
      if (rows.length < HEADERS_PER_TURN) break
      after = rows.at(-1)!.position
    }
    // Listed, but with no header at all: deleted behind the journal's back.
    for (const id of journal.#record.ids()) if (!isGuardedItem(id) && !journal.#headers.has(id)) journal.#damaged.add(id)
    if (loaded.rootDamaged || (loaded.rootMissing && (options.recordExpected || numbered))) journal.#damaged.add(RECORD_ITEM)
    // A journal from before the record learns it quietly; anything else learnt stays unchecked.
    else if (loaded.rootMissing) journal.#record.trustLearnt()
    for (const bucket of loaded.damagedBuckets) journal.#damaged.add(`${RECORD_ITEM}:${bucket}`)
    // What the record could not say it learnt from the headers: written now, so it holds from here on.
    const relearnt = journal.#record.relearnt(cipherKey)
    if (relearnt) {
      store.transaction(() => relearnt.rows.forEach((row) => store.record.put(profileId, row)))
      relearnt.apply()
    }
    return journal
  }

  /** Takes one stored header if it decrypts and is the save the record holds; else counts it damaged. */
  #read(id: string, blob: Buffer): Saves | null {
    let read: ReturnType<typeof decryptHeader>
    try {
      read = decryptHeader(this.#key.cipherKey, id, this.profileId, blob)
    } catch {
      this.#damaged.add(id)
      return null
    }
    this.#record.adopt(id, read.saves.version)
    if (this.#record.versionOf(id) !== read.saves.version) {
      this.#damaged.add(id)
      return read.saves
    }
    this.#headers.set(id, read.header)
    this.#bodySaves.set(id, read.saves.bodyVersion)
    return read.saves
  }

  /** Stores a save of reflection `id` (its rows written by `write`) with its record, in one transaction. */
  #commit(id: string, version: number | null, write: () => void): void {
    const staged = this.#record.stage([[id, version]], this.#key.cipherKey)
    this.#store.transaction(() => {
      write()
      for (const row of staged.rows) this.#store.record.put(this.profileId, row)
    })
    staged.apply()
  }

  /** Items that failed their integrity check (reflections, the record, and what the caller notes); the rest are unaffected. */
  get damagedCount(): number {
    return this.#damaged.size
  }

  /**
   * Reflections shown whose save could not be checked, since the record was learnt again from
   * their headers (part of it was missing or damaged): one may be an older save put back.
   */
  uncheckedIds(): string[] {
    return [...this.#record.learnt()].filter((id) => !isGuardedItem(id) && this.#headers.has(id))
  }

  /** Its owner has looked at these unchecked reflections and keeps them as they are (only those named, never the rest). */
  confirmUnchecked(ids: readonly string[]): void {
    const named = new Set(ids)
    const changes = this.uncheckedIds()
      .filter((id) => named.has(id))
      .map((id): [string, number] => [id, this.#record.versionOf(id)!])
    if (changes.length === 0) return
    const staged = this.#record.stage(changes, this.#key.cipherKey)
    this.#store.transaction(() => staged.rows.forEach((row) => this.#store.record.put(this.profileId, row)))
    staged.apply()
  }

  /** This journal's guarded items (pins, settings), in step with its record. */
  readonly guarded: GuardedItems = {
    versionOf: (item) => this.#record.versionOf(item),
    stage: (item, write) => stageGuarded(this.#store, this.#record, this.#key.cipherKey, item, write)
  }

  /** The whole record under `key`, for a re-key: store the rows, then `apply` once they are committed. */
  recordUnder(key: KeyObject) {
    return this.#record.rewritten(key)
  }

  /** Counts an item of this journal outside its reflections as damaged (its keys, a question sealed to it). */
  noteDamage(item: string): void {
    this.#damaged.add(item)
  }

  /** An item noted as damaged has been put right (a damaged picture stored again from the same bytes). */
  noteRepaired(item: string): void {
    this.#damaged.delete(item)
  }

  /**
   * Aborted when this journal closes (a lock): long work that reads it (a print, an
   * export, the search index's build) checks it between slices and stops.
   */
  get signal(): AbortSignal {
    return this.#closing.signal
  }

  close(): void {
    this.#closing.abort()
    this.#headers.clear()
    this.#bodySaves.clear()
    this.#damaged.clear()
  }

  create(input: NewReflection, now = new Date()): { id: string } {
    const id = randomId()
    const header = newHeader(input, now, this.#pictures.own(pictureIdsIn(input.body)))
    const saves: Saves = { version: 1, bodyVersion: 1 }
    const key = this.#key.cipherKey
    const row = {
      id,
      profileId: this.profileId,
      header: encryptHeader(key, id, this.profileId, header, saves),
      body: encryptBody(key, id, this.profileId, input.body, 1)
    }
    this.#commit(id, saves.version, () => this.#store.reflections.insert(row))
    this.#headers.set(id, header)
    this.#bodySaves.set(id, saves.bodyVersion)
    return { id }
  }

  update(changes: ReflectionChanges, now = new Date()): ReflectionHeader {
    const { id } = changes
    const current = this.#headers.get(id)
    if (!current) throw this.#damaged.has(id) ? damaged() : notFound()
    const next = nextHeader(current, changes, now, changes.body ? this.#pictures.own(pictureIdsIn(changes.body)) : [])
    const version = (this.#record.versionOf(id) ?? 0) + 1
    const saves: Saves = { version, bodyVersion: changes.body ? version : this.#bodySaves.get(id) }
    const key = this.#key.cipherKey
    const header = encryptHeader(key, id, this.profileId, next, saves)
    const body = changes.body ? encryptBody(key, id, this.profileId, changes.body, version) : null
    const { reflections } = this.#store
    this.#commit(id, version, () => {
      const saved = body ? reflections.update({ id, profileId: this.profileId, header, body }) : reflections.updateHeader(id, this.profileId, header)
      if (!saved) throw notFound()
    })
    this.#headers.set(id, next)
    this.#bodySaves.set(id, saves.bodyVersion)
    this.#droppedPictures(current, next)
    return answered(id, next)
  }

  get(id: string): Reflection {
    const header = this.#headers.get(id)
    if (!header) throw this.#damaged.has(id) ? damaged() : notFound()
    const body = this.#store.reflections.getBody(id, this.profileId)
    if (!body) throw notFound()
    return answeredReflection(id, header, decryptBody(this.#key.cipherKey, id, this.profileId, body, this.#bodySaves.get(id)))
  }

  /**
   * One page of this journal's stored reflections after `afterPosition` (start at 0), in storage
   * order, each decrypted only when read (null if damaged or its header is): a pass over every
   * body, like the search index's first build, reads a page per query.
   */
  page(afterPosition: number, limit: number): StoredReflection[] {
    return this.#store.reflections.bodyPage(this.profileId, afterPosition, limit).map(({ position, id, body }) => ({
      position,
      read: () => {
        const header = this.#headers.get(id)
        if (!header) return null
        try {
          return answeredReflection(id, header, decryptBody(this.#key.cipherKey, id, this.profileId, body, this.#bodySaves.get(id)))
        } catch {
          return null
        }
      }
    }))
  }

  delete(id: string): void {
    const header = this.#headers.get(id)
    this.#commit(id, null, () => {
      if (!this.#store.reflections.delete(id, this.profileId)) throw notFound()
    })
    this.#headers.delete(id)
    this.#bodySaves.delete(id)
    this.#damaged.delete(id)
    if (header) this.#droppedPictures(header, null)
  }

  /** Tells the pictures which references a save (or a delete, `after` null) took away. */
  #droppedPictures(before: StoredHeader, after: StoredHeader | null): void {
    const kept = new Set(after?.pictures ?? [])
    const dropped = (before.pictures ?? []).filter((picture) => !kept.has(picture))
    if (dropped.length > 0) this.#pictures.dropped(dropped)
  }

  /** The pictures each readable reflection's body shows, as its header keeps them (picture-references.ts). */
  *picturesShown(): Generator<readonly string[]> {
    for (const header of this.#headers.values()) if (header.pictures) yield header.pictures
  }

  /** Whether every reflection and every part of the record read soundly at unlock (and since): then picturesShown is complete. */
  allReflectionsRead(): boolean {
    for (const item of this.#damaged) if (item === RECORD_ITEM || item.startsWith(`${RECORD_ITEM}:`) || REFLECTION_ID.test(item)) return false
    return true
  }

  /** Reflection `id`'s header as listed, if this journal holds it (no body is decrypted). */
  headerOf(id: string): ReflectionHeader | null {
    const header = this.#headers.get(id)
    return header ? answered(id, header) : null
  }

  /** Whether reflection `id` is a daily check-in (check-ins.ts). */
  isCheckIn(id: string): boolean {
    return this.#headers.get(id)?.checkIn !== undefined
  }

  /** Whether reflection `id` is a needs check-in (needs.ts). */
  isNeedsCheckIn(id: string): boolean {
    return this.#headers.get(id)?.needs !== undefined
  }

  /** Every header in no particular order, without copying the lot: for passes that count or filter. */
  *headers(): Generator<ReflectionHeader> {
    for (const [id, header] of this.#headers) yield answered(id, header)
  }

  list(themeId?: ThemeId): ReflectionHeader[] {
    const headers: ReflectionHeader[] = []
    for (const [id, header] of this.#headers) if (!themeId || header.themeId === themeId) headers.push(answered(id, header))
    return headers.sort(newestFirst)
  }

  themeSummary(): ThemeSummary[] {
    return themeSummaryOf(this.#headers.values())
  }
}
