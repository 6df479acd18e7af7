// The daily check-in's part of the contract (contract.ts spreads it in; issue 17, item 5). Its
// share into the vault is `vaultShared.shareCheckIn`, beside the share of a reflection.

import { z } from 'zod'
import { CHECK_IN_LINE_MAX, type CheckInLines } from './check-ins.ts'
import { method } from './contract-method.ts'
import type { ReflectionHeader } from './reflections.ts'

const line = z.string().trim().max(CHECK_IN_LINE_MAX, `is too long (at most ${CHECK_IN_LINE_MAX} characters)`)

export const checkInLines = z
  .strictObject({ forward: line, heard: line, tell: line })
  .refine((lines: CheckInLines) => lines.forward !== '' || lines.heard !== '' || lines.tell !== '', 'are all empty')

export const checkInContract = {
  checkIns: {
    /** Today's check-in (this computer's day): the first save makes it, later ones that day change it. */
    save: method(z.strictObject({ lines: checkInLines })).returns<ReflectionHeader>()
  }
} as const
