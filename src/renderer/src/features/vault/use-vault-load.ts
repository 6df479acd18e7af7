// Data a screen inside the open vault loads (ui/use-load.ts). If the vault locked itself
// meanwhile (LOCKED), there is nothing to say here: `onLocked` takes them out of the vault, and
// until then the load reads as still loading.

import { useEffect, useRef } from 'react'
import { useLoad, type Loaded } from '../../ui/use-load.ts'

export function useVaultLoad<T>(load: () => Promise<T>, key: string, onLocked: () => void): Loaded<T> {
  const { loaded } = useLoad(load, key)
  const locked = loaded.state === 'failed' && loaded.code === 'LOCKED'
  // Read through a ref, so a new callback from the parent is not a reason to call it again.
  const onLockedRef = useRef(onLocked)
  useEffect(() => {
    onLockedRef.current = onLocked
  })
  useEffect(() => {
    if (locked) onLockedRef.current()
  }, [locked])
  return locked ? { state: 'loading' } : loaded
}
