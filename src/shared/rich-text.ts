// Reflection bodies are TipTap (ProseMirror) JSON documents. This checks their shape
// without recursion, so a hostile, deeply nested payload cannot overflow the stack.

export interface RichTextMark {
  type: string
  attrs?: Record<string, string | number | boolean | null>
}

export interface RichTextNode {
  type: string
  attrs?: Record<string, string | number | boolean | null>
  content?: RichTextNode[]
  marks?: RichTextMark[]
  text?: string
}

export const RICH_TEXT_LIMITS = { maxDepth: 48, maxNodes: 100_000, maxTextLength: 1_000_000 }

const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text'])
const MARK_KEYS = new Set(['type', 'attrs'])

/** A key as named in a refusal: short, whatever was sent. */
function keyName(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function attrsProblem(attrs: unknown): string | null {
  if (attrs === undefined) return null
  if (!isPlainObject(attrs)) return 'attrs must be an object'
  for (const [key, value] of Object.entries(attrs)) {
    if (!TYPE_NAME.test(key)) return 'attribute names must be simple words'
    const kind = typeof value
    if (value !== null && kind !== 'string' && kind !== 'number' && kind !== 'boolean') {
      return 'attribute values must be text, numbers, true/false or empty'
    }
    if (kind === 'string' && (value as string).length > 4096) return 'an attribute is too long'
  }
  return null
}

function markProblem(mark: unknown): string | null {
  if (!isPlainObject(mark)) return 'each mark must be an object'
  for (const key of Object.keys(mark)) if (!MARK_KEYS.has(key)) return `unknown mark key ${keyName(key)}`
  if (typeof mark.type !== 'string' || !TYPE_NAME.test(mark.type)) return 'each mark needs a type'
  return attrsProblem(mark.attrs)
}

/** Returns why `value` is not an acceptable document, or null if it is. */
export function richTextProblem(value: unknown): string | null {
  if (!isPlainObject(value) || value.type !== 'doc') return 'the body must be a document'
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }]
  let nodes = 0
  let textLength = 0
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (depth > RICH_TEXT_LIMITS.maxDepth) return 'the body is nested too deeply'
    if (++nodes > RICH_TEXT_LIMITS.maxNodes) return 'the body has too many parts'
    if (!isPlainObject(node)) return 'each part of the body must be an object'
    for (const key of Object.keys(node)) if (!NODE_KEYS.has(key)) return `unknown node key ${keyName(key)}`
    if (typeof node.type !== 'string' || !TYPE_NAME.test(node.type)) return 'each part needs a type'
    const problem = attrsProblem(node.attrs)
    if (problem) return problem
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return 'text must be a string'
      textLength += node.text.length
      if (textLength > RICH_TEXT_LIMITS.maxTextLength) return 'the body is too long'
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks) || node.marks.length > 32) return 'marks must be a short list'
      for (const mark of node.marks) {
        const markIssue = markProblem(mark)
        if (markIssue) return markIssue
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return 'content must be a list'
      for (const child of node.content) stack.push({ node: child, depth: depth + 1 })
    }
  }
  return null
}

const BLOCK_SEPARATOR = '\n'

/** The document's words as plain text, one line per block. */
export function richTextToPlain(doc: RichTextNode): string {
  const parts: string[] = []
  const walk = (node: RichTextNode): void => {
    if (node.text !== undefined) parts.push(node.text)
    if (node.type === 'hardBreak') parts.push(BLOCK_SEPARATOR)
    if (node.content) {
      for (const child of node.content) walk(child)
      if (node.type !== 'doc') parts.push(BLOCK_SEPARATOR)
    }
  }
  walk(doc)
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

// A word is a run of letters, digits and marks (with inner apostrophes or hyphens); in
// scripts written without spaces (Chinese, Japanese) each character counts as a word.
// Four times faster than Intl.Segmenter, which matters on every save.
const WORD =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[[\p{L}\p{N}\p{M}]--[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]]+(?:['’\-][[\p{L}\p{N}\p{M}]--[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]]+)*/gv

export function countWords(text: string): number {
  let words = 0
  for (const _ of text.matchAll(WORD)) words++
  return words
}

export function emptyDoc(): RichTextNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

const EXCERPT_LENGTH = 180

/** A body's excerpt (its first words, flattened) and word count, as headers keep them. */
export function summarise(body: RichTextNode): { excerpt: string; wordCount: number } {
  const text = richTextToPlain(body)
  const flat = text.replace(/\s+/g, ' ')
  const excerpt = flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : flat
  return { excerpt, wordCount: countWords(text) }
}
