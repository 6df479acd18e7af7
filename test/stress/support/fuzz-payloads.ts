// Hostile payloads for the IPC fuzz (ipc-fuzz.test.ts): anything a compromised renderer could
// send, and near-valid payloads made by mutating a valid one. Huge strings and deep JSON are
// built once: fast-check would take seconds to grow values that size piece by piece.

import fc from 'fast-check'

/** Just over 1 MiB, so a limit of "1 MB" is crossed whichever way it is counted. */
export const HUGE_LENGTH = 1_048_576 + 7
/** Far deeper than any stack-recursive walk of JSON survives. */
export const DEEP_LEVELS = 10_000

// Lone surrogates, NUL, direction marks, BOM, joiners, combining and compatibility forms,
// line separators, and the usual injection strings: all of them as characters or whole strings.
const ODD_CHARS = [
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u202E',
  '\u200F',
  '\u200E',
  '\uFEFF',
  '\u200D',
  '\u0301',
  'ﬁ',
  'İ',
  '\u2028',
  '\u00A0',
  '👩‍❤️‍👨',
  '\uFFFF',
  '\u180E'
]
const ODD_STRINGS = [
  '',
  ' ',
  '\t\n ',
  'a\uD83D',
  '\uDC00abc',
  'e\u0301'.repeat(50),
  '\u202Eevil.exe',
  '../../etc/passwd',
  "'; DROP TABLE reflections;--",
  '%s%n%x',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '2026-02-30',
  '9999-99-99',
  'AAAAAAAAAAAAAAAA',
  'A'.repeat(41)
]

const huge = [
  'a'.repeat(HUGE_LENGTH),
  '\uD800'.repeat(HUGE_LENGTH),
  'é'.repeat(HUGE_LENGTH),
  '\u202E\u0000'.repeat(HUGE_LENGTH / 2 + 1),
  `{"type":"doc","content":[${'{"type":"paragraph"},'.repeat(60_000)}{"type":"paragraph"}]}`
]

let deepCache: unknown[] | null = null
/** JSON nested DEEP_LEVELS deep: arrays, objects, a rich-text document, and one inside a valid-looking wrapper. */
function deepValues(): unknown[] {
  const n = DEEP_LEVELS
  deepCache ??= [
    JSON.parse('['.repeat(n) + ']'.repeat(n)),
    JSON.parse('{"a":'.repeat(n) + '1' + '}'.repeat(n)),
    JSON.parse(`{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(n)}${']}'.repeat(n)}]}`),
    JSON.parse('{"type":"doc","attrs":' + '{"a":'.repeat(n) + 'null' + '}'.repeat(n) + '}')
  ]
  return deepCache
}

/** Own keys named like the prototype chain, made by JSON.parse so they are not setters. */
const PROTO_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":null}',
  '{"__proto__":[]}',
  '{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":"yes"}}]}',
  '{"type":"doc","attrs":{"__proto__":{"polluted":"yes"}}}'
]

const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.array(fc.constantFrom(...ODD_CHARS, 'a', ' ', '1'), { maxLength: 40 }).map((chars) => chars.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 8 })
)

const oddNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1.5, -1, 1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2026, 9999, 10_000),
  fc.double(),
  fc.integer()
)

/** Values the structured clone of IPC can carry, beyond JSON. */
const cloneable = fc.constantFrom<() => unknown>(
  () => new Date(NaN),
  () => new Date(0),
  () => new Map([['id', 'x']]),
  () => new Set(['trust']),
  () => new Uint8Array(16),
  () => new ArrayBuffer(8),
  () => /./g,
  () => 10n ** 30n,
  () => Object.create(null) as unknown,
  () => new Array(3),
  () => new Error('boom')
)

/** One hostile value, of any kind. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
  { weight: 1, arbitrary: cloneable.map((make) => make()) },
  { weight: 1, arbitrary: fc.constantFrom(...huge) },
  { weight: 1, arbitrary: fc.nat().map((i) => deepValues()[i % deepValues().length]) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_JSON).map((json) => JSON.parse(json) as unknown) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withObjectString: true
    })
  }
)

type Op = 'replace' | 'retext' | 'drop' | 'extra' | 'proto' | 'wrap' | 'stringify'
const OPS: Op[] = ['replace', 'replace', 'replace', 'retext', 'retext', 'drop', 'extra', 'proto', 'wrap', 'stringify']
/** Mutations that keep the shape, so a good share of what they make is still valid. */
const SHAPE_OPS: Op[] = ['retext', 'retext', 'retext', 'drop']

interface Mutation {
  at: number
  op: Op
  value: unknown
  key: string
  proto: string
  /** For 'retext': the new text of a string, or number of a number. */
  text: string
  number: unknown
}

const mutation = (ops: Op[]): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom(...ops),
    value: hostileValue,
    key: fc.oneof(oddString, fc.constantFrom('id', 'type', 'text', 'admin', 'passphrase', huge[0]!, huge[1]!)),
    proto: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    // Edge values that are still valid, so the backend (not only the schema) meets them.
    text: fc.oneof(
      oddString,
      fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2024-02-29', '1970-01-01', '0001-01', '9999-12', 'trust', 'a', 'hello')
    ),
    number: oddNumber
  })

