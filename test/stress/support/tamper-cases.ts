// Every ciphertext column the migrations create, with the items a change to it may spoil (among
// them the counts of damaged items the journals and the vault keep), and the tampering done to them: one bit flipped, a blob swapped with another row's (same owner,
// or the other partner's), with another column's, or an older version of the row put back.

import Database from 'better-sqlite3'
import { bucketOf } from '../../../src/main/journal/reflection-record.ts'
import { ROOT_BUCKET } from '../../../src/main/storage/reflection-record-repository.ts'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts'
import type { Rng } from '../../bench/corpus.ts'
import type { Partner, Probe, World } from './tamper-world.ts'
import { DEFAULT_VAULT_AUTO_LOCK_MINUTES } from '../../../src/main/vault/door.ts'

export interface Cell {
  column: Column
  rowid: number
  owner: string
  /** The row's own key (its id, owner, kind…), the same in the older file. */
  natural: string
  blob: Buffer
  /** Items this cell's damage may spoil. */
  items: string[]
}

export interface Column {
  name: string
  table: string
  column: string
  /** rowid AS rowid, blob AS blob, owner AS owner, natural AS natural, plus what `items` needs. */
  select: string
  items(row: Record<string, string>, world: World): string[]
}

/**
 * The questions sealed to `who`'s partner key: those the other partner asked that `who` has not
 * answered yet (once answered, their copy is kept under their own journal key, with the answer).
 */
const promptsSealedTo = (who: Partner, world: World) =>
  Object.values(world.questions)
    .filter((q) => world.askedBy[q] !== who && !world.answeredBy[q]!.includes(who))
    .map((q) => `prompt:${q}:${who}`)
/** The record's buckets that the settings' save lives in: the root and the bucket of its reserved id. */
const settingsBuckets = new Set([String(ROOT_BUCKET), String(bucketOf('@settings'))])
const waitingReveals = (world: World) => [world.questions.bothAnswered, world.questions.oneAnswered].map((q) => `reveal:${q}`)

/**
 * Found by reading the migrations: every BLOB column but the plaintext public keys and the
 * partners' vouchers (an HMAC over a public key, which the owner's journal makes again at unlock).
 */
