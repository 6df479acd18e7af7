// A needs check-in in the vault (issue 17, item 2): sealed from its writer's journal like a
// shared reflection (shared-handlers.ts), with its needs inside the seal (needs-seal.ts checks
// them when it is taken in). In the open vault the latest of each partner is shown side by side,
// and under each the other partner writes one thing they could do this week for its first need.
// That line is kept with the item's replies and marks (responses.ts), under the vault key.

import type { Reflection } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { needsBody, NEEDS_SHARED_TITLE, type NeedsCheckIn, type NeedsTogether } from '../../shared/needs.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import type { OpenVault } from './open-vault.ts'

/** What of a needs check-in goes into the vault: its needs, and the title and body they make. */
export function needsCopy(reflection: Reflection): { title: string; body: RichTextNode; needs: NeedsCheckIn } {
  const needs = reflection.needs
  if (!needs) throw new AppError('INVALID_INPUT', 'Only a needs check-in is shared this way. Save one on the “Know each other’s needs” page first.')
  return { title: NEEDS_SHARED_TITLE, body: needsBody(needs), needs }
}

/** Each partner's latest needs check-in in the vault; one still in its envelope says only that it is there. */
export function needsTogether(vault: OpenVault): NeedsTogether {
  // list() is newest first: the first of each writer is their latest.
  const shared = vault.list().filter((secret) => secret.kind === 'needs' && secret.needs)
  return vault.partners.map((profileId) => {
    const latest = shared.find((secret) => secret.authorId === profileId)
    if (!latest) return { profileId, latest: null }
    const base = { secretId: latest.id, date: latest.date, isNew: latest.isNew }
    if (latest.isNew) return { profileId, latest: { ...base, needs: null, offer: null } }
    // From the header in memory, never the body: showing it is not opening it again, and one spoilt
    // copy cannot take the other's side with it (its replies not as kept are counted damaged).
    return { profileId, latest: { ...base, needs: latest.needs!, offer: vault.glance(latest.id).responses.offer ?? null } }
  })
}

/** Keeps (or, with no words, takes away) what the other partner could do for the first need of needs check-in `id`. */
export function offerForNeed(vault: OpenVault, id: string, text: string, now: Date): NeedsTogether {
  const secret = vault.glance(id)
  if (secret.kind !== 'needs') throw new AppError('INVALID_INPUT', 'That is not a needs check-in, so it has no first need to answer.')
  if (secret.isNew) throw new AppError('INVALID_INPUT', 'Open it together first; then you can answer its first need.')
  // Always the one who did not write it: nobody offers for their own need.
  const other = vault.partners.find((p) => p !== secret.authorId)!
  const words = text.trim()
  vault.respond({ kind: 'secret', id }, ({ offer: _, ...rest }) =>
    words === '' ? rest : { ...rest, offer: { authorId: other, text: words, at: now.toISOString() } }
  )
  return needsTogether(vault)
}