interface Spot {
  parent: Record<string, unknown> | unknown[] | null
  key: string | number
  value: unknown
}

/**
 * Every place in a payload, the root first (parent null). Only containers of the payload's own
 * copy are entered: hostile values put in by an earlier mutation are shared (the deep ones are
 * built once) or read-only (boxed strings), and must stay as they are.
 */
function spots(root: unknown, owned: WeakSet<object>): Spot[] {
  const found: Spot[] = [{ parent: null, key: '', value: root }]
  for (let i = 0; i < found.length; i++) {
    const { value } = found[i]!
    // A picture's bytes are one value: its bytes are changed as a whole ('retext' flips one).
    if (!value || typeof value !== 'object' || !owned.has(value) || ArrayBuffer.isView(value)) continue
    if (Array.isArray(value)) value.forEach((child, key) => found.push({ parent: value, key, value: child }))
    else for (const [key, child] of Object.entries(value)) found.push({ parent: value as Record<string, unknown>, key, value: child })
  }
  return found
}

/** A deep copy of a valid payload, with each of its containers marked as its own. */
function ownCopy(base: unknown, owned: WeakSet<object>): unknown {
  const copy = structuredClone(base)
  const stack = [copy]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value && typeof value === 'object') {
      owned.add(value)
      if (!ArrayBuffer.isView(value)) stack.push(...Object.values(value))
    }
  }
  return copy
}

/** A copy of `target` with `key` as an own property, whatever its name (defined, never set through a setter). */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const [k, v] of [...Object.entries(target), [key, value] as const])
    Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true })
  return copy
}

/** The payload a renderer might send "stringly typed"; anything too deep to stringify becomes its type. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined'
  } catch {
    return `[${typeof value}]`
  }
}

function apply(root: unknown, m: Mutation, owned: WeakSet<object>): unknown {
  const all = spots(root, owned)
  const spot = all[m.at % all.length]!
  const put = (next: unknown): unknown => {
    // A container made here from a part of the copy is the copy's own too.
    const madeFromOwn = !(spot.value && typeof spot.value === 'object') || owned.has(spot.value)
    if (madeFromOwn && next && typeof next === 'object' && next !== m.value && (Array.isArray(next) || Object.getPrototypeOf(next) === Object.prototype))
      owned.add(next)
    if (!spot.parent) return next
    ;(spot.parent as Record<string | number, unknown>)[spot.key] = next
    return root
  }
  const isObject = spot.value !== null && typeof spot.value === 'object' && !Array.isArray(spot.value)
  switch (m.op) {
    case 'replace':
      return put(m.value)
    case 'retext':
      if (typeof spot.value === 'number') return put(m.number)
      if (spot.value instanceof Uint8Array && spot.value.length > 0) {
        const flipped = Uint8Array.from(spot.value)
        flipped[m.at % flipped.length]! ^= 1 << (m.at % 8)
        return put(flipped)
      }
      return typeof spot.value === 'string' ? put(m.text) : put(m.value)
    case 'drop':
      if (!spot.parent) return undefined
      if (Array.isArray(spot.parent)) spot.parent.splice(Number(spot.key), 1)
      else delete spot.parent[spot.key as string]
      return root
    case 'extra':
      return isObject ? put(withOwnKey(spot.value as Record<string, unknown>, m.key, m.value)) : put([spot.value, m.value])
    case 'proto':
      return isObject
        ? put(withOwnKey(spot.value as Record<string, unknown>, m.proto, { polluted: 'yes' }))
        : put(JSON.parse(`{"${m.proto}":{"polluted":"yes"}}`))
    case 'wrap':
      return put(isObject ? Object.values(spot.value as object) : [spot.value])
    case 'stringify':
      return put(safeJson(spot.value))
  }
}

/** One to three mutations of a valid payload: most are invalid, some stay valid. */
export function nearValid(base: unknown, ops: Op[] = OPS): fc.Arbitrary<unknown> {
  return fc.array(mutation(ops), { minLength: 1, maxLength: 3 }).map((mutations) => {
    const owned = new WeakSet<object>()
    return mutations.reduce((value, m) => apply(value, m, owned), ownCopy(base, owned))
  })
}

/** Anything at all in place of the payload, or a mutation of one of the valid ones. */
export function payloadsFor(bases: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 3, arbitrary: fc.constantFrom(...bases).chain((base) => nearValid(base)) })
}

/** Mostly valid payloads: a valid one as it is, or with its texts and numbers changed or a field left out. */
export function sameShapeAs(bases: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...bases) },
    { weight: 4, arbitrary: fc.constantFrom(...bases).chain((base) => nearValid(base, SHAPE_OPS)) }
  )
}

/** A short, safe description of a payload for a failure message (never the whole of a huge one). */
export function describe(payload: unknown): string {
  let text: string
  try {
    text = JSON.stringify(payload, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)) ?? String(payload)
  } catch (error) {
    text = `<${typeof payload}: ${(error as Error).name}>`
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text
}
