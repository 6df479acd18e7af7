// Time together inside the open vault (issue 17, item 4): the ideas and the times logged, held
// in memory while it is open like the secrets' headers, and written as vault items
// (time-together-codec.ts). The open vault hands this every header whose kind is one of ours,
// as it opens and as drop-ins are taken in; closing it drops them. The list and the log hold a
// stated number (TIME_IDEAS_MAX, TIME_LOG_MAX), so what one partner alone drops in sealed is
// bounded: an idea that finds the list full stays sealed, waiting, and is said so.

import type { KeyObject } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { localDate } from '../../shared/dates.ts'
import { AppError } from '../../shared/errors.ts'
import { lastPlannableWeek, SEED_IDEAS, TIME_IDEAS_MAX, TIME_LOG_MAX, weekStartOf, type TimeTogether } from '../../shared/time-together.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import type { TimeIntake } from './drop-in.ts'
import {
  answeredIdea,
  answeredTime,
  checkedTimeItem,
  isTimeKind,
  timeRow,
  type StoredIdea,
  type StoredTime,
  type StoredTimeItem
} from './time-together-codec.ts'

/** The open vault these are in (open-vault.ts). */
interface InVault {
  readonly vaultId: string
  readonly partners: readonly string[]
  readonly cipherKey: KeyObject
  /** Aborted when the vault closes. */
  readonly signal: AbortSignal
}

const SEED_ORDER = new Map(SEED_IDEAS.map((seed, i) => [seed.id, i]))
// New ideas marked seen per transaction, with a turn of the event loop between (each costs some 30 µs).
const SEEN_PER_TURN = 50

export class TimeTogetherItems implements TimeIntake {
  readonly #vault: InVault
  readonly #rows: VaultItemRepository
  /** Counts an item that failed its check as damaged, like a secret. */
  readonly #damaged: (id: string) => void
  readonly #items = new Map<string, StoredTimeItem>()
  // Ideas that came in sealed and were new when first listed in this opening: they stay "new" until it closes.
  readonly #newThisOpening = new Set<string>()
  // Sealed drop-ins, by id, that are ideas the full list left waiting where they are.
  readonly #waiting = new Set<string>()

  constructor(vault: InVault, rows: VaultItemRepository, damaged: (id: string) => void) {
    this.#vault = vault
    this.#rows = rows
    this.#damaged = damaged
  }

