// The direction of a person's words in the print document and the HTML export (docs/architecture.md,
// "Words in both directions"): a block runs in the direction of its own first strong letter, as
// dir="auto" does, written only where it differs from the book's (left to right) or the block's
// around it; words beside our own (a title before its date, a name in "by Ana") sit in <bdi>.
// Left-to-right words come out exactly as before.

import type { RichTextNode } from '../../shared/rich-text.ts'
import { hasRightToLeft, textDirection, type Direction } from '../../shared/text-direction.ts'
import { escapeHtml } from './html-escape.ts'

/** The book's own direction, that of the app's words around a person's. */
export const BOOK_DIRECTION: Direction = 'ltr'

/** ` dir="rtl"` (or "ltr") when `own` is not the direction around it; '' when it is, or has none. */
export function dirAttribute(own: Direction | null, around: Direction = BOOK_DIRECTION): string {
  return own === null || own === around ? '' : ` dir="${own}"`
}

/** The attribute for a block of plain words (a title, a table's cell). */
export const wordsDir = (text: string, around: Direction = BOOK_DIRECTION) => dirAttribute(textDirection(text), around)

/** Words escaped, and isolated in <bdi> when they hold right-to-left letters. */
export function isolatedHtml(text: string): string {
  const html = escapeHtml(text)
  return hasRightToLeft(text) ? `<bdi>${html}</bdi>` : html
}

/** The direction of a stored node's first strong letter, read in order without recursion; null if none. */
export function nodeDirection(node: RichTextNode): Direction | null {
  const work: RichTextNode[] = [node]
  while (work.length > 0) {
    const item = work.pop()!
    if (typeof item.text === 'string') {
      const found = textDirection(item.text)
      if (found) return found
    }
    const children = item.content ?? []
    for (let i = children.length - 1; i >= 0; i--) work.push(children[i]!)
  }
  return null
}
