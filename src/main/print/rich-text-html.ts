// Stored TipTap JSON as HTML, driven by tables of the node and mark types the editor's schema
// has (src/renderer/src/rich-text/extensions.ts; a unit test keeps the two in step).
// Only our own tags and attributes are ever written: text is escaped, link addresses must pass
// the shared link rule, an ordered list's start must be a whole number, and a type we do not
// know prints its words as plain text. Walks with an explicit stack, so no nesting can overflow.
// A block whose words run right to left says so (dir), as in the editor.

import { allowedLink } from '../../shared/link-rule.ts'
import type { RichTextMark, RichTextNode } from '../../shared/rich-text.ts'
import type { Direction } from '../../shared/text-direction.ts'
import { BOOK_DIRECTION, dirAttribute, nodeDirection, type KnownDirections } from './direction-html.ts'
import { escapeHtml } from './html-escape.ts'
import { pictureHtml, type PictureContext } from './picture-html.ts'
import { PICTURE_NODE } from '../../shared/pictures.ts'

type Attrs = RichTextNode['attrs']
type Wrap = readonly [open: string, close: string]

const UNCHECKED = '☐'
const CHECKED = '☑'

/** Blocks that hold other blocks: their opening and closing tags. */
const CONTAINERS: Record<string, (attrs: Attrs) => Wrap> = {
  doc: () => ['', ''],
  blockquote: () => ['<blockquote>', '</blockquote>'],
  bulletList: () => ['<ul>', '</ul>'],
  orderedList: (attrs) => [`<ol${orderedListAttributes(attrs)}>`, '</ol>'],
  listItem: () => ['<li>', '</li>'],
  taskList: () => ['<ul class="task-list">', '</ul>'],
  // The box is text, not a form control, so it prints everywhere and a PDF's text has it.
  taskItem: (attrs) =>
    attrs?.checked === true
      ? [`<li class="task-item task-item--done"><span class="task-marker">${CHECKED}</span> <div class="task-body">`, '</div></li>']
      : [`<li class="task-item"><span class="task-marker">${UNCHECKED}</span> <div class="task-body">`, '</div></li>']
}

/** Blocks that hold text. Body headings sit below the book's own (h1 chapter, h2 reflection). */
const TEXTBLOCKS: Record<string, (attrs: Attrs) => Wrap> = {
  paragraph: () => ['<p>', '</p>'],
  heading: (attrs) => (attrs?.level === 3 ? ['<h4>', '</h4>'] : ['<h3>', '</h3>'])
}

const LEAVES: Record<string, string> = { horizontalRule: '<hr>', hardBreak: '<br>' }

/** Marks from the outside in: a link wraps the others, so its address follows the whole run.
 *  Bold and italic are <b> and <i>: Chromium tags <strong> and <em> in a PDF as Strong and Em,
 *  structure types only PDF 2.0 has, which older readers report as errors (docs/features.md). */
const MARK_TAGS: Record<string, Wrap> = {
  bold: ['<b>', '</b>'],
  italic: ['<i>', '</i>'],
  underline: ['<u>', '</u>'],
  strike: ['<s>', '</s>'],
  highlight: ['<mark>', '</mark>'],
  code: ['<code>', '</code>']
}
const MARK_ORDER = ['link', ...Object.keys(MARK_TAGS)]

export const PRINTED_NODE_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(CONTAINERS),
  ...Object.keys(TEXTBLOCKS),
  ...Object.keys(LEAVES),
  'text',
  PICTURE_NODE
])
export const PRINTED_MARK_TYPES: ReadonlySet<string> = new Set(MARK_ORDER)

const LIST_NUMBERING = new Set(['1', 'a', 'A', 'i', 'I'])

function orderedListAttributes(attrs: Attrs): string {
  let out = ''
  const start = attrs?.start
  if (typeof start === 'number' && Number.isSafeInteger(start) && start !== 1) out += ` start="${start}"`
  const numbering = attrs?.type
  if (typeof numbering === 'string' && LIST_NUMBERING.has(numbering)) out += ` type="${numbering}"`
  return out
}

/** `open` with the block's direction on its first tag, when it differs from the one around it. */
function directed(open: string, own: Direction, around: Direction): string {
  return open.replace(/^<[a-z0-9]+/, (tag) => tag + dirAttribute(own, around))
}

/**
 * One stored TipTap document as safe HTML (also used by the HTML export). Each block runs in
 * the direction of its own words (direction-html.ts), a list item or quote as its first words.
 * Pictures are shown from `pictures` (picture-html.ts), or said to be missing.
 */
