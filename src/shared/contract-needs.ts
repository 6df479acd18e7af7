// The needs check-in's part of the contract (issue 17, item 2): `needs.save` in the journal
// (contract.ts spreads it in), and its methods in the open vault, which contract-vault.ts puts
// in `vaultShared` beside the share of a reflection.

import { z } from 'zod'
import { id, none } from './contract-fields.ts'
import { method } from './contract-method.ts'
import { NEED_IDS, NEED_OWN_MAX, NEEDS_LINE_MAX, NEEDS_OFFER_MAX, NEEDS_TOP_MAX, topProblem, type NeedPick, type NeedsTogether } from './needs.ts'
import type { ReflectionHeader } from './reflections.ts'

const ownWords = z.string().trim().min(1, 'is empty').max(NEED_OWN_MAX, `is too long (at most ${NEED_OWN_MAX} characters)`)

// One strict object with either field, so a wrong one is named ("top.1.own is too long"), not a union's "invalid input".
const pick = z
  .strictObject({ id: z.enum(NEED_IDS, 'is not one of the eight needs').optional(), own: ownWords.optional() })
  .refine((p) => (p.id === undefined) !== (p.own === undefined), 'must be one of the eight needs or your own words')
  .transform((p): NeedPick => (p.id !== undefined ? { id: p.id } : { own: p.own! }))

export const needsTop = z
  .array(pick)
  .min(1, 'is empty: choose at least one need')
  .max(NEEDS_TOP_MAX, `has more than ${NEEDS_TOP_MAX} needs`)
  .refine((top) => topProblem(top) === null, 'names the same need twice')

export const needsContract = {
  needs: {
    /** Today's needs check-in (this computer's day): the first save makes it, later ones that day change it. */
    save: method(
      z.strictObject({ top: needsTop, line: z.string().trim().max(NEEDS_LINE_MAX, `is too long (at most ${NEEDS_LINE_MAX} characters)`).optional() })
    ).returns<ReflectionHeader>()
  }
} as const

export const needsVaultMethods = {
  /** From the open journal: a needs check-in sealed into the vault (to the key it pinned), its needs inside the seal; the original is marked as shared. */
  shareNeeds: method(z.strictObject({ id })).returns<ReflectionHeader>(),
  /** Inside the open vault: each partner's latest shared needs check-in, side by side. */
  needsTogether: method(none).returns<NeedsTogether>(),
  /**
   * Inside the open vault: what the other partner could do this week for the first need of the
   * needs check-in `id` (its writer is always the other one); empty text takes it away.
   */
  offerForNeed: method(
    z.strictObject({ id, text: z.string().trim().max(NEEDS_OFFER_MAX, `is too long (at most ${NEEDS_OFFER_MAX} characters)`) })
  ).returns<NeedsTogether>()
} as const
