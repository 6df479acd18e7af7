// A reflection's header as the journal stores it and as it answers it. Stored: the title as
// typed, the body's first line (taken at save time, so lists never decrypt a body) and the
// prompt it was started from. Answered: `title` is the typed one or else that first line.

import type { CheckInLines } from '../../shared/check-ins.ts'
import type { OccasionHeader } from '../../shared/occasions.ts'
import type { NeedsCheckIn } from '../../shared/needs.ts'
import type { Reflection, ReflectionHeader } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import { cutLine, firstLineOf } from '../../shared/reflection-title.ts'
import { summarise, type RichTextNode } from '../../shared/rich-text.ts'
import type { ThemeId } from '../../shared/themes.ts'
import type { StoredHeader } from './reflection-codec.ts'

export interface NewReflection {
  themeId: ThemeId
  title: string
  body: RichTextNode
  date?: string | undefined
  prompt?: string | undefined
  /** A daily check-in's three lines (check-ins.ts makes them; the body is built from them). */
  checkIn?: CheckInLines | undefined
  /** An occasion's fields (occasions.ts makes them; the body is built from them). */
  occasion?: OccasionHeader | undefined
  /** The occasion it was written after (checked by occasions.ts to be one of this journal's). */
  followsUp?: string | undefined
  /** A needs check-in's needs and line (journal/needs.ts makes them; the body is built from them). */
  needs?: NeedsCheckIn | undefined
}

export interface ReflectionChanges {
  id: string
  themeId?: ThemeId | undefined
  title?: string | undefined
  body?: RichTextNode | undefined
  date?: string | undefined
  /** null: the prompt is removed. */
  prompt?: string | null | undefined
  /** A copy was shared into the vault now: marked in the header, which keeps its words and its last change. */
  sharedAt?: string | undefined
  /** A check-in's lines changed the same day (with its body). */
  checkIn?: CheckInLines | undefined
  /** An occasion's fields changed, or it was put aside or brought back. */
  occasion?: OccasionHeader | undefined
  /** A needs check-in changed the same day (with its body). */
  needs?: NeedsCheckIn | undefined
}

/** The header's pictures as a body's save leaves them: none is not kept at all. */
function withPictures(header: StoredHeader, pictures: string[] | undefined): StoredHeader {
  const { pictures: _old, ...rest } = header
  return pictures && pictures.length > 0 ? { ...rest, pictures } : rest
}

function withPrompt(header: StoredHeader, prompt: string | null | undefined): StoredHeader {
  const { prompt: _old, ...rest } = header
  return prompt ? { ...rest, prompt } : rest
}

/** `pictures`: those of this journal the body shows. */
export function newHeader(input: NewReflection, now: Date, pictures: string[] = []): StoredHeader {
  const stamp = now.toISOString()
  const header: StoredHeader = {
    themeId: input.themeId,
    title: input.title,
    date: input.date ?? localDate(now),
    ...summarise(input.body),
    firstLine: firstLineOf(input.body),
    createdAt: stamp,
    updatedAt: stamp,
    ...(input.checkIn ? { checkIn: input.checkIn } : {}),
    ...(input.occasion ? { occasion: input.occasion } : {}),
    ...(input.followsUp ? { followsUp: input.followsUp } : {}),
    ...(input.needs ? { needs: input.needs } : {})
  }
  return withPictures(withPrompt(header, input.prompt), pictures)
}

/** `pictures`: with a body, those of this journal it shows. */
export function nextHeader(current: StoredHeader, changes: ReflectionChanges, now: Date, pictures: string[] = []): StoredHeader {
  const next: StoredHeader = {
    ...current,
    themeId: changes.themeId ?? current.themeId,
    title: changes.title ?? current.title,
    date: changes.date ?? current.date,
    ...(changes.body ? { ...summarise(changes.body), firstLine: firstLineOf(changes.body) } : {}),
    ...(changes.sharedAt ? { sharedAt: changes.sharedAt } : { updatedAt: now.toISOString() }),
    ...(changes.checkIn ? { checkIn: changes.checkIn } : {}),
    ...(changes.occasion ? { occasion: changes.occasion } : {}),
    ...(changes.needs ? { needs: changes.needs } : {})
  }
  const prompted = changes.prompt === undefined ? next : withPrompt(next, changes.prompt)
  return changes.body ? withPictures(prompted, pictures) : prompted
}

/** What lists, search and print see: the typed title, else the first line (from the excerpt in headers saved before first lines were kept). */
export function answered(id: string, stored: StoredHeader): ReflectionHeader {
  const { firstLine, prompt: _prompt, pictures: _pictures, ...header } = stored
  const titled = stored.title.trim() !== ''
  return { id, ...header, title: titled ? stored.title : (firstLine ?? cutLine(stored.excerpt)), titled }
}

export function answeredReflection(id: string, stored: StoredHeader, body: RichTextNode): Reflection {
  return { ...answered(id, stored), body, prompt: stored.prompt ?? null }
}
