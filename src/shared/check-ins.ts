// The daily check-in of the small talk theme (issue 17, item 5): three short lines, at most one a
// day. A check-in is a reflection of that theme whose encrypted header says so (`checkIn`: its
// three lines); its body is the same three lines as labelled paragraphs, so search, the calendar,
// print, export and backup read it like any reflection.

import type { RichTextNode } from './rich-text.ts'

export interface CheckInLines {
  /** What I look forward to today. */
  forward: string
  /** Something I read, watched or heard. */
  heard: string
  /** A small thing I would like to tell my partner. */
  tell: string
}

export const CHECK_IN_KEYS = ['forward', 'heard', 'tell'] as const satisfies readonly (keyof CheckInLines)[]

/** How long one line may be: a line, not a letter. */
export const CHECK_IN_LINE_MAX = 280

/** The typed title every check-in gets: lists, search and print name it by it. */
export const CHECK_IN_TITLE = 'Daily check-in'

/** The labels as the form, the strip, print and export say them (the body keeps them). */
export const CHECK_IN_LABELS: Record<keyof CheckInLines, string> = {
  forward: 'Looking forward to',
  heard: 'Read, watched or heard',
  tell: 'To tell my partner'
}

/** The body a check-in is stored with: one paragraph a line written, its label in bold. */
export function checkInBody(lines: CheckInLines): RichTextNode {
  const content = CHECK_IN_KEYS.filter((key) => lines[key].trim() !== '').map((key): RichTextNode => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `${CHECK_IN_LABELS[key]}:`, marks: [{ type: 'bold' }] },
      { type: 'text', text: ` ${lines[key].trim()}` }
    ]
  }))
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
}

/** Whether `value` is three lines as a check-in keeps them (a header read back is checked with it). */
export function isCheckInLines(value: unknown): value is CheckInLines {
  if (typeof value !== 'object' || value === null) return false
  const lines = value as Record<string, unknown>
  return CHECK_IN_KEYS.every((key) => typeof lines[key] === 'string' && (lines[key] as string).length <= CHECK_IN_LINE_MAX)
}