export const COLUMNS: Column[] = [
  {
    name: 'reflection header',
    table: 'reflections',
    column: 'header',
    select: 'SELECT rowid, header AS blob, profile_id AS owner, id AS natural FROM reflections',
    // A header that fails, or is not the save the journal's record holds, is counted damaged at unlock.
    items: (r, w) => [`reflection:${r.natural}`, `damage:${w.nameOf[r.owner!]}`]
  },
  {
    name: 'reflection body',
    table: 'reflection_bodies',
    column: 'body',
    select: 'SELECT b.rowid AS rowid, b.body AS blob, r.profile_id AS owner, b.id AS natural FROM reflection_bodies b JOIN reflections r USING (id)',
    items: (r) => [`reflection:${r.natural}`]
  },
  {
    name: 'settings',
    table: 'profile_settings',
    column: 'data',
    select: 'SELECT rowid, data AS blob, profile_id AS owner, profile_id AS natural FROM profile_settings',
    // The defaults instead, and the journal counts its settings damaged.
    items: (r, w) => [`settings:${w.nameOf[r.owner!]}`, `damage:${w.nameOf[r.owner!]}`]
  },
  {
    name: 'journal key slot',
    table: 'key_slots',
    column: 'wrapped_key',
    select: "SELECT rowid, wrapped_key AS blob, profile_id AS owner, profile_id || '/' || kind AS natural, kind FROM key_slots",
    items: (r, w) => [`slot:${w.nameOf[r.owner!]}:${r.kind}`]
  },
  {
    name: 'partner private key',
    table: 'profile_keys',
    column: 'private_key',
    select: 'SELECT rowid, private_key AS blob, profile_id AS owner, profile_id AS natural FROM profile_keys',
    // Put right with a new pair (counted), and the questions sealed to the old one are lost (each counted).
    items: (r, w) => [...promptsSealedTo(w.nameOf[r.owner!]!, w), `damage:${w.nameOf[r.owner!]}`]
  },
  {
    name: 'vault private key',
    table: 'vault',
    column: 'private_key',
    select: "SELECT rowid, private_key AS blob, 'vault' AS owner, id AS natural FROM vault",
    items: (_r, w) => [...Object.values(w.sealedTitles).map((t) => `sealed:${t}`), ...waitingReveals(w), 'vaultDamage']
  },
  {
    name: 'vault settings',
    table: 'vault',
    column: 'settings',
    select: "SELECT rowid, settings AS blob, 'vault' AS owner, id AS natural FROM vault",
    items: () => ['vaultSettings']
  },
  {
    name: 'vault key slot',
    table: 'vault_slots',
    column: 'wrapped_key',
    select: "SELECT rowid, wrapped_key AS blob, 'vault' AS owner, kind AS natural, kind FROM vault_slots",
    items: (r) => [`vaultSlot:${r.kind}`]
  },
  {
    name: 'secret header',
    table: 'vault_secrets',
    column: 'header',
    select: "SELECT rowid, header AS blob, 'vault' AS owner, id AS natural FROM vault_secrets",
    items: (r) => [`secret:${r.natural}`, 'vaultDamage']
  },
  {
    name: 'secret body',
    table: 'vault_secrets',
    column: 'body',
    select: "SELECT rowid, body AS blob, 'vault' AS owner, id AS natural FROM vault_secrets",
    items: (r) => [`secret:${r.natural}`]
  },
  {
    name: 'sealed drop-in',
    table: 'vault_sealed',
    column: 'sealed',
    select: "SELECT rowid, sealed AS blob, 'vault' AS owner, id AS natural FROM vault_sealed",
    items: (r, w) => [`sealed:${w.sealedTitles[r.natural!]}`, 'vaultDamage']
  },
  {
    name: 'question for a partner',
    table: 'reveal_prompts',
    column: 'sealed',
    select: "SELECT rowid, sealed AS blob, profile_id AS owner, reveal_id || '/' || profile_id AS natural, reveal_id FROM reveal_prompts",
    items: (r, w) => [`prompt:${r.reveal_id}:${w.nameOf[r.owner!]}`, `damage:${w.nameOf[r.owner!]}`]
  },
  {
    name: 'answer waiting',
    table: 'reveal_answers',
    column: 'sealed',
    select: "SELECT rowid, sealed AS blob, profile_id AS owner, reveal_id || '/' || profile_id AS natural, reveal_id FROM reveal_answers",
    items: (r) => [`reveal:${r.reveal_id}`, 'vaultDamage']
  },
  {
    name: 'revealed answers',
    table: 'vault_reveals',
    column: 'data',
    select: "SELECT rowid, data AS blob, 'vault' AS owner, id AS natural FROM vault_reveals",
    items: (r) => [`reveal:${r.natural}`, 'vaultDamage']
  },
  {
    name: "journal's record of reflections",
    table: 'reflection_record',
    column: 'data',
    select: "SELECT rowid, data AS blob, profile_id AS owner, profile_id || '/' || bucket AS natural, bucket FROM reflection_record",
    // What a bucket listed is learnt again from the headers: shown as before, the record counted
    // damaged. The settings' save cannot be learnt (it is bound into their blob): the defaults then.
    items: (r, w) => [`damage:${w.nameOf[r.owner!]}`, ...(settingsBuckets.has(String(r.bucket)) ? [`settings:${w.nameOf[r.owner!]}`] : [])]
  },
  {
    name: "journal's pinned vault keys",
    table: 'journal_pins',
    column: 'data',
    select: 'SELECT rowid, data AS blob, profile_id AS owner, profile_id AS natural FROM journal_pins',
    items: (r, w) => [`damage:${w.nameOf[r.owner!]}`]
  },
  {
    name: "vault's roster key",
    table: 'vault',
    column: 'roster_key',
    select: "SELECT rowid, roster_key AS blob, 'vault' AS owner, id AS natural FROM vault",
    items: () => ['vaultDamage']
  }
]

