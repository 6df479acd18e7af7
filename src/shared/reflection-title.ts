// The title a reflection is listed, searched and printed under when none was typed: its first
// line of text, trimmed and cut at a word near FIRST_LINE_LENGTH with an ellipsis.

import { richTextToPlain, type RichTextNode } from './rich-text.ts'

export const FIRST_LINE_LENGTH = 60

/** `text` on one line, cut at the last space before the limit (or at the limit, in a long word). */
export function cutLine(text: string, limit = FIRST_LINE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat) // by code point, so no emoji is cut in half
  if (chars.length <= limit) return flat
  const head = chars.slice(0, limit - 1).join('')
  const space = head.lastIndexOf(' ')
  return `${(space >= limit / 2 ? head.slice(0, space) : head).trimEnd()}…`
}

/** The body's first line with words on it, cut to a title's length; '' for an empty body. */
export function firstLineOf(body: RichTextNode): string {
  const line = richTextToPlain(body)
    .split('\n')
    .find((l) => l.trim() !== '')
  return line === undefined ? '' : cutLine(line)
}

/**
 * What a list shows under a title taken from the first line: the excerpt without those words
 * again ('' when the first line is all there is).
 */
export function excerptAfterTitle(title: string, excerpt: string): string {
  const cut = title.endsWith('…')
  const head = cut ? title.slice(0, -1) : title
  if (head === '' || !excerpt.startsWith(head)) return excerpt
  const rest = excerpt.slice(head.length).trimStart()
  return rest === '' ? '' : cut ? `…${rest}` : rest
}
