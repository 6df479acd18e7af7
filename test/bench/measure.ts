// Timing helpers: percentiles, and phases watched by an event-loop delay monitor.

import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'

export const ELD_RESOLUTION_MS = 10

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export interface PhaseResult<T> {
  value: T
  /** Largest event-loop delay seen (ms); includes up to one sampling interval. */
  maxLoopDelayMs: number
  elapsedMs: number
}

/** Runs `fn` while a fresh monitorEventLoopDelay histogram watches. */
export async function watchPhase<T>(fn: () => Promise<T>): Promise<PhaseResult<T>> {
  const histogram = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS })
  histogram.enable()
  // The first interval is never recorded: let the monitor start before the work does.
  await sleep(ELD_RESOLUTION_MS * 2)
  const started = performance.now()
  try {
    const value = await fn()
    const elapsedMs = performance.now() - started
    // Let the monitor take one last sample after the final call.
    await sleep(ELD_RESOLUTION_MS * 2)
    return { value, elapsedMs, maxLoopDelayMs: histogram.max / 1e6 }
  } finally {
    histogram.disable()
  }
}

export interface OpTimes {
  samples: number[]
  p50: number
  p99: number
  max: number
}

/**
 * Times `op(i)` for i in [0, count), yielding to the event loop between calls as separate
 * IPC requests would (without it, a loop of sync-resolved awaits would be one long block).
 */
export async function timeOps(count: number, op: (i: number) => unknown): Promise<OpTimes> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await op(i)
    samples.push(performance.now() - started)
    await nextTurn()
  }
  return { samples, p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples) }
}

/** Times `ours(i)` and `floor(i)` alternately, so drift (caches, GC, disk) hits both alike. */
export async function timePairs(count: number, ours: (i: number) => unknown, floor: (i: number) => unknown): Promise<{ ours: OpTimes; floor: OpTimes }> {
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < count; i++) {
    a.push((await timeOps(1, () => ours(i))).samples[0]!)
    b.push((await timeOps(1, () => floor(i))).samples[0]!)
  }
  const summary = (samples: number[]): OpTimes => ({ samples, p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples) })
  return { ours: summary(a), floor: summary(b) }
}

export async function timeOnce<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - started }
}

/**
 * The most CPU this thread spent between two 1 ms ticks: how long our own code held the event
 * loop, apart from waits for a CPU on a busy machine (which the loop delay counts as well).
 */
export async function busiest<T>(fn: () => Promise<T>): Promise<{ value: T; busiestMs: number }> {
  const cpu = () => {
    const { user, system } = process.threadCpuUsage()
    return (user + system) / 1000
  }
  let last = cpu()
  let most = 0
  const tick = setInterval(() => {
    const now = cpu()
    most = Math.max(most, now - last)
    last = now
  }, 1)
  try {
    const value = await fn()
    return { value, busiestMs: Math.max(most, cpu() - last) }
  } finally {
    clearInterval(tick)
  }
}
