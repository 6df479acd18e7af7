// A small Markdown reader for the export tests, written from the CommonMark spec (0.31) and
// not from the exporter: blocks (ATX and setext headings, rules, quotes, lists with task boxes,
// fenced and indented code, paragraphs) and inlines (backslash escapes, hard breaks, code
// spans, links, entities, raw HTML, and the spec's delimiter algorithm for `*` and `_`, with
// `~~` and `==` as GFM and markdown-it-mark read them). It returns each block's text and, per
// run of text, the marks a reader would show, so a test can compare them with the document.

export interface Run {
  text: string
  marks: string[]
}

export interface ReadBlock {
  kind: 'paragraph' | 'heading' | 'rule' | 'code' | 'html'
  runs: Run[]
  /** Containers it sits in, outermost first: 'quote', 'bullet', 'ordered', 'task:x', 'task: '. */
  path: string[]
  level?: number
}

const PUNCT = /[\p{P}\p{S}]/u
const SPACE = /\s/u

// ---------- inlines ----------

interface TextNode {
  kind: 'text'
  text: string
  marks: string[]
}
interface Delim {
  kind: 'delim'
  char: string
  count: number
  orig: number
  canOpen: boolean
  canClose: boolean
}
interface Bracket {
  kind: 'bracket'
}
type Node = TextNode | Delim | Bracket

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©' }

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16))
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10))
  return ENTITIES[body] ?? null
}

const MARK_OF: Record<string, string> = { '*1': 'italic', _1: 'italic', '*2': 'bold', _2: 'bold', '~2': 'strike', '~1': 'strike', '=2': 'highlight' }

/**
 * The spec's "process emphasis" over nodes[from..]; matched runs wrap what lies between.
 * (Without its openers_bottom, which only saves time.)
 */
function processEmphasis(nodes: Node[], from: number): void {
  for (let c = from; c < nodes.length; c++) {
    const closer = nodes[c]!
    if (closer.kind !== 'delim' || !closer.canClose) continue
    let found = -1
    for (let o = c - 1; o >= from; o--) {
      const opener = nodes[o]!
      if (opener.kind !== 'delim' || opener.char !== closer.char || !opener.canOpen) continue
      if (closer.char === '*' || closer.char === '_') {
        const odd = (opener.canClose || closer.canOpen) && (opener.orig + closer.orig) % 3 === 0 && !(opener.orig % 3 === 0 && closer.orig % 3 === 0)
        if (odd) continue
      } else if (closer.char === '=' && (opener.count < 2 || closer.count < 2)) continue
      else if (closer.char === '~' && opener.count !== closer.count) continue
      found = o
      break
    }
    if (found < 0) {
      if (!closer.canOpen) nodes[c] = { kind: 'text', text: closer.char.repeat(closer.count), marks: [] }
      continue
    }
    const opener = nodes[found] as Delim
    const use = closer.char === '=' || closer.char === '~' ? Math.min(2, opener.count) : opener.count >= 2 && closer.count >= 2 ? 2 : 1
    const mark = MARK_OF[`${closer.char}${use}`]!
    // Unmatched delimiters between them become text; everything between gets the mark.
    const inner = nodes.slice(found + 1, c).map((n): Node => (n.kind === 'delim' ? { kind: 'text', text: n.char.repeat(n.count), marks: [] } : n))
    for (const n of inner) if (n.kind === 'text') n.marks = [mark, ...n.marks]
    opener.count -= use
    closer.count -= use
    const replacement: Node[] = [...(opener.count > 0 ? [opener] : []), ...inner, ...(closer.count > 0 ? [closer] : [])]
    nodes.splice(found, c - found + 1, ...replacement)
    c = found + replacement.length - (closer.count > 0 ? 2 : 1)
  }
  for (let i = from; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.kind === 'delim') nodes[i] = { kind: 'text', text: n.char.repeat(n.count), marks: [] }
  }
}

function flanking(prev: string, next: string) {
  const prevSpace = prev === '' || SPACE.test(prev)
  const nextSpace = next === '' || SPACE.test(next)
  const left = !nextSpace && (!PUNCT.test(next) || prevSpace || PUNCT.test(prev))
  const right = !prevSpace && (!PUNCT.test(prev) || nextSpace || PUNCT.test(next))
  return { left, right, prevPunct: PUNCT.test(prev), nextPunct: PUNCT.test(next) }
}

