// The occasions' part of the contract (contract.ts spreads it in; issue 17, item 7): noting a
// moment coming up in the partner's life, changing it, and putting it aside. What is written
// afterwards is an ordinary reflection made with `reflections.create({ followsUp })`.

import { z } from 'zod'
import { id, isoDate, none } from './contract-fields.ts'
import { method } from './contract-method.ts'
import { OCCASION_LINE_MAX, OCCASION_TONES, OCCASION_WHAT_MAX, type Occasion } from './occasions.ts'

const what = z.string().trim().min(1, 'is empty').max(OCCASION_WHAT_MAX, `is too long (at most ${OCCASION_WHAT_MAX} characters)`)
const line = z.string().trim().max(OCCASION_LINE_MAX, `is too long (at most ${OCCASION_LINE_MAX} characters)`)
const tone = z.enum(OCCASION_TONES)

export const occasionContract = {
  occasions: {
    /** Every occasion in the open journal, by day, each with what was written afterwards. */
    list: method(none).returns<Occasion[]>(),
    /** A new occasion on day `on` (any day: one that has been can still be asked about). */
    note: method(z.strictObject({ what, on: isoDate, tone: tone.optional(), line: line.optional() })).returns<Occasion>(),
    /** Its words, kind and day changed (`tone: null`: no kind). */
    change: method(z.strictObject({ id, what, on: isoDate, tone: tone.nullable(), line })).returns<Occasion>(),
    /** "No need to write": home stops bringing it back; `aside: false` brings it back. */
    setAside: method(z.strictObject({ id, aside: z.boolean() })).returns<Occasion>()
  }
} as const
