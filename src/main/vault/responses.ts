// Replies and reactions on a secret (a shared reflection among them) or a revealed answer. They
// are kept inside the item's own blob under the vault key (a secret's header, a reveal's data),
// so they are bound to its place as the item is: moved to another item, they fail with the blob
// they are in, and no one without the vault key can change who wrote one (docs/security.md,
// "Replies and reactions").

import { REACTIONS, type ReactionKind, type Responses } from '../../shared/vault.ts'
import { AppError } from '../../shared/errors.ts'
import { randomId } from '../crypto/secret-buffer.ts'

/** At most this many replies and reactions together on one item, so one item's blob stays small. */
export const MAX_RESPONSES = 200

export const noResponses = (): Responses => ({ replies: [], reactions: [] })

const isStamp = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value))
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 2000
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * The responses stored with an item, checked: only the vault's own code writes them, both
 * partners present, but a blob from a newer version (or a bug) must not crash the open vault.
 * Null when they are not as this version writes them; the caller counts the item as damaged.
 */
export function storedResponses(value: unknown, partners: readonly string[]): Responses | null {
  if (value === undefined) return noResponses()
  if (!isObject(value) || !Array.isArray(value['replies']) || !Array.isArray(value['reactions'])) return null
  const replies = value['replies'] as unknown[]
  const reactions = value['reactions'] as unknown[]
  if (replies.length + reactions.length > MAX_RESPONSES) return null
  const replyOk = (r: unknown) =>
    isObject(r) && typeof r['id'] === 'string' && partners.includes(r['authorId'] as string) && isText(r['text']) && isStamp(r['at'])
  const reactionOk = (r: unknown) =>
    isObject(r) && partners.includes(r['authorId'] as string) && REACTIONS.includes(r['reaction'] as ReactionKind) && isStamp(r['at'])
  if (!replies.every(replyOk) || !reactions.every(reactionOk)) return null
  // A needs check-in's "one thing I could do" (needs.ts), by one of the two.
  const offer = value['offer']
  if (offer !== undefined && !(isObject(offer) && partners.includes(offer['authorId'] as string) && isText(offer['text']) && isStamp(offer['at']))) return null
  return value as unknown as Responses
}

function room(responses: Responses): void {
  if (responses.replies.length + responses.reactions.length >= MAX_RESPONSES) {
    throw new AppError('INVALID_INPUT', 'This one has all the replies it can hold. Write a new secret to go on talking.')
  }
}

function requirePartner(partners: readonly string[], authorId: string): void {
  if (!partners.includes(authorId)) throw new AppError('INVALID_INPUT', 'Choose which of you is writing this.', { field: 'authorId' })
}

/** `responses` with a new reply at the end (oldest first). */
export function withReply(responses: Responses, partners: readonly string[], authorId: string, text: string, now: Date): Responses {
  requirePartner(partners, authorId)
  room(responses)
  return { ...responses, replies: [...responses.replies, { id: randomId(), authorId, text: text.trim(), at: now.toISOString() }] }
}

/** `responses` with that partner's mark taken off if it was there, else put on (at the end). */
export function withReactionToggled(responses: Responses, partners: readonly string[], authorId: string, reaction: ReactionKind, now: Date): Responses {
  requirePartner(partners, authorId)
  const mine = (r: Responses['reactions'][number]) => r.authorId === authorId && r.reaction === reaction
  if (responses.reactions.some(mine)) return { ...responses, reactions: responses.reactions.filter((r) => !mine(r)) }
  room(responses)
  return { ...responses, reactions: [...responses.reactions, { authorId, reaction, at: now.toISOString() }] }
}
