// What a needs check-in sealed into the vault must look like (issue 17, item 2). Anyone with the
// file holds the vault's public key and can seal what they like, so a copy that says it is a
// needs check-in is checked whole when it is taken in: its needs as the journal keeps them, from
// the emotional needs theme, and its title and body exactly those its needs make (the side by
// side shows the needs, the reading view the body: they cannot be made to say two things).
// Needs on anything else are refused.

import { isDeepStrictEqual } from 'node:util'
import { isNeedsCheckIn, needsBody, NEEDS_SHARED_TITLE } from '../../shared/needs.ts'
import type { SealedSecret } from './codec.ts'

export function isNeedsOrNot(v: Partial<SealedSecret>): boolean {
  if (v.kind !== 'needs') return v.needs === undefined
  return (
    isNeedsCheckIn(v.needs) &&
    v.forId === undefined &&
    v.shared?.themeId === 'emotional-needs' &&
    v.shared.kind === undefined &&
    v.title === NEEDS_SHARED_TITLE &&
    isDeepStrictEqual(v.body, needsBody(v.needs))
  )
}
