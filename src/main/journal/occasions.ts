// Occasions (issue 17, item 7): moments coming up in the partner's life, each a reflection of the
// being-there theme dated on its day whose encrypted header holds its fields (see
// src/shared/occasions.ts). What is written afterwards is an ordinary reflection whose header
// names the occasion (`followsUp`), so "written about" is read from the journal, never kept twice.

import type { ReflectionHeader } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { occasionBody, type Occasion, type OccasionHeader, type OccasionTone } from '../../shared/occasions.ts'
import type { Journal, ReflectionChanges } from './journal.ts'

export interface OccasionFields {
  what: string
  on: string
  tone?: OccasionTone | null | undefined
  line?: string | undefined
}

function notAnOccasion(): AppError {
  return new AppError('NOT_FOUND', 'That moment is not in your journal. It may have been deleted.')
}

const byDay = (a: ReflectionHeader, b: ReflectionHeader) =>
  a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0

function answer(header: ReflectionHeader, followUps: readonly ReflectionHeader[]): Occasion {
  const { what, line, tone, asideAt } = header.occasion!
  return {
    id: header.id,
    what,
    on: header.date,
    tone: tone ?? null,
    line,
    asideAt: asideAt ?? null,
    followUps: [...followUps].sort(byDay).map(({ id, date, title }) => ({ id, date, title }))
  }
}

/** Every occasion in the journal, by day, each with what follows it up: one pass over the headers. */
export function listOccasions(journal: Journal): Occasion[] {
  const occasions: ReflectionHeader[] = []
  const followUps = new Map<string, ReflectionHeader[]>()
  for (const header of journal.headers()) {
    if (header.occasion) occasions.push(header)
    if (!header.followsUp) continue
    // Pushed into the occasion's own list: copying it for each one would grow as its square.
    const list = followUps.get(header.followsUp)
    if (list) list.push(header)
    else followUps.set(header.followsUp, [header])
  }
  return occasions.sort(byDay).map((header) => answer(header, followUps.get(header.id) ?? []))
}

function occasionHeader(journal: Journal, id: string): ReflectionHeader & { occasion: OccasionHeader } {
  const header = journal.headerOf(id)
  if (!header?.occasion) throw notAnOccasion()
  return header as ReflectionHeader & { occasion: OccasionHeader }
}

function occasionById(journal: Journal, id: string): Occasion {
  const followUps = [...journal.headers()].filter((header) => header.followsUp === id)
  return answer(occasionHeader(journal, id), followUps)
}

// Trimmed here too, for callers other than the contract's (which trims already).
const fieldsOf = ({ what, tone, line }: OccasionFields): OccasionHeader => ({ what: what.trim(), line: (line ?? '').trim(), ...(tone ? { tone } : {}) })

export function noteOccasion(journal: Journal, fields: OccasionFields, now: Date): Occasion {
  const occasion = fieldsOf(fields)
  const { id } = journal.create({ themeId: 'being-there', title: occasion.what, date: fields.on, body: occasionBody(occasion), occasion }, now)
  return occasionById(journal, id)
}

/** Its words, kind or day. Moved to another day, one put aside comes back (it is happening after all). */
export function changeOccasion(journal: Journal, id: string, fields: OccasionFields, now: Date): Occasion {
  const current = occasionHeader(journal, id)
  const asideAt = current.date === fields.on ? current.occasion.asideAt : undefined
  const occasion = { ...fieldsOf(fields), ...(asideAt ? { asideAt } : {}) }
  journal.update({ id, title: occasion.what, date: fields.on, body: occasionBody(occasion), occasion }, now)
  return occasionById(journal, id)
}

/** "No need to write" (or, with `aside` false, bring it back): only its header changes. */
export function setOccasionAside(journal: Journal, id: string, aside: boolean, now: Date): Occasion {
  const { asideAt, ...rest } = occasionHeader(journal, id).occasion
  journal.update({ id, occasion: aside ? { ...rest, asideAt: asideAt ?? now.toISOString() } : rest }, now)
  return occasionById(journal, id)
}

/** A follow-up names an occasion of this very journal, or it is refused. */
export function checkFollowsUp(journal: Journal, occasionId: string | undefined): void {
  if (occasionId === undefined) return
  if (!journal.headerOf(occasionId)?.occasion) {
    throw new AppError('NOT_FOUND', 'The moment this was written after is not in your journal any more. Start a new reflection instead.')
  }
}

/**
 * An occasion is changed only as one (on the being-there page): an ordinary edit of its body,
 * title, theme, day or prompt would leave its fields and its words apart.
 */
export function refuseOccasionEdit(journal: Journal, changes: ReflectionChanges): void {
  if (!journal.headerOf(changes.id)?.occasion) return
  if (changes.body || changes.title !== undefined || changes.themeId || changes.date || changes.prompt !== undefined) {
    throw new AppError('INVALID_INPUT', 'A moment you noted is changed on the being-there page, where it was noted.')
  }
}