export function richTextToHtml(doc: RichTextNode, pictures?: PictureContext): string {
  const out: string[] = []
  // Every block asks what its words start with: what one has read, the next need not read again.
  const known: KnownDirections = new Map()
  const work: Array<{ node: RichTextNode; around: Direction } | string> = [{ node: doc, around: BOOK_DIRECTION }]
  while (work.length > 0) {
    const item = work.pop()!
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    const { node, around } = item
    const { type } = node
    const textblock = TEXTBLOCKS[type]
    const container = CONTAINERS[type]
    const own = type === 'doc' || LEAVES[type] !== undefined ? around : (nodeDirection(node, known) ?? around)
    if (textblock) {
      const [open, close] = textblock(node.attrs)
      const inline = inlineHtml(node.content ?? [], pictures)
      // An empty paragraph is a blank line in the editor; <br> keeps it one in print.
      out.push(directed(open, own, around), inline === '' && type === 'paragraph' ? '<br>' : inline, close)
    } else if (container) {
      const [open, close] = container(node.attrs)
      out.push(directed(open, own, around))
      work.push(close)
      const children = type === 'doc' ? withoutTrailingBlanks(node.content ?? []) : (node.content ?? [])
      for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i]!, around: own })
    } else if (LEAVES[type] !== undefined) {
      out.push(LEAVES[type])
    } else if (type === PICTURE_NODE) {
      out.push(pictureHtml(node.attrs, pictures))
    } else {
      // Stray text, or a type we do not print: its words only, never its markup.
      const text = textContent(node)
      if (text !== '') out.push(`<p${dirAttribute(own, around)}>${escapeHtml(text)}</p>`)
    }
  }
  return out.join('')
}

/** The editor keeps an empty paragraph at the end of most documents; print has no need of it. */
function withoutTrailingBlanks(children: RichTextNode[]): RichTextNode[] {
  let end = children.length
  while (end > 0 && children[end - 1]!.type === 'paragraph' && !children[end - 1]!.content?.length) end--
  return end === children.length ? children : children.slice(0, end)
}

interface OpenMark {
  type: string
  /** For links only: the allowed address. */
  href?: string
}

const sameMark = (a: OpenMark, b: OpenMark) => a.type === b.type && a.href === b.href

/** The marks we print, once each, outside-in; a link whose address is refused is dropped. */
function printableMarks(marks: RichTextMark[] | undefined): OpenMark[] {
  if (!marks || marks.length === 0) return []
  const found: OpenMark[] = []
  for (const type of MARK_ORDER) {
    const mark = marks.find((m) => m.type === type)
    if (!mark) continue
    if (type !== 'link') found.push({ type })
    else {
      const href = allowedLink(mark.attrs?.href)
      if (href !== null) found.push({ type, href })
    }
  }
  return found
}

/**
 * A textblock's inline content. Marks stay open across neighbouring text that shares them
 * (as ProseMirror's own serializer does), so a link split by bold prints its address once.
 */
function inlineHtml(children: RichTextNode[], pictures: PictureContext | undefined): string {
  const out: string[] = []
  const open: OpenMark[] = []
  let linkText = ''

  const closeTo = (depth: number) => {
    while (open.length > depth) {
      const mark = open.pop()!
      if (mark.type === 'link') {
        out.push('</a>', linkAddress(mark.href!, linkText))
        linkText = ''
      } else out.push(MARK_TAGS[mark.type]![1])
    }
  }

  for (const child of children) {
    if (child.type === 'hardBreak') {
      out.push('<br>')
      continue
    }
    if (child.type === PICTURE_NODE) {
      out.push(pictureHtml(child.attrs, pictures, true))
      continue
    }
    const text = child.type === 'text' ? (child.text ?? '') : textContent(child)
    const marks = child.type === 'text' ? printableMarks(child.marks) : []
    let keep = 0
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!, marks[keep]!)) keep++
    closeTo(keep)
    for (const mark of marks.slice(keep)) {
      open.push(mark)
      out.push(mark.type === 'link' ? `<a href="${escapeHtml(mark.href!)}">` : MARK_TAGS[mark.type]![0])
    }
    if (open.some((m) => m.type === 'link')) linkText += text
    out.push(escapeHtml(text))
  }
  closeTo(0)
  return out.join('')
}

/** " (address)" after a link's text, unless the text already is the address. */
function linkAddress(href: string, text: string): string {
  const shown = href.startsWith('mailto:') ? href.slice('mailto:'.length) : href
  const bare = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^(https?:\/\/|mailto:)/, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '')
  if (bare(text) === bare(href)) return ''
  return `<span class="link-address"> (${escapeHtml(shown)})</span>`
}

/** Every word under a node, without recursion; blocks are kept apart by a space. */
function textContent(node: RichTextNode): string {
  const parts: string[] = []
  const work: Array<RichTextNode | null> = [node]
  while (work.length > 0) {
    const item = work.pop()!
    if (item === null) {
      parts.push(' ')
      continue
    }
    if (typeof item.text === 'string') parts.push(item.text)
    if (item.content) {
      work.push(null)
      for (let i = item.content.length - 1; i >= 0; i--) work.push(item.content[i]!)
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}