/** Every cell of every column in `file`. */
export function cellsOf(file: string, world: World): Cell[] {
  const db = new Database(file, { readonly: true })
  try {
    return COLUMNS.flatMap((column) =>
      (db.prepare(column.select).all() as Array<Record<string, unknown>>).map((row) => ({
        column,
        rowid: row.rowid as number,
        owner: String(row.owner),
        natural: String(row.natural),
        blob: row.blob as Buffer,
        items: column.items(row as Record<string, string>, world)
      }))
    )
  } finally {
    db.close()
  }
}

export type Kind = 'flip' | 'rows' | 'owners' | 'fields' | 'replay'
export const KINDS: Kind[] = ['flip', 'rows', 'owners', 'fields', 'replay']

/** One tampering: the cells it writes (with their new bytes) and the items it may spoil. */
export interface Case {
  kind: Kind
  what: string
  writes: Array<{ cell: Cell; bytes: Buffer }>
  items: string[]
}

const pick = <T>(rng: Rng, list: T[]): T => list[Math.floor(rng() * list.length)]!
const key = (c: Cell) => `${c.column.table}.${c.column.column}#${c.rowid}`

/** A case of `kind` made from the cells, or null when none of that kind exists here. */
export function makeCase(kind: Kind, rng: Rng, cells: Cell[], older: Map<string, Buffer>): Case | null {
  const swap = (a: Cell, b: Cell, what: string): Case => ({
    kind,
    what,
    writes: [
      { cell: a, bytes: b.blob },
      { cell: b, bytes: a.blob }
    ],
    items: [...a.items, ...b.items]
  })
  switch (kind) {
    case 'flip': {
      const cell = pick(rng, cells)
      const bit = Math.floor(rng() * cell.blob.length * 8)
      const bytes = Buffer.from(cell.blob)
      bytes[bit >> 3] = bytes[bit >> 3]! ^ (1 << (bit & 7))
      return { kind, what: `${cell.column.name}: bit ${bit} of ${cell.blob.length * 8}`, writes: [{ cell, bytes }], items: cell.items }
    }
    case 'rows':
    case 'owners': {
      const pairs = cells.flatMap((a) =>
        cells.filter((b) => b.column === a.column && key(a) < key(b) && (a.owner === b.owner) === (kind === 'rows')).map((b) => [a, b] as const)
      )
      if (pairs.length === 0) return null
      const [a, b] = pick(rng, pairs)
      return swap(a, b, `${a.column.name}: ${kind === 'rows' ? 'two rows' : 'Ana’s and Ben’s'} swapped`)
    }
    case 'fields': {
      const a = pick(rng, cells)
      // Mostly another column of the same row or owner, sometimes any other column at all.
      const near = cells.filter((b) => b.column !== a.column && (b.natural === a.natural || b.owner === a.owner))
      const b = pick(rng, near.length > 0 && rng() < 0.7 ? near : cells.filter((c) => c.column !== a.column))
      return swap(a, b, `${a.column.name} ⇄ ${b.column.name}`)
    }
    case 'replay': {
      const changed = cells.filter((c) => older.has(`${c.column.name}/${c.natural}`) && !older.get(`${c.column.name}/${c.natural}`)!.equals(c.blob))
      if (changed.length === 0) return null
      const cell = pick(rng, changed)
      return {
        kind,
        what: `${cell.column.name}: its older version`,
        writes: [{ cell, bytes: older.get(`${cell.column.name}/${cell.natural}`)! }],
        items: cell.items
      }
    }
  }
}

