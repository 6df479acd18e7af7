// How long this thread's event loop went without turning while something ran, from a timer
// that ticks every few milliseconds. Two figures for the longest gap between ticks: the CPU
// time this thread spent in it (`heldMs`: work that kept the loop from turning, whatever it
// was, GC pauses included), and its length on the clock (`wallMs`), which on a loaded machine
// also counts time the OS gave the CPU to other processes. Limits are checked on `heldMs`, as
// the bench's "busy at most" rows are (test/bench/print.ts).

/** Issue 13: no request may hold the main process's event loop for longer. */
export const STALL_LIMIT_MS = 50

const TICK_MS = 2

export interface Stalls {
  heldMs: number
  wallMs: number
}

function sample(): { at: number; cpu: number } {
  const { user, system } = process.threadCpuUsage()
  return { at: performance.now(), cpu: (user + system) / 1000 }
}

export async function withStallProbe<T>(run: () => Promise<T>): Promise<{ value: T } & Stalls> {
  const stalls: Stalls = { heldMs: 0, wallMs: 0 }
  let last = sample()
  const tick = () => {
    const now = sample()
    stalls.heldMs = Math.max(stalls.heldMs, now.cpu - last.cpu)
    stalls.wallMs = Math.max(stalls.wallMs, now.at - last.at - TICK_MS)
    last = now
  }
  const timer = setInterval(tick, TICK_MS)
  try {
    const value = await run()
    tick()
    return { value, heldMs: round(stalls.heldMs), wallMs: round(stalls.wallMs) }
  } finally {
    clearInterval(timer)
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
