// Whom this journal can share with into the vault: there is a vault, and this journal is one of
// its two. Used by "Share with Ben…" in the editor and "Tell Ben in the vault…" on a check-in.

import { useEffect, useState } from 'react'
import { api } from '../api.ts'

async function sharePartner(): Promise<string | null> {
  const [app, vault] = await Promise.all([api.app.status(), api.vault.status()])
  if (!vault.exists || vault.fromJournal === null) return null
  return vault.partners.find((p) => p.profileId !== app.unlockedProfileId)?.displayName ?? null
}

/** The partner's name (null while unknown, or when there is no vault of this journal's own). */
export function useSharePartner(): string | null {
  const [partner, setPartner] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    sharePartner().then(
      (name) => live && setPartner(name),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [])
  return partner
}
