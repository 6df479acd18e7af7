// A partner's request to end the vault on their own (docs/security.md, "Endings"). The date is
// stored twice: in plaintext, so the lock screen can announce it to the other, and under the
// asker's journal key, bound to the vault and the asker. Only the second decides when the wait
// is over: a plaintext date moved back, a row made by someone else, or a proof moved to another
// vault or partner lets nothing end early.

import { END_WAIT_DAYS } from '../../shared/endings.ts'
import { decryptJson, encryptJson, type AeadKey, type BlobPlace } from '../crypto/aead.ts'
import type { EndRequestRow } from '../storage/ending-repository.ts'

export const END_WAIT_MS = END_WAIT_DAYS * 24 * 60 * 60 * 1000

function proofPlace(vaultId: string, profileId: string): BlobPlace {
  return { table: 'vault_end_requests', rowId: vaultId, ownerId: profileId, field: 'proof' }
}

export function newEndRequest(key: AeadKey, vaultId: string, profileId: string, requestedAt: number): EndRequestRow {
  return { vaultId, profileId, requestedAt, proof: encryptJson(key, { requestedAt }, proofPlace(vaultId, profileId)) }
}

/** When the asker's journal made this request; null when its proof fails (changed, moved, or made under an older key). */
export function provenRequestedAt(key: AeadKey, row: EndRequestRow): number | null {
  try {
    const { requestedAt } = decryptJson<{ requestedAt: unknown }>(key, row.proof, proofPlace(row.vaultId, row.profileId))
    return typeof requestedAt === 'number' && Number.isSafeInteger(requestedAt) ? requestedAt : null
  } catch {
    return null
  }
}

/** Whether a request proven to date from `requestedAt` may end the vault at `now` (a date in the future never may). */
export function waitIsOver(requestedAt: number, now: number): boolean {
  return requestedAt <= now && now - requestedAt >= END_WAIT_MS
}
