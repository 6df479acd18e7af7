// Tamper sweep (issue 7): every ciphertext column of every table (reflection headers and bodies,
// settings, key slots, partners' and the vault's private keys, vault settings and slots,
// secrets, sealed drop-ins, questions, answers, revealed answers, each journal's record of its
// reflections and its pinned vault keys, the vault's roster key), edited in a copy of a real
// journal: one bit flipped anywhere, a blob swapped with another row's (the same owner's or the
// other partner's), with another column's, or an older version of the row put back. A fresh
// backend then reads everything: each spoilt item must say so in its documented way (TAMPERED,
// or the defaults, or WRONG_PASSPHRASE for a key slot, or a higher count of damaged items) while
// every other item reads exactly as before; never a crash, never another item's text. An older
// reflection put back is now spoilt too (its save is not the one its journal's record holds). A few cases share a round when they touch
// nothing in common. Sizes follow STRESS_SCALE; STRESS_SEED replays a run.

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runSeed } from './support/crash-checks.ts'
import { scaled, tally } from './support/tally.ts'
import {
  COLUMNS,
  applyCases,
  cellsOf,
  fromEitherVersion,
  makeCase,
  overlaps,
  probeFor,
  spoilt,
  type Case,
  type Cell,
  type Kind
} from './support/tamper-cases.ts'
import { buildWorld, readWorld, type World } from './support/tamper-world.ts'

const work = mkdtempSync(join(tmpdir(), 'sevenfold-tamper-'))
const { seed, rng } = runSeed('tamper')
const NO_PROBE = { recovery: [], vaultRecovery: false }
const PER_ROUND = 8
let world: World
let now: Record<string, string>
let before: Record<string, string>
let cells: Cell[]
const older = new Map<string, Buffer>()

