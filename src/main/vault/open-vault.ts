// The vault while it is open together: its secrets' headers in memory (ideas and times together
// apart, in `time`), the private key that opens sealed drop-ins and answers, and its settings. Opening
// moves whatever was sealed to the vault under the vault key; closing wipes the keys and drops the headers.

import type { KeyObject } from 'node:crypto'
import type { Responses, Reveal, VaultSecret, VaultSecretHeader } from '../../shared/contract.ts'
import { decryptJson } from '../crypto/aead.ts'
import { openingKey, publicKeyOf } from '../crypto/seal.ts'
import { allocSecret, randomId, wipe } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import type { RevealRepository } from '../storage/reveal-repository.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import type { VaultRow } from '../storage/vault-repository.ts'
import { localDate } from '../../shared/dates.ts'
import { summarise, type RichTextNode } from '../../shared/rich-text.ts'
import { openPrivateKey, openRosterKey } from './keys.ts'
import {
  newestFirst,
  openedBody,
  requireAuthor,
  requireEditable,
  requireOpened,
  secretDamaged,
  secretHeader,
  secretNotFound,
  secretRow,
  vaultPlace,
  type NewSecret,
  type SecretChanges,
  type StoredSecretHeader
} from './codec.ts'
import { listReveals, respondToReveal, revealAnswered, type AnswerContext } from './reveals.ts'
import { noResponses, storedResponses } from './responses.ts'
import { takeInDropIns } from './drop-in.ts'
import { TimeTogetherItems } from './time-together.ts'

export interface VaultItemDeps {
  items: VaultItemRepository
  reveals: RevealRepository
  /** The journals on this computer: a vault from before its partners were bound is bound only to two of them. */
  profileIds?: readonly string[]
  /** The backend's clock: what is taken in is checked against it (a drop-in dated ahead is damaged). */
  now?: () => number
}

export class OpenVault {
  readonly vaultId: string
  readonly partners: readonly [string, string]
  readonly #key: SessionKey
  #publicKey: Buffer
  /** The stored public key was not the private key's own (swapped on disk); the caller stores the right one. */
  readonly publicKeyWasWrong: boolean
  /** The private key opened at the place of vaults from before it was bound to its partners: the caller binds it. */
  privateKeyUnbound = false
  #privateKey: Buffer | null
  /** The key partners' journals vouch for their sealing keys with; null until the backend gives one. */
  #rosterKey: Buffer | null
  readonly #deps: VaultItemDeps
  readonly #headers = new Map<string, StoredSecretHeader>()
  readonly #damaged = new Set<string>()
  readonly time: TimeTogetherItems
  readonly #closing = new AbortController()
  // The run of takeIn under way: a second waits for it, so nothing is read twice and moved twice.
  #takingIn: Promise<void> = Promise.resolve()

