// A voucher: an HMAC-SHA256 that a partner's own journal makes over their sealing public key,
// with a key that only the two journals (and the vault) hold. Anyone may write a public key into
// the file; only a journal that holds the key can vouch for one (docs/security.md, "Pinned keys").

import { createHmac, timingSafeEqual } from 'node:crypto'

const LABEL = 'sevenfold/voucher/v1'

/** The voucher for `publicKey`, bound to every part of `context` (the vault's id, the partner's). */
export function vouch(key: Uint8Array, context: readonly string[], publicKey: Uint8Array): Buffer {
  const hmac = createHmac('sha256', key)
  for (const part of [LABEL, ...context]) hmac.update(part, 'utf8').update(Buffer.of(0))
  return hmac.update(publicKey).digest()
}

export function vouches(key: Uint8Array, context: readonly string[], publicKey: Uint8Array, voucher: Uint8Array): boolean {
  const expected = vouch(key, context, publicKey)
  return voucher.length === expected.length && timingSafeEqual(voucher, expected)
}
