// Moves keyboard focus into a screen when it appears, so keyboard and screen-reader
// users land on it instead of on the page body.

import { useEffect, useRef } from 'react'

export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (enabled) ref.current?.focus()
  }, [enabled])
  return ref
}
