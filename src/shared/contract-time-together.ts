// Time together's part of the contract (contract.ts spreads it in; issue 17, item 4). Everything
// but `sealIdea` needs the vault open together (LOCKED otherwise); `sealIdea` works while it is
// locked, sealed like a drop-in.

import { z } from 'zod'
import { id, isoDate, none, passphrase } from './contract-fields.ts'
import { method } from './contract-method.ts'
import { isOneLine, isWeekStart, TIME_FIRST_DAY, TIME_TEXT_MAX, type TimeTogether } from './time-together.ts'

/** An idea, or the words of a time logged: one line of words (isOneLine). */
export const timeText = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(TIME_TEXT_MAX, `is too long (at most ${TIME_TEXT_MAX} characters)`)
  .refine(isOneLine, 'must be words on one line, without control characters or ones that change the direction of the text')

const weekStart = isoDate.refine(isWeekStart, 'must be the Monday a week begins on')
/** The day of a time logged: from TIME_FIRST_DAY; not after today, which the handler checks on its clock. */
const loggedDay = isoDate.refine((day) => day >= TIME_FIRST_DAY, 'must be in 1900 or later')

export const timeTogetherContract = {
  vaultTime: {
    /** The ideas and the log; the first time in a vault, our dozen ideas are put in the list. */
    list: method(none).returns<TimeTogether>(),
    addIdea: method(z.strictObject({ text: timeText })).returns<TimeTogether>(),
    removeIdea: method(z.strictObject({ id })).returns<TimeTogether>(),
    /** `week`: the Monday of this week or one up to PLAN_WEEKS_AHEAD later; null takes it out of the plan. */
    plan: method(z.strictObject({ id, week: weekStart.nullable() })).returns<TimeTogether>(),
    /** A time together on `date` (from 1900, not after today); from a planned idea, it leaves the plan. */
    log: method(z.strictObject({ date: loggedDay, what: timeText, ideaId: id.optional() })).returns<TimeTogether>(),
    removeLog: method(z.strictObject({ id })).returns<TimeTogether>(),
    /**
     * Works while the vault is locked: the idea is sealed to the vault's public key as the author's
     * journal pinned it, and joins the list when the two of them next open it. `passphrase` is the
     * author's own, needed unless their journal is open.
     */
    sealIdea: method(z.strictObject({ authorId: id, text: timeText, passphrase: passphrase.optional() })).returns<null>()
  }
} as const
