// The practices in the bench's journal (issue 17): a share of its entries are daily check-ins,
// needs check-ins and occasions (the practices kept in a journal), saved through the real backend on days going
// back from today, so unlock, list and save are measured with practices present, as a couple's
// journal would hold them. The backend's clock is moved back a day per practice day.

import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { pick, type Rng } from './corpus.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** One in ten entries of the bench's journal is a practice; BENCH_PRACTICE_SHARE=0 measures a journal without, to compare. */
export const PRACTICE_SHARE = Number(process.env.BENCH_PRACTICE_SHARE ?? 0.1)
if (!(PRACTICE_SHARE >= 0 && PRACTICE_SHARE < 1)) throw new Error('BENCH_PRACTICE_SHARE must be at least 0 and below 1')

/** A clock the bench backend reads: now, or `daysBack` days before it. */
export function benchClock() {
  let daysBack = 0
  return {
    now: () => Date.now() - daysBack * DAY_MS,
    set: (days: number) => (daysBack = days)
  }
}

const FORWARD = ['The walk after work', 'Soup for dinner', 'Seeing the choir', 'A quiet evening', 'The market on Saturday']
const HEARD = ['A podcast about bees', 'The news about the bridge', 'A song from our summer', 'A chapter of the novel', '']
const TELL = ['The heron is back on the canal', 'I found your scarf', 'The neighbours got a puppy', 'I miss our Sunday mornings', '']
const OCCASIONS = ['Ben’s job interview', 'The dentist', 'His sister’s wedding', 'The driving test', 'The results from the clinic']

/** Saves `count` practices on `count` days back from today; answers how many were made. */
export async function addPractices(backend: SevenfoldBackend, clock: ReturnType<typeof benchClock>, count: number, rng: Rng): Promise<number> {
  for (let day = 1; day <= count; day++) {
    clock.set(day)
    // Most practice days are a check-in; one in five a needs check-in, one in five an occasion noted for the day ahead.
    if (day % 5 === 1) {
      await backend.needs.save({ top: [{ id: 'heard' }, { id: pick(rng, ['touched', 'encouraged', 'understood'] as const) }], line: 'A long week' })
    } else if (day % 5 === 0) {
      const on = new Date(clock.now() + DAY_MS).toISOString().slice(0, 10)
      await backend.occasions.note({ what: pick(rng, OCCASIONS), on, tone: 'hopeful', line: 'Breakfast first' })
    } else {
      await backend.checkIns.save({ lines: { forward: pick(rng, FORWARD), heard: pick(rng, HEARD), tell: pick(rng, TELL) } })
    }
  }
  clock.set(0)
  return count
}
