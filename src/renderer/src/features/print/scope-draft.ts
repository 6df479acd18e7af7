// What the print screen is asked to print, as its fields hold it, and the PrintScope it makes.
// A draft that cannot be printed yet (no days, nothing ticked) says why instead of asking the backend.

import { localDate } from '../../../../shared/dates.ts'
import type { SevenfoldApi } from '../../../../shared/contract.ts'
import type { ThemeId } from '../../../../shared/themes.ts'

/** A scope as the contract takes it: print.ts's PrintScope with the theme narrowed to the seven. */
export type Scope = Parameters<SevenfoldApi['print']['summary']>[0]['scope']
export type ScopeKind = Scope['kind']

export interface ScopeDraft {
  kind: ScopeKind
  /** For 'reflection'. */
  reflectionId: string | null
  themeId: ThemeId
  /** YYYY-MM-DD as the date fields hold them ('' while cleared). */
  from: string
  to: string
  chosen: ReadonlySet<string>
}

/** From the first of January to today: a sensible year's book. */
export function thisYear(now = new Date()): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: localDate(now) }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export type DraftScope = { scope: Scope; problem?: undefined } | { scope?: undefined; problem: string }

export function scopeOf(draft: ScopeDraft): DraftScope {
  switch (draft.kind) {
    case 'reflection':
      return draft.reflectionId ? { scope: { kind: 'reflection', id: draft.reflectionId } } : { problem: 'Open a reflection first, then print it from there.' }
    case 'theme':
      return { scope: { kind: 'theme', themeId: draft.themeId } }
    case 'dateRange':
      if (!ISO_DAY.test(draft.from) || !ISO_DAY.test(draft.to)) return { problem: 'Choose the first and the last day to print.' }
      if (draft.from > draft.to) return { problem: 'The first day comes after the last one. Swap them round, or choose again.' }
      return { scope: { kind: 'dateRange', from: draft.from, to: draft.to } }
    case 'chosen':
      if (draft.chosen.size === 0) return { problem: 'Nothing is ticked yet. Tick the reflections you would like on paper.' }
      return { scope: { kind: 'chosen', ids: [...draft.chosen] } }
    case 'vault':
      return { scope: { kind: 'vault', confirmed: true } }
  }
}