  private constructor(row: VaultRow, key: SessionKey, privateKey: Buffer | null, rosterKey: Buffer | null, deps: VaultItemDeps) {
    this.vaultId = row.id
    this.partners = [row.partnerA, row.partnerB]
    this.#key = key
    // Sealed items are opened against the private key's own public key, never a stored one that may be swapped.
    this.#publicKey = privateKey ? publicKeyOf(openingKey(privateKey)) : row.publicKey
    this.publicKeyWasWrong = !this.#publicKey.equals(row.publicKey)
    if (this.publicKeyWasWrong) this.#damaged.add('vault-public-key')
    this.#privateKey = privateKey
    this.#rosterKey = rosterKey
    this.#deps = deps
    this.time = new TimeTogetherItems(this, deps.items, (id) => this.#damaged.add(id))
  }

  /** Takes ownership of `key` (closed with the vault). */
  static async open(row: VaultRow, key: SessionKey, deps: VaultItemDeps): Promise<OpenVault> {
    const { privateKey, unbound } = openPrivateKey(row, key, deps.profileIds ?? [])
    const vault = new OpenVault(row, key, privateKey, openRosterKey(row, key), deps)
    vault.privateKeyUnbound = unbound
    // Failed (damaged, or its partners changed in the file): nothing sealed opens, and that is damage.
    if (!privateKey) vault.#damaged.add('private-key')
    if (row.rosterKey && !vault.#rosterKey) vault.#damaged.add('roster-key')
    for (const secret of deps.items.secrets(row.id)) {
      try {
        const header = decryptJson<StoredSecretHeader>(key.cipherKey, secret.header, vaultPlace.secret(row.id, secret.id, 'header'))
        if (!vault.time.take(secret.id, header)) vault.#headers.set(secret.id, header)
      } catch {
        vault.#damaged.add(secret.id)
      }
    }
    await vault.takeIn()
    return vault
  }

  get publicKey(): Buffer {
    return this.#publicKey
  }

  get cipherKey(): KeyObject {
    return this.#key.cipherKey
  }

  /** Takes a new key pair in place of one opened unbound (binding.ts), which the caller has stored, bound. */
  adoptPair(privateKey: Buffer): void {
    const own = allocSecret(privateKey.length)
    privateKey.copy(own)
    wipe(this.#privateKey)
    this.#privateKey = own
    this.#publicKey = publicKeyOf(openingKey(own))
    this.privateKeyUnbound = false
  }

  /** The vault's private key, for opening what was sealed to it; null when it failed its check. */
  openingKey(): KeyObject | null {
    return this.#privateKey ? openingKey(this.#privateKey) : null
  }

  /** The key for partners' vouchers (secret; wiped on close); null in a vault made before vouchers, until one is given. */
  get rosterKey(): Buffer | null {
    return this.#rosterKey
  }

  /** Takes a roster key just made for this vault (it had none, or only a damaged one), owned from here. */
  adoptRosterKey(rosterKey: Buffer): void {
    wipe(this.#rosterKey)
    this.#rosterKey = rosterKey
  }

  /** Items that failed their integrity check: secrets, their responses, and sealed items that could not be opened. */
  get damagedCount(): number {
    return this.#damaged.size
  }

  /** What this opening found damaged, by id: a re-key that replaces this vault carries it over. */
  damagedItems(): string[] {
    return [...this.#damaged]
  }

  /** Counts what the vault this one replaced found damaged (its keys, put right by the re-key, among them). */
  carryDamage(items: Iterable<string>): void {
    for (const item of items) this.#damaged.add(item)
  }

  /** Aborted when this opening closes (a lock): long work that reads it (a print of its secrets) checks it between steps. */
  get signal(): AbortSignal {
    return this.#closing.signal
  }

  close(): void {
    this.#closing.abort()
    wipe(this.#privateKey, this.#rosterKey)
    this.#privateKey = null
    this.#rosterKey = null
    this.#headers.clear()
    this.time.clear()
    this.#damaged.clear()
    this.#key.close()
  }

  /**
   * Moves sealed drop-ins under the vault key (shown as new), and questions both partners answered
   * into revealed ones, in slices with a turn of the event loop between (drop-in.ts); a damaged item
   * stays where it is, counted. One run at a time: each reads what waits once the one before is done.
   */
  takeIn(now = new Date((this.#deps.now ?? Date.now)())): Promise<void> {
    const run = this.#takingIn.then(() => this.#takeIn(now))
    this.#takingIn = run.catch(() => undefined)
    return run
  }

  async #takeIn(now: Date): Promise<void> {
    const { items, reveals } = this.#deps
    const sealed = items.sealed(this.vaultId)
    const answers = reveals.answers()
    if (sealed.length === 0 && answers.length === 0) return
    if (!this.#privateKey) {
      for (const row of sealed) this.#damaged.add(row.id)
      return
    }
    const key = openingKey(this.#privateKey)
    await takeInDropIns(this.#answers(), key, sealed, now, this.time, (id, header) => this.#headers.set(id, header as StoredSecretHeader))
    revealAnswered(this.#answers(), key, answers, now)
  }

  /** Headers without their replies and reactions, which come with the whole secret. */
  list(): VaultSecretHeader[] {
    return [...this.#headers].map(([id, { responses: _, ...header }]) => ({ id, ...header })).sort(newestFirst)
  }

  /** The replies and reactions kept with a secret; ones not as this version writes them count it as damaged. */
  #responses(id: string, header: StoredSecretHeader): Responses {
    const responses = storedResponses(header.responses, this.partners)
    if (responses) return responses
    this.#damaged.add(`${id}:responses`)
    return noResponses()
  }

  create(input: NewSecret, now = new Date()): { id: string } {
    requireAuthor(this.partners, input.authorId)
    const id = randomId()
    const header = secretHeader(input, now.toISOString(), { isNew: false, wasSealed: false, date: input.date ?? localDate(now) })
    this.#deps.items.insertSecret(this.vaultId, secretRow(this.cipherKey, this.vaultId, id, header, input.body))
    this.#headers.set(id, header)
    return { id }
  }

  #body(id: string): RichTextNode {
    return openedBody(this.cipherKey, this.vaultId, id, this.#deps.items.secretBody(this.vaultId, id))
  }

  #existing(id: string): StoredSecretHeader {
    const header = this.#headers.get(id)
    if (!header) throw this.#damaged.has(id) ? secretDamaged() : secretNotFound()
    return header
  }

  /** The whole secret; reading it marks it as no longer new. */
  get(id: string): VaultSecret {
    const header = this.#existing(id)
    const body = this.#body(id)
    if (header.isNew) this.#write(id, { ...header, isNew: false }, body)
    return { id, ...header, isNew: false, body, responses: this.#responses(id, header) }
  }

  /** The whole secret, leaving it new: printing it is not reading it together. */
  peek(id: string): VaultSecret {
    return { ...this.glance(id), body: this.#body(id) }
  }

  /** A secret's header and its replies, from memory: its body is not read (one spoilt leaves this be). */
  glance(id: string): VaultSecretHeader & { responses: Responses } {
    const header = this.#existing(id)
    return { id, ...header, responses: this.#responses(id, header) }
  }

  /** Changes the replies and reactions kept with a secret or a revealed answer; answers them as they now are. */
  respond(on: { kind: 'secret' | 'reveal'; id: string }, change: (responses: Responses) => Responses): Responses {
    if (on.kind === 'reveal') return respondToReveal(this.#answers(), on.id, (r) => change(storedResponses(r, this.partners) ?? noResponses()))
    const header = this.#existing(on.id)
    requireOpened(header)
    const responses = change(this.#responses(on.id, header))
    this.#write(on.id, { ...header, responses }, this.#body(on.id))
    return responses
  }

  update(changes: SecretChanges, now = new Date()): VaultSecretHeader {
    const current = this.#existing(changes.id)
    requireEditable(current)
    if (changes.authorId !== undefined) requireAuthor(this.partners, changes.authorId)
    const body = changes.body ?? this.#body(changes.id)
    const next: StoredSecretHeader = {
      ...current,
      authorId: changes.authorId ?? current.authorId,
      title: changes.title ?? current.title,
      date: changes.date ?? current.date,
      ...(changes.body ? summarise(changes.body) : {}),
      isNew: false,
      updatedAt: now.toISOString()
    }
    this.#write(changes.id, next, body)
    return { id: changes.id, ...next }
  }

  #write(id: string, header: StoredSecretHeader, body: RichTextNode): void {
    if (!this.#deps.items.updateSecret(this.vaultId, secretRow(this.cipherKey, this.vaultId, id, header, body))) throw secretNotFound()
    this.#headers.set(id, header)
  }

  delete(id: string): void {
    if (this.time.has(id)) throw secretNotFound()
    if (!this.#deps.items.deleteSecret(this.vaultId, id)) throw secretNotFound()
    this.#headers.delete(id)
    this.#damaged.delete(id)
  }

  /** Revealed questions with both answers, and those still waiting (who answered, not what). */
  reveals(): Reveal[] {
    return listReveals(this.#answers(), this.#privateKey ? openingKey(this.#privateKey) : null)
  }

  /** What the reveal steps need of this vault (reveals.ts). */
  #answers(): AnswerContext {
    return {
      vaultId: this.vaultId,
      partners: this.partners,
      cipherKey: this.cipherKey,
      publicKey: this.#publicKey,
      items: this.#deps.items,
      reveals: this.#deps.reveals,
      damaged: (id) => this.#damaged.add(id)
    }
  }
}
