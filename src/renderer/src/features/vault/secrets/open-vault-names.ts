// Names and moments as the vault's screens say them.

import type { VaultPartner } from '../../../../../shared/contract.ts'
import { richTextToPlain, type RichTextNode } from '../../../../../shared/rich-text.ts'

/** A partner's display name; a stored id that matches neither (should not happen) reads as "One of you". */
export function nameOf(partners: readonly VaultPartner[], profileId: string): string {
  return partners.find((p) => p.profileId === profileId)?.displayName ?? 'One of you'
}

/** The two partners, part A's first, so answers and choices always sit in the same order. */
export function inPartOrder(partners: readonly VaultPartner[]): VaultPartner[] {
  return [...partners].sort((x, y) => x.part.localeCompare(y.part))
}

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

/** A timestamp's day in the person's own time zone and locale ("3 Nov 2026"). */
export function formatMoment(isoTimestamp: string): string {
  const date = new Date(isoTimestamp)
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date)
}

/** Nothing written yet: no title and no words in the body. */
export function isBlankSecret(title: string, body: RichTextNode | null): boolean {
  return title.trim() === '' && (body === null || richTextToPlain(body) === '')
}
