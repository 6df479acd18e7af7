// The needs check-in of the emotional needs theme (issue 17, item 2): what someone needs most
// right now, up to three in order, each one of eight named needs or a few words of their own,
// and a line about it if they like. A needs check-in is a reflection of that theme whose
// encrypted header holds it (`needs`); its body is the same picks as labelled paragraphs, so
// search, the calendar, print, export and backup read it like any reflection. The ids are
// stored; the labels and descriptions are ours and may change.

import type { RichTextNode } from './rich-text.ts'

export const NEED_IDS = ['heard', 'touched', 'considered', 'encouraged', 'nurtured', 'accepted', 'understood', 'forgiven'] as const
export type NeedId = (typeof NEED_IDS)[number]

export const NEEDS: Record<NeedId, { label: string; description: string }> = {
  heard: { label: 'To be heard', description: 'Someone listening all the way to the end, without rushing to fix it.' },
  touched: { label: 'To be touched', description: 'A hand to hold, a long hug, sitting close on the sofa.' },
  considered: { label: 'To be considered', description: 'Being thought of when plans are made, before you have to ask.' },
  encouraged: { label: 'To be encouraged', description: 'Someone who believes you can do it, and tells you so.' },
  nurtured: { label: 'To be nurtured', description: 'Being looked after: a warm meal, an early night, some care.' },
  accepted: { label: 'To be accepted', description: 'Being welcome just as you are, on the good days and the rest.' },
  understood: { label: 'To be understood', description: 'Someone seeing why it matters to you, not only what happened.' },
  forgiven: { label: 'To be forgiven', description: 'A mistake let go of, so the two of you can move on lightly.' }
}

/** One of the eight, or a need in the person's own words. */
export type NeedPick = { id: NeedId } | { own: string }

export interface NeedsCheckIn {
  /** The most needed first; one to three, never the same need twice. */
  top: NeedPick[]
  /** A line about it, left out when none was written. */
  line?: string
}

export const NEEDS_TOP_MAX = 3
/** A need in one's own words is a few words, not a letter. */
export const NEED_OWN_MAX = 80
export const NEEDS_LINE_MAX = 280

/** The typed title every needs check-in gets in the journal: lists, search and print name it by it. */
export const NEEDS_TITLE = 'Needs check-in'
/** The title of its copy in the vault. */
export const NEEDS_SHARED_TITLE = 'What I need right now'
export const NEEDS_LINE_LABEL = 'A line about it'

const PLACES = ['First', 'Second', 'Third'] as const

/** "First", "Second", "Third": a pick's place as the screens say it. */
export function placeName(index: number): string {
  return PLACES[index] ?? `Number ${index + 1}`
}

export function isOwn(pick: NeedPick): pick is { own: string } {
  return 'own' in pick
}

/** How a pick reads: the need's label, or the person's own words. */
export function pickLabel(pick: NeedPick): string {
  return isOwn(pick) ? pick.own.trim() : NEEDS[pick.id].label
}

// One form of each letter (NFKC), no invisible format characters (zero-width spaces and joiners, \p{Cf}).
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
const NAMED = new Map<string, NeedId>(NEED_IDS.flatMap((id) => [[plain(NEEDS[id].label), id] as const, [id, id] as const]))

/**
 * What makes two picks the same need: its id, or one's own words without case, spacing, other
 * forms of the same letters or invisible characters ("to be heard" in one's own words is the
 * listed need, counted with it).
 */
export function pickKey(pick: NeedPick): string {
  if (!isOwn(pick)) return pick.id
  const words = plain(pick.own)
  return NAMED.get(words) ?? `own:${words}`
}

/** The body a needs check-in is stored with: "1. To be heard", …, then its line, each label in bold. */
export function needsBody(needs: NeedsCheckIn): RichTextNode {
  const labelled = (label: string, text: string): RichTextNode => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: label, marks: [{ type: 'bold' }] },
      { type: 'text', text: ` ${text}` }
    ]
  })
  const content = needs.top.map((pick, index) => labelled(`${index + 1}.`, pickLabel(pick)))
  if (needs.line) content.push(labelled(`${NEEDS_LINE_LABEL}:`, needs.line))
  return { type: 'doc', content }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const onlyKeys = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key))

function pickProblem(value: unknown): string | null {
  if (!isObject(value)) return 'is not a need'
  if ('id' in value) return onlyKeys(value, ['id']) && NEED_IDS.includes(value['id'] as NeedId) ? null : 'is not one of the eight needs'
  const own = value['own']
  if (!onlyKeys(value, ['own']) || typeof own !== 'string') return 'is not a need'
  if (own.trim() === '') return 'is empty'
  return own.length > NEED_OWN_MAX || own !== own.trim() ? `is not a few words (at most ${NEED_OWN_MAX} characters)` : null
}

/** Why `top` is not one to three different needs in order, or null. */
export function topProblem(top: readonly NeedPick[]): string | null {
  if (top.length === 0) return 'is empty: choose at least one need'
  if (top.length > NEEDS_TOP_MAX) return `has more than ${NEEDS_TOP_MAX} needs`
  return new Set(top.map(pickKey)).size === top.length ? null : 'names the same need twice'
}

/** Why `value` is not a needs check-in as this version keeps it (strict: a header or a seal read back is checked with it), or null. */
export function needsProblem(value: unknown): string | null {
  if (!isObject(value) || !onlyKeys(value, ['top', 'line'])) return 'is not a needs check-in'
  const { top, line } = value
  if (!Array.isArray(top)) return 'has no needs'
  for (const pick of top as unknown[]) {
    const problem = pickProblem(pick)
    if (problem) return problem
  }
  const problem = topProblem(top as NeedPick[])
  if (problem) return problem
  if (line === undefined) return null
  return typeof line === 'string' && line !== '' && line === line.trim() && line.length <= NEEDS_LINE_MAX ? null : 'has a line that is not as kept'
}

export function isNeedsCheckIn(value: unknown): value is NeedsCheckIn {
  return needsProblem(value) === null
}

/** As kept: each pick's words and the line trimmed, an empty line left out. */
export function keptNeeds(top: readonly NeedPick[], line: string | undefined): NeedsCheckIn {
  const picks = top.map((pick): NeedPick => (isOwn(pick) ? { own: pick.own.trim() } : { id: pick.id }))
  const words = line?.trim() ?? ''
  return words === '' ? { top: picks } : { top: picks, line: words }
}

/** Whether two needs check-ins, as kept, say the same: the same needs in the same order, and the same line. */
export function sameNeeds(a: NeedsCheckIn, b: NeedsCheckIn): boolean {
  return (
    a.line === b.line && a.top.length === b.top.length && a.top.every((pick, i) => pickLabel(pick) === pickLabel(b.top[i]!) && isOwn(pick) === isOwn(b.top[i]!))
  )
}

/** What one partner could do this week for the other's first need, written by that partner in the open vault. */
export interface NeedsOffer {
  authorId: string
  text: string
  at: string
}

export const NEEDS_OFFER_MAX = 500

/** One partner's latest needs check-in shared into the vault, as the open vault shows it beside the other's. */
export interface SharedNeeds {
  /** The vault item it is. */
  secretId: string
  date: string
  /** Still in its envelope: what it says stays off the page until they open it together. */
  isNew: boolean
  /** Null while it is new. */
  needs: NeedsCheckIn | null
  /** From the other partner, for its first need; null until one is written. */
  offer: NeedsOffer | null
}

/** Each partner of the vault, in part order, with their latest shared needs check-in (null if none yet). */
export type NeedsTogether = Array<{ profileId: string; latest: SharedNeeds | null }>
