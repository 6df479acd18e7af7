// The other partner's name when their journal is here too (null until known, or with one
// journal): the words about being there for them use it, and say "your partner" without it.

import { useEffect, useState } from 'react'
import { api } from '../api.ts'

export async function partnerNameNow(): Promise<string | null> {
  const status = await api.app.status()
  return status.profiles.find((p) => p.id !== status.unlockedProfileId)?.displayName ?? null
}

export function usePartnerName(): string | null {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    partnerNameNow().then(
      (found) => live && setName(found),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [])
  return name
}