beforeAll(async () => {
  world = await buildWorld(work)
  now = await readWorld(work, world, world.file, world.secrets, NO_PROBE)
  before = await readWorld(work, world, world.oldFile, world.oldSecrets, NO_PROBE)
  cells = cellsOf(world.file, world)
  for (const cell of cellsOf(world.oldFile, world)) older.set(`${cell.column.name}/${cell.natural}`, cell.blob)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** What one round's reading got wrong, per case (by index) and for the untouched items. */
function judgeRound(cases: Case[], got: Record<string, string>) {
  const itemsOf = new Map<string, Case>()
  for (const c of cases) for (const item of c.items) itemsOf.set(item, c)
  const caseProblems = new Map<Case, string[]>(cases.map((c) => [c, []]))
  // A journal (or the vault) with both of its key slots spoilt cannot be read at all: its items are out of reach, not lost.
  const unreachable = (item: string) =>
    (['Ana', 'Ben'] as const).some(
      (who) =>
        itemsOf.has(`slot:${who}:passphrase`) &&
        itemsOf.has(`slot:${who}:recovery`) &&
        (item.endsWith(`:${who}`) || item === `settings:${who}` || world.reflections[who].some((id) => item === `reflection:${id}`))
    ) ||
    (itemsOf.has('vaultSlot:joint') && itemsOf.has('vaultSlot:recovery') && /^(secret|sealed|reveal|vaultSettings|vaultDamage)/.test(item))
  const untouched: string[] = []
  // Replayed items that opened as their older version: authentic, so no integrity check can tell.
  let older = 0
  for (const item of new Set([...Object.keys(now), ...Object.keys(got), ...itemsOf.keys()])) {
    const owner = itemsOf.get(item)
    // A slot's recovery is only tried when it was tampered with; unspoilt, it opens.
    const expected = now[item] ?? (item.endsWith(':recovery') ? 'ok' : undefined)
    if (owner) {
      if (unreachable(item) && got[item] === undefined) continue
      const isSpoilt = spoilt(item, got[item], expected)
      const asBefore = !isSpoilt && owner.kind === 'replay' && fromEitherVersion(got[item], expected, before[item])
      if (asBefore && got[item] !== expected) older++
      const fine = isSpoilt || asBefore
      if (!fine)
        caseProblems.get(owner)!.push(`${item} read as ${got[item] === undefined ? 'nothing' : got[item] === expected ? 'if untouched' : 'something else'}`)
    } else if (!unreachable(item) && got[item] !== expected) {
      untouched.push(`${item} changed though untouched`)
    }
  }
  return { caseProblems, untouched, older }
}

async function sweep(kind: Kind, count: number) {
  const all: Case[] = []
  for (let i = 0; all.length < count && i < count * 10; i++) {
    // Flips and row swaps go round the columns in turn (those with two rows to swap), so each
    // is hit; swaps across columns and replays pick at random.
    const from = kind === 'flip' || kind === 'rows' || kind === 'owners' ? cells.filter((c) => c.column === COLUMNS[i % COLUMNS.length]) : cells
    const made = from.length > 0 ? makeCase(kind, rng, from, older) : null
    if (made) all.push(made)
  }
  const rounds: Case[][] = []
  for (const c of all) {
    const round = rounds.find((r) => r.length < PER_ROUND && !overlaps(r, c))
    if (round) round.push(c)
    else rounds.push([c])
  }
  const failures: string[] = []
  let survived = 0
  let lost = 0
  let openedOlder = 0
  const columns = new Set<string>()
  for (const [n, round] of rounds.entries()) {
    const file = join(work, `round-${kind}-${n}.db`)
    copyFileSync(world.file, file)
    applyCases(file, round)
    let got: Record<string, string>
    try {
      got = await readWorld(work, world, file, world.secrets, probeFor(round))
    } catch (error) {
      failures.push(`round ${n} (${round.map((c) => c.what).join('; ')}): threw ${(error as Error).name}`)
      continue
    } finally {
      rmSync(file, { force: true })
    }
    const { caseProblems, untouched, older: asBefore } = judgeRound(round, got)
    lost += untouched.length
    openedOlder += asBefore
    for (const [c, problems] of caseProblems) {
      for (const w of c.writes) columns.add(w.cell.column.name)
      if (problems.length === 0 && untouched.length === 0) survived++
      else failures.push(`${c.what}: ${[...problems, ...untouched].join('; ')}`)
    }
  }
  tally({
    area: `tamper: ${kind === 'rows' ? 'swap rows' : kind === 'owners' ? 'swap owners' : kind === 'fields' ? 'swap fields' : kind === 'flip' ? 'flip a bit' : 'replay older row'}`,
    tried: all.length,
    survived,
    lost,
    note: `${columns.size} of ${COLUMNS.length} columns, ${rounds.length} rounds${kind === 'replay' ? `; ${openedOlder} items opened as their older version (authentic: see report)` : ''}; seed ${seed}`
  })
  expect(failures).toEqual([])
  return { all, columns }
}

describe('tampering with the stored blobs', () => {
  test('the untouched journal reads whole, and every kind of item is there to tamper with', () => {
    expect(new Set(cells.map((c) => c.column))).toEqual(new Set(COLUMNS))
    for (const [item, answer] of Object.entries(now)) if (!item.startsWith('prompt:')) expect(spoilt(item, answer, answer), item).toBe(false)
    const { revealed, bothAnswered, oneAnswered } = world.questions
    for (const who of ['Ana', 'Ben']) for (const q of [bothAnswered, oneAnswered]) expect(now[`prompt:${q}:${who}`], `${q} for ${who}`).not.toBe('absent')
    for (const q of [revealed, bothAnswered])
      expect(JSON.parse(now[`reveal:${q}`]!)).toMatchObject({ revealed: true, answers: [expect.anything(), expect.anything()] })
    expect(JSON.parse(now[`reveal:${oneAnswered}`]!)).toMatchObject({ revealed: false })
    expect(Object.keys(now).filter((k) => k.startsWith('sealed:') && now[k] !== 'absent')).toHaveLength(2)
    expect(Object.keys(now).filter((k) => k.startsWith('reflection:'))).toHaveLength(8)
  })

  test('the judge of a round catches an item read as if untouched, and an untouched item changed', () => {
    const [header] = cells.filter((c) => c.column.name === 'reflection header')
    const unchanged: Case = { kind: 'flip', what: 'nothing changed', writes: [{ cell: header!, bytes: header!.blob }], items: header!.items }
    expect(judgeRound([unchanged], now).caseProblems.get(unchanged)).toEqual(header!.items.map((item) => `${item} read as if untouched`))
    const other = Object.keys(now).find((item) => item.startsWith('secret:'))!
    expect(judgeRound([unchanged], { ...now, [header!.items[0]!]: JSON.stringify({ header: null, body: 'TAMPERED' }), [other]: 'absent' }).untouched).toEqual([
      `${other} changed though untouched`
    ])
  })

  test('one bit flipped, in every column', async () => {
    const { columns } = await sweep('flip', scaled(112, 28))
    expect(columns.size).toBe(COLUMNS.length)
  })
  test('a blob swapped with another row’s of the same owner', () => sweep('rows', scaled(40, 8)))
  test('a blob swapped between the partners', () => sweep('owners', scaled(40, 8)))
  test('a blob swapped with another column’s', () => sweep('fields', scaled(40, 8)))
  test('an older version of a row put back', () => sweep('replay', scaled(28, 6)))
})
