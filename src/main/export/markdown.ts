// A stored TipTap document as Markdown: headings, paragraphs, lists, task lists `- [ ]` and
// `- [x]`, quotes, rules, hard breaks (a backslash at the end of the line) and pictures (an image
// whose file is beside the note), with the inline
// text and marks of markdown-inline.ts. Blocks are separated by a blank line; containers
// prefix their lines (`> `, list markers and the matching indent). A type we do not know keeps
// its words. Uses an explicit stack in no place: nesting is capped at 48 by the body check.
//
// Written by hand on purpose. prosemirror-markdown and @tiptap/markdown were both run against
// this module's tests: both left literal `*` where a mark touches punctuation (no flanking
// check), let text through as raw HTML or as blocks (`+`, `2)`, `#` at a line's start), and
// @tiptap/markdown wrote a link's address unescaped, so `x)[y](javascript:…` broke out of it.

import { PICTURE_NODE } from '../../shared/pictures.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import { inlineLine, markKeys, type Segment } from './markdown-inline.ts'

const HARD_BREAK = '\\\n'
/** What CommonMark ends a line at. */
export const LINE_BREAK = /\r\n|\r|\n/

/** A text block's inline content split into lines at its hard breaks. */
function lines(node: RichTextNode): Segment[][] {
  const result: Segment[][] = [[]]
  const walk = (child: RichTextNode, inherited: string[]) => {
    if (child.type === 'hardBreak') {
      result.push([])
      return
    }
    const marks = [...inherited, ...markKeys(child.marks)]
    if (typeof child.text === 'string') {
      // A newline inside text (not made by the editor) reads as the break it looks like; a CR
      // too, which CommonMark ends a line at as well (raw, it could start a heading or a list).
      child.text.split(LINE_BREAK).forEach((part, i) => {
        if (i > 0) result.push([])
        result.at(-1)!.push({ text: part, marks })
      })
    }
    for (const grandchild of child.content ?? []) walk(grandchild, marks)
  }
  for (const child of node.content ?? []) walk(child, [])
  return result
}

function textBlock(node: RichTextNode, inHeading = false): string {
  const rendered = lines(node).map((line) => inlineLine(line, { inHeading }))
  while (rendered.length > 0 && rendered.at(-1) === '') rendered.pop()
  while (rendered.length > 0 && rendered[0] === '') rendered.shift()
  return inHeading ? rendered.filter((l) => l !== '').join(' ') : rendered.join(HARD_BREAK)
}

/** Prefixes the first line with `first` and the rest with `rest` (blank lines stay blank). */
function indent(block: string, first: string, rest: string): string {
  return block
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : rest + line))
    .join('\n')
}

const LISTS = new Set(['bulletList', 'orderedList', 'taskList'])

/**
 * Whether a list can follow a paragraph in an item without a blank line between them: a blank
 * line there makes the whole outer list "loose" (its items read as paragraphs). Without one, a
 * list's first line must be able to interrupt a paragraph: a bullet, or "1." only, and not empty.
 */
function joinsTightly(before: { type: string; text: string }, list: { type: string; text: string }): boolean {
  return before.type === 'paragraph' && LISTS.has(list.type) && /^(?:- |1\. )\S/.test(list.text)
}

/** A list item: the marker on its first line, the rest indented to the item's content. */
function item(node: RichTextNode, marker: string, pad: string, links: PictureLinks): string {
  const children = rendered(node.content ?? [], links)
  if (children.length === 0) return marker
  const inner = children.map((c, i) => (i === 0 ? '' : joinsTightly(children[i - 1]!, c) ? '\n' : '\n\n') + c.text).join('')
  // Only a paragraph may share the marker's line: "- ---" would read as a rule, and after a
  // task's box anything but text is text.
  const first = children[0]!.type === 'paragraph' ? `${marker} ` : `${marker}\n${pad}`
  return indent(inner, first, pad)
}

function orderedStart(node: RichTextNode): number {
  const start = node.attrs?.start
  return typeof start === 'number' && Number.isSafeInteger(start) && start >= 0 && start < 1e8 ? start : 1
}

function block(node: RichTextNode, links: PictureLinks): string {
  switch (node.type) {
    case 'paragraph':
      return textBlock(node)
    case 'heading': {
      const text = textBlock(node, true)
      const level = typeof node.attrs?.level === 'number' ? Math.min(6, Math.max(1, Math.trunc(node.attrs.level))) : 2
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`
    }
    case 'blockquote': {
      const inner = blocks(node.content ?? [], links)
      return inner === ''
        ? ''
        : inner
            .split('\n')
            .map((line) => (line === '' ? '>' : `> ${line}`))
            .join('\n')
    }
    case 'bulletList':
      return (node.content ?? []).map((child) => item(child, '-', '  ', links)).join('\n')
    case 'orderedList': {
      const start = orderedStart(node)
      return (node.content ?? []).map((child, i) => item(child, `${start + i}.`, ' '.repeat(`${start + i}.`.length + 1), links)).join('\n')
    }
    case 'taskList':
      return (node.content ?? []).map((child) => item(child, child.attrs?.checked === true ? '- [x]' : '- [ ]', '  ', links)).join('\n')
    case 'horizontalRule':
      return '---'
    case 'hardBreak':
      return ''
    case PICTURE_NODE:
      return pictureBlock(node, links)
    default:
      return unknownBlock(node, links)
  }
}

/**
 * A picture as an image whose address is its file beside the notes (in `<…>`, which may hold
 * the spaces of its name), its person's words escaped as its description; one that could not be
 * exported says so in words.
 */
function pictureBlock(node: RichTextNode, links: PictureLinks): string {
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt.replace(/\s+/g, ' ').trim() : ''
  const address = typeof node.attrs?.id === 'string' ? links(node.attrs.id) : null
  const words = inlineLine([{ text: alt, marks: [] }])
  if (address === null) return inlineLine([{ text: `(A picture that could not be exported${alt === '' ? '' : `: ${alt}`})`, marks: [] }])
  return `![${words}](<${address}>)`
}

/** Text of its own becomes a paragraph; blocks inside it are written as themselves. */
function unknownBlock(node: RichTextNode, links: PictureLinks): string {
  if (typeof node.text === 'string') return textBlock({ type: 'paragraph', content: [node] })
  const children = node.content ?? []
  const inline = children.some((child) => typeof child.text === 'string' || child.type === 'hardBreak')
  return inline ? textBlock(node) : blocks(children, links)
}

/** The blocks that have something to show, each with its Markdown. */
function rendered(nodes: readonly RichTextNode[], links: PictureLinks): Array<{ type: string; text: string }> {
  return nodes.map((node) => ({ type: node.type, text: block(node, links) })).filter((b) => b.text !== '')
}

function blocks(nodes: readonly RichTextNode[], links: PictureLinks): string {
  return rendered(nodes, links)
    .map((b) => b.text)
    .join('\n\n')
}

/** Where a picture's file is, relative to the note (null: it could not be exported). */
export type PictureLinks = (id: string) => string | null

const NO_PICTURES: PictureLinks = () => null

/** The document as Markdown, ending with a newline (empty for an empty document). */
export function richTextToMarkdown(doc: RichTextNode, links: PictureLinks = NO_PICTURES): string {
  const text = blocks(doc.content ?? [], links)
  return text === '' ? '' : `${text}\n`
}