  /** Keeps `header` if it is one of ours (answers true), counting it damaged if it is not as written; false for a secret's. */
  take(id: string, header: unknown): boolean {
    if (!isTimeKind(header)) return false
    const item = checkedTimeItem(header, this.#vault.partners)
    if (item) this.#items.set(id, item)
    else this.#damaged(id)
    return true
  }

  /** A drop-in other than an idea always moves in; an idea only while the list, with those `queued` to move in with it, has room. */
  admits(sealedId: string, header: unknown, queued: readonly unknown[]): boolean {
    if (!isIdea(header)) return true
    const room = this.#count('idea') + queued.filter(isIdea).length < TIME_IDEAS_MAX
    if (room) this.#waiting.delete(sealedId)
    else this.#waiting.add(sealedId)
    return room
  }

  has(id: string): boolean {
    return this.#items.has(id)
  }

  clear(): void {
    this.#items.clear()
    this.#newThisOpening.clear()
    this.#waiting.clear()
  }

  #count(kind: StoredTimeItem['kind']): number {
    let count = 0
    for (const item of this.#items.values()) if (item.kind === kind) count++
    return count
  }

  /**
   * Puts our ideas in, as many as the list has room for, with `alsoInTheSameTransaction` (the
   * vault's note that it was seeded). Once any of ours is on the list none is put in again: a
   * settings blob put back from before they were would otherwise bring back those removed.
   */
  seed(now: Date, alsoInTheSameTransaction: () => void): void {
    const stamp = now.toISOString()
    const ours = [...this.#items.values()].some((item) => item.kind === 'idea' && item.seedId !== undefined)
    const room = Math.max(0, TIME_IDEAS_MAX - this.#count('idea'))
    const rows = (ours ? [] : SEED_IDEAS.slice(0, room)).map((seed) => ({
      id: randomId(),
      item: { kind: 'idea', text: seed.text, seedId: seed.id, isNew: false, createdAt: stamp, updatedAt: stamp } satisfies StoredIdea
    }))
    this.#rows.transaction(() => {
      for (const { id, item } of rows) this.#rows.insertSecret(this.#vault.vaultId, this.#row(id, item))
      alsoInTheSameTransaction()
    })
    for (const { id, item } of rows) this.#items.set(id, item)
  }

  /**
   * The ideas and the log; an idea that came in sealed is said as new, and from here is stored as
   * seen, a slice per transaction with a turn of the event loop between. LOCKED if the vault closes meanwhile.
   */
  async list(now: Date): Promise<TimeTogether> {
    const seen = [...this.#items].filter(([, item]) => item.kind === 'idea' && item.isNew).map(([id]) => id)
    for (const id of seen) this.#newThisOpening.add(id)
    for (let start = 0; start < seen.length; start += SEEN_PER_TURN) {
      if (start > 0) await nextTurn()
      // Read as they are now: a change made between slices (a plan, a removal) is kept.
      const slice = seen.slice(start, start + SEEN_PER_TURN).flatMap((id) => {
        const idea = this.#items.get(id)
        return idea?.kind === 'idea' && idea.isNew ? [{ id, idea }] : []
      })
      const stored = this.#rows.transaction(() => slice.map(({ id, idea }) => this.#store(id, { ...idea, isNew: false }, now)))
      slice.forEach(({ id }, i) => (stored[i] ? this.#items.set(id, stored[i]) : this.#items.delete(id)))
    }
    if (this.#vault.signal.aborted) throw new AppError('LOCKED', 'The vault is locked. Open it together to go on.')
    return this.peek()
  }

  /** The ideas and the log as they are, leaving new ones new: printing them is not opening them together. */
  peek(): TimeTogether {
    const ideas = []
    const log = []
    for (const [id, item] of this.#items) {
      if (item.kind === 'idea') ideas.push(answeredIdea(id, item, this.#newThisOpening.has(id)))
      else log.push(answeredTime(id, item))
    }
    ideas.sort((a, b) => Number(b.isNew) - Number(a.isNew) || order(b.addedAt, a.addedAt) || seedOrder(a.seedId) - seedOrder(b.seedId) || order(a.id, b.id))
    log.sort((a, b) => order(b.date, a.date) || order(b.loggedAt, a.loggedAt))
    return { ideas, log, waitingIdeas: this.#waiting.size }
  }

  addIdea(text: string, now: Date): void {
    if (this.#count('idea') >= TIME_IDEAS_MAX) {
      throw new AppError('LIMIT_REACHED', `Your list holds ${TIME_IDEAS_MAX} ideas, as many as it keeps. Remove one you have done or gone off, to make room.`)
    }
    const stamp = now.toISOString()
    this.#insert({ kind: 'idea', text, isNew: false, createdAt: stamp, updatedAt: stamp })
  }

  removeIdea(id: string): void {
    this.#idea(id)
    this.#delete(id)
  }

  /** `week`: a Monday (the contract checks it is one), this week's or one up to a year later; null: out of the plan. */
  plan(id: string, week: string | null, now: Date): void {
    const idea = this.#idea(id)
    if (week !== null && week < weekStartOf(now)) {
      throw new AppError('INVALID_INPUT', 'Plan it for this week or a later one.', { field: 'week' })
    }
    if (week !== null && week > lastPlannableWeek(now)) {
      throw new AppError('INVALID_INPUT', 'Plan it for a week within the coming year.', { field: 'week' })
    }
    this.#write(id, week === null ? withoutPlan(idea) : { ...idea, planned: week }, now)
  }

  /** A time together; the idea it came from, if planned, leaves the plan in the same transaction. */
  log(input: { date: string; what: string; ideaId?: string | undefined }, now: Date): void {
    if (input.date > localDate(now)) {
      throw new AppError('INVALID_INPUT', 'Choose today or a day before: this is for what you have already done together.', { field: 'date' })
    }
    if (this.#count('together-log') >= TIME_LOG_MAX) {
      throw new AppError(
        'LIMIT_REACHED',
        `What you did holds ${TIME_LOG_MAX.toLocaleString('en-GB')} times together, as many as it keeps. Remove an old one to make room for this one.`
      )
    }
    const ideaId = input.ideaId
    const idea = ideaId === undefined ? null : this.#idea(ideaId)
    const stamp = now.toISOString()
    const time: StoredTime = { kind: 'together-log', date: input.date, what: input.what, createdAt: stamp, updatedAt: stamp, ...(ideaId ? { ideaId } : {}) }
    const id = randomId()
    const unplanned = idea?.planned === undefined ? null : withoutPlan(idea)
    const stored = this.#rows.transaction(() => {
      this.#rows.insertSecret(this.#vault.vaultId, this.#row(id, time))
      if (!unplanned) return null
      return this.#store(ideaId!, unplanned, now) ?? throwError(ideaGone())
    })
    this.#items.set(id, time)
    if (stored) this.#items.set(ideaId!, stored)
  }

  removeLog(id: string): void {
    if (this.#items.get(id)?.kind !== 'together-log') throw new AppError('NOT_FOUND', 'That time is not in your log any more. It may have been removed.')
    this.#delete(id)
  }

  #idea(id: string): StoredIdea {
    const item = this.#items.get(id)
    if (item?.kind !== 'idea') throw ideaGone()
    return item
  }

  #row(id: string, item: StoredTimeItem) {
    return timeRow(this.#vault.cipherKey, this.#vault.vaultId, id, item)
  }

  #insert(item: StoredTimeItem): void {
    const id = randomId()
    this.#rows.insertSecret(this.#vault.vaultId, this.#row(id, item))
    this.#items.set(id, item)
  }

  /** Writes `item` over its row, its change dated `now`; null (nothing written) when the row is gone. */
  #store<T extends StoredTimeItem>(id: string, item: T, now: Date): T | null {
    const next = { ...item, updatedAt: now.toISOString() }
    return this.#rows.updateSecret(this.#vault.vaultId, this.#row(id, next)) ? next : null
  }

  #write(id: string, item: StoredTimeItem, now: Date): void {
    const stored = this.#store(id, item, now)
    if (stored) return void this.#items.set(id, stored)
    this.#items.delete(id)
    throw ideaGone()
  }

  #delete(id: string): void {
    this.#rows.deleteSecret(this.#vault.vaultId, id)
    this.#items.delete(id)
    this.#newThisOpening.delete(id)
  }
}

function isIdea(header: unknown): boolean {
  return (header as { kind?: unknown } | null)?.kind === 'idea'
}

function withoutPlan({ planned: _, ...idea }: StoredIdea): StoredIdea {
  return idea
}

function throwError(error: AppError): never {
  throw error
}

function ideaGone(): AppError {
  return new AppError('NOT_FOUND', 'That idea is not on your list any more. It may have been removed.')
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function seedOrder(seedId: string | undefined): number {
  return seedId === undefined ? -1 : (SEED_ORDER.get(seedId) ?? SEED_IDEAS.length)
}
