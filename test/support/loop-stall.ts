// How long the event loop went without turning while something ran: Node's own histogram of
// how late a timer every few milliseconds fired (perf_hooks), so any synchronous work on this
// thread that outlasts the limit shows, whatever it was.

import { monitorEventLoopDelay } from 'node:perf_hooks'

/** Issue 13: no request may hold the main process's event loop for longer. */
export const STALL_LIMIT_MS = 50

const RESOLUTION_MS = 5

export async function withStallProbe<T>(run: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  histogram.enable()
  try {
    const value = await run()
    // Each sample is a whole interval between ticks; the stall is how much longer it took.
    const stallMs = Math.max(0, histogram.max / 1e6 - RESOLUTION_MS)
    return { value, stallMs: Math.round(stallMs * 10) / 10 }
  } finally {
    histogram.disable()
  }
}