/** Writes a round's cases into a copy of the world's file. */
export function applyCases(file: string, cases: Case[]): void {
  const db = new Database(file)
  try {
    db.transaction(() => {
      for (const { writes } of cases) {
        for (const { cell, bytes } of writes) db.prepare(`UPDATE ${cell.column.table} SET ${cell.column.column} = ? WHERE rowid = ?`).run(bytes, cell.rowid)
      }
    })()
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
}

/** Whether the round's cases overlap (a cell, an item, or two that lock a whole journal or the vault). */
export function overlaps(round: Case[], next: Case): boolean {
  const cellsOfRound = new Set(round.flatMap((c) => c.writes.map((w) => key(w.cell))))
  const itemsOfRound = new Set(round.flatMap((c) => c.items))
  const global = (c: Case) => c.items.some((i) => i.startsWith('slot:') || i.startsWith('vaultSlot:'))
  return next.writes.some((w) => cellsOfRound.has(key(w.cell))) || next.items.some((i) => itemsOfRound.has(i)) || (global(next) && round.some(global))
}

/** What to try the recovery codes on first, for a round's cases. */
export function probeFor(cases: Case[]): Probe {
  const items = cases.flatMap((c) => c.items)
  return {
    recovery: (['Ana', 'Ben'] as const).filter((who) => items.includes(`slot:${who}:recovery`)),
    vaultRecovery: items.includes('vaultSlot:recovery')
  }
}

const DEFAULTS = JSON.stringify(DEFAULT_SETTINGS)
const DEFAULT_VAULT_MINUTES = String(DEFAULT_VAULT_AUTO_LOCK_MINUTES)

/**
 * Whether an item's answer says it was spoilt, in the way documented for its kind: TAMPERED for
 * reflections and secrets (header left out of the list, or the body refused); the defaults for
 * settings; WRONG_PASSPHRASE (GCM cannot tell a damaged wrap from a wrong key) or TAMPERED for
 * key slots; left out for questions and drop-ins; a revealed question left unrevealed, or out.
 */
export function spoilt(item: string, answer: string | undefined, unspoilt: string | undefined): boolean {
  if (answer === undefined) return false
  const [type] = item.split(':')
  switch (type) {
    case 'reflection':
    case 'secret':
    case 'sealed': {
      if (answer === 'absent') return type === 'sealed'
      const { header, body } = JSON.parse(answer) as { header: unknown; body: string }
      const was = unspoilt && unspoilt !== 'absent' ? (JSON.parse(unspoilt) as { header: unknown }).header : undefined
      return body === 'TAMPERED' && (header === null || JSON.stringify(header) === JSON.stringify(was))
    }
    case 'settings':
      return answer === DEFAULTS
    case 'vaultSettings':
      return answer === DEFAULT_VAULT_MINUTES
    case 'slot':
    case 'vaultSlot':
      return answer === 'WRONG_PASSPHRASE' || answer === 'TAMPERED'
    case 'prompt':
      return answer === 'absent'
    // A count of damaged items that went up: the item changed was counted, not shown.
    case 'damage':
    case 'vaultDamage':
      return Number(answer) > Number(unspoilt ?? 0)
    case 'reveal': {
      if (answer === 'absent') return true
      // A question whose answers could not be opened stays waiting, showing no answer.
      const reveal = JSON.parse(answer) as { revealed: boolean; answers: unknown[] }
      const was = unspoilt && unspoilt !== 'absent' ? (JSON.parse(unspoilt) as { revealed: boolean }).revealed : false
      return was && !reveal.revealed && reveal.answers.length === 0
    }
    default:
      return false
  }
}

/**
 * For a replayed row: each part of the item (a reflection's header and body are separate rows)
 * is either as it is now or as it was, never anything else.
 */
export function fromEitherVersion(answer: string | undefined, now: string | undefined, before: string | undefined): boolean {
  if (answer === undefined) return false
  if (answer === now || answer === before) return true
  if (!now || !before || !answer.startsWith('{') || !now.startsWith('{') || !before.startsWith('{')) return false
  const [a, n, b] = [answer, now, before].map((s) => JSON.parse(s) as Record<string, unknown>)
  return Object.keys({ ...a, ...n }).every((k) => JSON.stringify(a![k]) === JSON.stringify(n![k]) || JSON.stringify(a![k]) === JSON.stringify(b![k]))
}
