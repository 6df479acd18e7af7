// What a search answers. Snippets come as segments (text, and whether it matched) so the
// renderer highlights them with elements of its own and never handles HTML.

import type { ThemeId } from './themes.ts'

export const SEARCH_LIMITS = { maxText: 200, maxLimit: 100, defaultLimit: 20 } as const

export interface SnippetSegment {
  text: string
  match: boolean
}

interface HitBase {
  id: string
  title: string
  date: string
  snippet: SnippetSegment[]
}

export interface ReflectionHit extends HitBase {
  kind: 'reflection'
  themeId: ThemeId
}

export interface SecretHit extends HitBase {
  kind: 'secret'
}

/** An idea for time together, or a time logged (issue 17, item 4): kept in the vault, found only while it is open together. */
export interface TimeHit extends HitBase {
  kind: 'time'
  which: 'idea' | 'logged'
  /** The idea, or what they did: the whole line (the snippet is cut from it). */
  title: string
  /** A time's day; an idea's, the day it was added. */
  date: string
}

export type SearchHit = ReflectionHit | SecretHit | TimeHit

export interface SearchResult {
  hits: SearchHit[]
  /** How many match in all; `hits` holds the best `limit` of them. */
  total: number
}
