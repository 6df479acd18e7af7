// The open vault locks itself after its idle minutes: any pointer, key, wheel or touch
// activity on the page counts as use. The main process keeps its own idle limit too; this
// one makes the screen follow at once instead of failing on the next request.

import { useEffect, useRef } from 'react'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle)
  useEffect(() => {
    onIdleRef.current = onIdle
  })

  useEffect(() => {
    if (!enabled) return
    const limit = minutes * 60_000
    let last = Date.now()
    let timer: ReturnType<typeof setTimeout>
    // Activity only notes the time; the timer looks at it when due, so moving the mouse
    // does not reset a timer hundreds of times a second.
    const check = () => {
      const idle = Date.now() - last
      if (idle >= limit) onIdleRef.current()
      else timer = setTimeout(check, limit - idle)
    }
    const active = () => {
      last = Date.now()
    }
    timer = setTimeout(check, limit)
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true })
    }
  }, [minutes, enabled])
}
