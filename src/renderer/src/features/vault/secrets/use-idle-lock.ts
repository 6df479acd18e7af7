// The open vault locks itself after its idle minutes: any pointer, key, wheel or touch
// activity on the page counts as use. A minute before (half the time, for a one-minute limit)
// it asks "Still reading?"; from then on only the answer, "Keep it open", counts, so a nudged
// mouse does not silently answer for them. The main process keeps its own idle limit from the
// system's idle time (shell/auto-lock.ts), which that same click or key press starts again;
// this one makes the screen follow at once instead of failing on the next request.

import { useCallback, useEffect, useRef, useState } from 'react'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
export const WARNING_MS = 60_000

export interface IdleLock {
  /** "Still reading?" is showing: the vault locks at the end of its last minute unless kept open. */
  warning: boolean
  keepOpen: () => void
}

export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): IdleLock {
  const onIdleRef = useRef(onIdle)
  useEffect(() => {
    onIdleRef.current = onIdle
  })
  const [warning, setWarning] = useState(false)
  const keepOpenRef = useRef<() => void>(() => undefined)

  useEffect(() => {
    if (!enabled) return
    const limit = minutes * 60_000
    const warnAt = limit - Math.min(WARNING_MS, limit / 2)
    let last = Date.now()
    let warned = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = (due: number) => {
      clearTimeout(timer)
      timer = setTimeout(check, Math.max(0, due - Date.now()))
    }
    // Activity only notes the time; the timer looks at it when due, so moving the mouse
    // does not reset a timer hundreds of times a second.
    function check() {
      const idle = Date.now() - last
      if (idle >= limit) return onIdleRef.current()
      if (idle >= warnAt && !warned) {
        warned = true
        setWarning(true)
      }
      schedule(last + (warned ? limit : warnAt))
    }
    const active = () => {
      if (!warned) last = Date.now()
    }
    keepOpenRef.current = () => {
      last = Date.now()
      warned = false
      setWarning(false)
      schedule(last + warnAt)
    }
    schedule(last + warnAt)
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      keepOpenRef.current = () => undefined
      setWarning(false)
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true })
    }
  }, [minutes, enabled])

  const keepOpen = useCallback(() => keepOpenRef.current(), [])
  return { warning: enabled && warning, keepOpen }
}
