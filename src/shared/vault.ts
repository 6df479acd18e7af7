// What the vault's methods answer (contract.ts re-exports these): its state, its secrets,
// and the "both answer, then reveal" questions.

import type { NeedsCheckIn, NeedsOffer } from './needs.ts'
import type { RichTextNode } from './rich-text.ts'
import type { WrittenHeader } from './reflections.ts'
import type { ThemeId } from './themes.ts'

/** One partner as the vault knows them: part 'a' is the first journal's, 'b' the second's. */
export interface VaultPartner {
  profileId: string
  displayName: string
  part: VaultPartId
}

export type VaultPartId = 'a' | 'b'

export interface VaultStatus {
  exists: boolean
  open: boolean
  /** Both journals exist and there is no vault yet. */
  canCreate: boolean
  partners: VaultPartner[]
  /** Parts given so far towards opening it together (shown as "1 of 2 parts given"). */
  partsGiven: VaultPartId[]
  /** Idle minutes before the open vault locks itself. */
  autoLockMinutes: number
  /** Items of the open vault that failed their integrity check (not listed). */
  damagedItems: number
  /**
   * What the open journal (one of the two) may seal into the vault: only once it has seen the
   * vault opened together while it was open does it know the vault's key (`pinned`), and a
   * question needs the partner's journal to have done the same (`partnerConfirmed`). Null
   * when no journal of the vault is open.
   */
  fromJournal: { pinned: boolean; partnerConfirmed: boolean } | null
  /**
   * While the vault is locked, what waits for the two of them, as anyone can see from the file's
   * rows (never what, nor from whom): sealed drop-ins not taken in yet, and a question both have
   * answered. A forged row can only make these true (docs/security.md, "What waits for you both").
   */
  waitingForBoth: { sealed: boolean; answered: boolean }
}

export interface VaultSecretHeader extends WrittenHeader {
  /** The partner it was written by, chosen when it was written. */
  authorId: string
  /** Dropped in sealed and not read yet since the vault was opened together. */
  isNew: boolean
  /** Arrived as a sealed drop-in while the vault was locked. */
  wasSealed: boolean
  /** A copy of a reflection its author shared from their journal: its theme and the day it is about; `kind`: the line of a daily check-in. */
  sharedFrom?: { themeId: ThemeId; date: string; kind?: 'check-in' }
  /** A thank-you note, written from its author's journal for the other partner (`forId`). */
  kind?: 'thanks' | 'needs'
  forId?: string
  /** `kind: 'needs'`: a needs check-in its author shared from their journal, its needs as they were sealed. */
  needs?: NeedsCheckIn
}

/**
 * A copy shared from a journal (a reflection, a check-in's line, a needs check-in) or a thank-you
 * note: who wrote it, where it came from and its words are what was sealed, so in the open vault
 * it is read, answered, marked or deleted, never edited (an edit could make its label lie).
 */
export function keptAsSealed(secret: Pick<VaultSecretHeader, 'sharedFrom' | 'kind'>): boolean {
  return secret.sharedFrom !== undefined || secret.kind === 'thanks' || secret.kind === 'needs'
}

export interface VaultSecret extends VaultSecretHeader {
  body: RichTextNode
  responses: Responses
}

/** The few warm marks either partner may leave on an item, at most one of each per partner. */
export const REACTIONS = ['love', 'thanks', 'me-too'] as const
export type ReactionKind = (typeof REACTIONS)[number]

export interface VaultReply {
  id: string
  authorId: string
  text: string
  at: string
}

export interface VaultReaction {
  authorId: string
  reaction: ReactionKind
  at: string
}

/** Replies and reactions kept with a secret or a revealed answer, oldest first. */
export interface Responses {
  replies: VaultReply[]
  reactions: VaultReaction[]
  /** On a needs check-in only: what the other partner could do this week for its first need. */
  offer?: NeedsOffer
}

/** A "both answer, then reveal" question as one partner sees it from their own open journal. */
export interface RevealQuestion {
  id: string
  prompt: string
  askedBy: string
  askedAt: string
  answeredByMe: boolean
  answeredByPartner: boolean
  /** This journal's own answer, from its own copy under its journal key; null if not answered here. */
  myAnswer: string | null
}

export interface RevealAnswer {
  profileId: string
  text: string
  answeredAt: string
}

/** A question inside the open vault: revealed once both answered, else still waiting. */
export interface Reveal {
  id: string
  prompt: string
  askedBy: string
  askedAt: string
  revealed: boolean
  /** Both answers once revealed; while waiting, none are shown. */
  answers: RevealAnswer[]
  /** While waiting: who has answered so far. */
  answeredBy: string[]
  /** Replies and reactions once revealed; empty while waiting. */
  responses: Responses
}