/** Inline Markdown (one block's lines joined with \n) as runs of text with marks. */
export function readInline(source: string): { runs: Run[]; links: string[]; html: boolean } {
  const nodes: Node[] = []
  const links: string[] = []
  let html = false
  const text = (t: string) => nodes.push({ kind: 'text', text: t, marks: [] })
  let i = 0
  while (i < source.length) {
    const ch = source[i]!
    if (ch === '\\') {
      const next = source[i + 1]
      if (next === '\n' || (next !== undefined && /[!-/:-@[-`{-~]/.test(next))) {
        text(next)
        i += 2
      } else {
        text('\\')
        i++
      }
    } else if (ch === '`') {
      const run = /^`+/.exec(source.slice(i))![0]
      const end = source.indexOf(run, i + run.length)
      let close = end
      while (close >= 0 && (source[close + run.length] === '`' || source[close - 1] === '`')) close = source.indexOf(run, close + 1)
      if (close < 0) {
        text(run)
        i += run.length
      } else {
        let code = source.slice(i + run.length, close).replace(/\n/g, ' ')
        if (code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1)
        nodes.push({ kind: 'text', text: code, marks: ['code'] })
        i = close + run.length
      }
    } else if (ch === '&' && /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);/.test(source.slice(i))) {
      const body = /^&([^;]+);/.exec(source.slice(i))![1]!
      const decoded = decodeEntity(body)
      text(decoded ?? `&${body};`)
      i += body.length + 2
    } else if (ch === '<' && /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|\/?[A-Za-z][^<>]*|!--[\s\S]*?--)>/.test(source.slice(i))) {
      // An autolink or raw HTML: either way the text would not read as written.
      const tag = /^<[^>]*>/.exec(source.slice(i))![0]
      html = true
      i += tag.length
    } else if (ch === '[') {
      nodes.push({ kind: 'bracket' })
      i++
    } else if (ch === ']') {
      const open = nodes.map((n) => n.kind).lastIndexOf('bracket')
      const dest = /^\]\((?:<([^<>\n]*)>|([^\s()<>]*))\)/.exec(source.slice(i))
      if (open >= 0 && dest) {
        processEmphasis(nodes, open + 1)
        const href = (dest[1] ?? dest[2] ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1')
        links.push(href)
        for (const n of nodes.slice(open + 1)) if (n.kind === 'text') n.marks = [`link:${href}`, ...n.marks]
        nodes.splice(open, 1)
        // No links inside links: earlier brackets become text.
        for (let b = 0; b < nodes.length; b++) if (nodes[b]!.kind === 'bracket') nodes[b] = { kind: 'text', text: '[', marks: [] }
        i += dest[0].length
      } else {
        if (open >= 0) nodes[open] = { kind: 'text', text: '[', marks: [] }
        text(']')
        i++
      }
    } else if ('*_~='.includes(ch)) {
      const run = new RegExp(`^\\${ch}+`).exec(source.slice(i))![0]
      // Whole characters on each side, as the spec means (an emoji is one symbol, not two halves).
      const before = [...source.slice(Math.max(0, i - 2), i)].at(-1) ?? ''
      const after = source.codePointAt(i + run.length)
      const f = flanking(before, after === undefined ? '' : String.fromCodePoint(after))
      const canOpen = ch === '_' ? f.left && (!f.right || f.prevPunct) : f.left
      const canClose = ch === '_' ? f.right && (!f.left || f.nextPunct) : f.right
      nodes.push({ kind: 'delim', char: ch, count: run.length, orig: run.length, canOpen, canClose })
      i += run.length
    } else {
      const plain = /^[^\\`&<[\]*_~=]+/.exec(source.slice(i))
      const chunk = plain ? plain[0] : ch
      text(chunk)
      i += chunk.length
    }
  }
  for (let b = 0; b < nodes.length; b++) if (nodes[b]!.kind === 'bracket') nodes[b] = { kind: 'text', text: '[', marks: [] }
  processEmphasis(nodes, 0)
  const runs: Run[] = []
  for (const n of nodes as TextNode[]) {
    const marks = [...new Set(n.marks)].sort()
    const last = runs.at(-1)
    if (last && last.marks.join() === marks.join()) last.text += n.text
    else if (n.text !== '') runs.push({ text: n.text, marks })
  }
  return { runs, links, html }
}

// ---------- blocks ----------

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/
const QUOTE = /^ {0,3}> ?/
const ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])( {1,4}|$)/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

function startsBlock(line: string): boolean {
  return ATX.test(line) || RULE.test(line) || QUOTE.test(line) || FENCE.test(line) || (ITEM.test(line) && line.trim() !== ITEM.exec(line)![0].trim())
}

function inlineBlock(kind: ReadBlock['kind'], source: string, path: string[], level?: number): ReadBlock {
  const { runs, html } = readInline(source.trim())
  return { kind: html ? 'html' : kind, runs, path, ...(level ? { level } : {}) }
}

/** Blocks of Markdown `lines` (already without any container prefix). */
export function readBlocks(lines: string[], path: string[] = []): ReadBlock[] {
  const out: ReadBlock[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      i++
      continue
    }
    if (/^ {4,}/.test(line)) {
      const code: string[] = []
      while (i < lines.length && (/^ {4,}/.test(lines[i]!) || lines[i]!.trim() === '')) code.push(lines[i++]!.slice(4))
      out.push({ kind: 'code', runs: [{ text: code.join('\n').trim(), marks: ['code'] }], path })
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      const code: string[] = []
      i++
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) code.push(lines[i++]!)
      i++
      out.push({ kind: 'code', runs: [{ text: code.join('\n'), marks: ['code'] }], path })
      continue
    }
    const atx = ATX.exec(line)
    if (atx) {
      out.push(inlineBlock('heading', atx[2] ?? '', path, atx[1]!.length))
      i++
      continue
    }
    if (RULE.test(line)) {
      out.push({ kind: 'rule', runs: [], path })
      i++
      continue
    }
    if (QUOTE.test(line)) {
      const inner: string[] = []
      while (i < lines.length && QUOTE.test(lines[i]!)) inner.push(lines[i++]!.replace(QUOTE, ''))
      out.push(...readBlocks(inner, [...path, 'quote']))
      continue
    }
    const item = ITEM.exec(line)
    if (item) {
      const ordered = /\d/.test(item[2]!)
      // Items of one list: each with its lines, the rest of each indented to its content.
      while (i < lines.length) {
        const current = ITEM.exec(lines[i]!)
        if (!current || /\d/.test(current[2]!) !== ordered) break
        const width = current[0].length === current[1]!.length + current[2]!.length ? current[0].length + 1 : current[0].length
        const body = [lines[i]!.slice(current[0].length)]
        i++
        while (i < lines.length && (lines[i]!.trim() === '' || lines[i]!.startsWith(' '.repeat(width)))) {
          if (lines[i]!.trim() === '' && (i + 1 >= lines.length || !lines[i + 1]!.startsWith(' '.repeat(width)))) break
          body.push(lines[i]!.slice(width))
          i++
        }
        const task = ordered ? null : /^\[([ xX])\](?: |$)/.exec(body[0]!)
        if (task) body[0] = body[0]!.slice(task[0].length)
        const kind = task ? `task:${task[1]!.toLowerCase()}` : ordered ? 'ordered' : 'bullet'
        const blocks = readBlocks(body, [...path, kind])
        out.push(...(blocks.length > 0 ? blocks : [{ kind: 'paragraph' as const, runs: [], path: [...path, kind] }]))
        while (i < lines.length && lines[i]!.trim() === '') i++
      }
      continue
    }
    // A paragraph: until a blank line or another block; a setext underline makes it a heading.
    const para = [line]
    i++
    let setext = 0
    while (i < lines.length && lines[i]!.trim() !== '') {
      const underline = SETEXT.exec(lines[i]!)
      if (underline) {
        setext = underline[1]!.startsWith('=') ? 1 : 2
        i++
        break
      }
      if (startsBlock(lines[i]!)) break
      para.push(lines[i++]!)
    }
    out.push(inlineBlock(setext ? 'heading' : 'paragraph', para.map((l) => l.replace(/^\s+/, '')).join('\n'), path, setext || undefined))
  }
  return out
}

/** A Markdown file: its front matter (as written) and its blocks. */
export function readMarkdownFile(text: string): { front: Record<string, string>; blocks: ReadBlock[] } {
  const front: Record<string, string> = {}
  let body = text
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (match) {
    for (const line of match[1]!.split('\n')) {
      const pair = /^([a-z]+): (.*)$/.exec(line)
      if (pair) front[pair[1]!] = pair[2]!.startsWith('"') ? (JSON.parse(pair[2]!) as string) : pair[2]!
    }
    body = text.slice(match[0].length)
  }
  return { front, blocks: readBlocks(body.split('\n')) }
}

/** A block's words as plain text. */
export const plainOf = (block: ReadBlock): string => block.runs.map((r) => r.text).join('')
