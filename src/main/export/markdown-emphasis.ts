// Whether a reader will pair our emphasis delimiters the way we meant. CommonMark decides
// from the characters around each run of `*` (its "flanking" rules, the rule of three), runs
// of one character merge however they came to sit together, and a link's text is read on its
// own. Rather than guess, this replays the spec's delimiter algorithm ("process emphasis",
// spec 0.31 §6.2) over what was written and names every mark a reader would not see as meant.
// `~~` (GFM) pairs with a run of the same length, `==` (markdown-it-mark) with two and two.

export type Token =
  | { kind: 'text'; source: string }
  | { kind: 'delim'; char: string; count: number; instance: number; role: 'open' | 'close'; /** Where in the line's plain text it sits. */ at: number }
  | { kind: 'linkOpen' }
  | { kind: 'linkClose'; source: string }

interface Label {
  instance: number
  role: 'open' | 'close'
  /** The run the delimiter was written in. */
  run?: Run
}

interface Run {
  char: string
  labels: Label[]
  orig: number
  canOpen: boolean
  canClose: boolean
}

const isSpace = (c: string) => /\s/u.test(c)
const isPunct = (c: string) => /[\p{P}\p{S}]/u.test(c)

function edgeChar(token: Token | undefined, side: 'first' | 'last'): string {
  if (!token) return ' ' // the line's start or end counts as whitespace
  if (token.kind === 'linkOpen') return '['
  if (token.kind === 'delim') return token.char
  // Whole characters, as readers judge them: an emoji beside a delimiter is a symbol, not half of one.
  const source = token.source
  if (source === '') return ' '
  return side === 'first' ? String.fromCodePoint(source.codePointAt(0)!) : [...source.slice(-2)].at(-1)!
}

/** Runs of one delimiter character between other tokens, with what each can do. */
function runsOf(tokens: Token[]): Array<Run | Token> {
  const out: Array<Run | Token> = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind !== 'delim') {
      out.push(token)
      continue
    }
    const labels: Label[] = []
    let j = i
    while (j < tokens.length) {
      const t = tokens[j]!
      if (t.kind !== 'delim' || t.char !== token.char) break
      for (let k = 0; k < t.count; k++) labels.push({ instance: t.instance, role: t.role })
      j++
    }
    const prev = edgeChar(tokens[i - 1], 'last')
    const next = edgeChar(tokens[j], 'first')
    const left = !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev))
    const right = !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next))
    const run: Run = { char: token.char, labels, orig: labels.length, canOpen: left, canClose: right }
    for (const label of labels) label.run = run
    out.push(run)
    i = j - 1
  }
  return out
}

const isRun = (x: Run | Token): x is Run => 'labels' in x

/**
 * Process emphasis over `items`; adds to `failed` every instance not paired as meant. Marks
 * that open in one run and close in one run read the same whichever of them pairs first
 * (`***a***` is bold and italic either way), so pairing within such a pair of runs is as meant.
 */
function processEmphasis(items: Run[], failed: Set<number>): void {
  const runs = [...items]
  const fail = (labels: Label[]) => labels.forEach((l) => failed.add(l.instance))
  const opensIn = new Map<number, Run>()
  const closesIn = new Map<number, Run>()
  for (const run of runs) for (const l of run.labels) (l.role === 'open' ? opensIn : closesIn).set(l.instance, run)
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c]!
    if (!closer.canClose || closer.labels.length === 0) continue
    let o = c - 1
    for (; o >= 0; o--) {
      const opener = runs[o]!
      if (opener.char !== closer.char || !opener.canOpen || opener.labels.length === 0) continue
      if (closer.char === '*') {
        const both = opener.canClose || closer.canOpen
        if (both && (opener.orig + closer.orig) % 3 === 0 && !(opener.orig % 3 === 0 && closer.orig % 3 === 0)) continue
      } else if (closer.char === '~' && opener.labels.length !== closer.labels.length) continue
      else if (closer.char === '=' && (opener.labels.length < 2 || closer.labels.length < 2)) continue
      break
    }
    if (o < 0) {
      if (!closer.canOpen) {
        fail(closer.labels)
        closer.labels = []
      }
      continue
    }
    const opener = runs[o]!
    const use = closer.char === '*' ? (opener.labels.length >= 2 && closer.labels.length >= 2 ? 2 : 1) : closer.char === '~' ? closer.labels.length : 2
    const opened = opener.labels.splice(opener.labels.length - use, use)
    const closed = closer.labels.splice(0, use)
    const asMeant = [...opened, ...closed].every((l) => opensIn.get(l.instance) === opener && closesIn.get(l.instance) === closer)
    if (!asMeant) fail([...opened, ...closed])
    // Runs between an opener and its closer are left as text.
    for (const between of runs.slice(o + 1, c)) {
      fail(between.labels)
      between.labels = []
    }
    if (closer.labels.length > 0) c--
  }
  for (const run of runs) fail(run.labels)
}

/** Every mark instance among `tokens` that a CommonMark reader would not pair as written. */
export function misreadEmphasis(tokens: Token[]): Set<number> {
  const failed = new Set<number>()
  const items = runsOf(tokens)
  // A link's text is read on its own, before what surrounds it.
  const outside: Run[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (!isRun(item) && item.kind === 'linkOpen') {
      const inside: Run[] = []
      for (i++; i < items.length; i++) {
        const inner = items[i]!
        if (!isRun(inner) && inner.kind === 'linkClose') break
        if (isRun(inner)) inside.push(inner)
      }
      processEmphasis(inside, failed)
    } else if (isRun(item)) outside.push(item)
  }
  processEmphasis(outside, failed)
  return failed
}

/**
 * Where a misread mark could be mended: a run of its delimiters with a letter (or digit) just
 * outside and punctuation just inside (`a*"b"*c`), which CommonMark's flanking rules will not let
 * open or close. Written as a character reference (`&#97;`), that letter puts punctuation beside
 * the run in the source, as the rules read it, and still shows as itself. Gives the plain text's
 * index of each such letter: before an opening run (its last UTF-16 unit), or after a closing one.
 */
export function mendable(tokens: Token[], misread: ReadonlySet<number>): Array<{ at: number; side: 'before' | 'after' }> {
  const found: Array<{ at: number; side: 'before' | 'after' }> = []
  const wordy = (c: string) => !isSpace(c) && !isPunct(c)
  for (let a = 0; a < tokens.length; a++) {
    const first = tokens[a]!
    if (first.kind !== 'delim') continue
    let b = a
    while (tokens[b + 1]?.kind === 'delim' && (tokens[b + 1] as { char: string }).char === first.char) b++
    const run = tokens.slice(a, b + 1) as Array<Extract<Token, { kind: 'delim' }>>
    const prev = tokens[a - 1]
    const next = tokens[b + 1]
    if (
      run.some((t) => t.role === 'open' && misread.has(t.instance)) &&
      prev?.kind === 'text' &&
      wordy(edgeChar(prev, 'last')) &&
      isPunct(edgeChar(next, 'first'))
    ) {
      found.push({ at: first.at, side: 'before' })
    }
    if (
      run.some((t) => t.role === 'close' && misread.has(t.instance)) &&
      next?.kind === 'text' &&
      wordy(edgeChar(next, 'first')) &&
      isPunct(edgeChar(prev, 'last'))
    ) {
      found.push({ at: run.at(-1)!.at, side: 'after' })
    }
    a = b
  }
  return found
}
