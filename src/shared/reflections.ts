// A reflection as the journal answers it: its header (for lists) and, when opened, its body.

import type { CheckInLines } from './check-ins.ts'
import type { OccasionHeader } from './occasions.ts'
import type { NeedsCheckIn } from './needs.ts'
import type { RichTextNode } from './rich-text.ts'
import type { ThemeId } from './themes.ts'

/** What lists show of anything written, a reflection or a vault's secret. */
export interface WrittenHeader {
  id: string
  title: string
  /** The day it is about, as `2026-11-25`. */
  date: string
  excerpt: string
  wordCount: number
  createdAt: string
  updatedAt: string
}

export interface ReflectionHeader extends WrittenHeader {
  themeId: ThemeId
  /**
   * Whether `title` was typed. When none was, `title` is the reflection's first line of text
   * (see reflection-title.ts), and '' only when it has no text at all.
   */
  titled: boolean
  /** When a copy was last shared into the vault (kept in the encrypted header, like the rest). */
  sharedAt?: string
  /** A daily check-in (issue 17, item 5): its three lines, kept in the header so the strip never decrypts a body. */
  checkIn?: CheckInLines
  /** A moment coming up in the partner's life (issue 17, item 7), on this reflection's date. */
  occasion?: OccasionHeader
  /** The occasion this reflection was written after, about being there. */
  followsUp?: string
  /** A needs check-in (issue 17, item 2): its needs in order and its line, kept in the header so the picture never decrypts a body. */
  needs?: NeedsCheckIn
}

export interface Reflection extends ReflectionHeader {
  body: RichTextNode
  /** The prompt it was started from, kept with it until its writer removes it. */
  prompt: string | null
}

export interface ThemeSummary {
  themeId: ThemeId
  count: number
  lastWrittenDate: string | null
}
