// The fields the contract's requests are made of, each checked here once with the words a
// person sees when it is wrong (the renderer shows them beside the field).

import { z } from 'zod'
import { ARRANGEMENTS, DEFAULT_PRINT_OPTIONS, MARGINS, PAPER_SIZES } from './print.ts'
import { richTextProblem, type RichTextNode } from './rich-text.ts'
import { SEARCH_LIMITS } from './search.ts'
import { APPEARANCES, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES, TEXT_SIZES } from './settings.ts'
import { THEME_IDS } from './themes.ts'

export const id = z.string().regex(/^[A-Za-z0-9_-]{16,40}$/, 'is not a valid id')
export const passphrase = z.string().max(1024, 'is too long (at most 1024 characters)')
/** Words typed to confirm something that cannot be undone (checked by the handler). */
export const typedWords = z.string().max(200, 'is too long')

export const displayName = z.string().trim().min(1, 'is empty').max(60, 'is too long (at most 60 characters)')
export const themeId = z.enum(THEME_IDS)
export const title = z.string().max(300, 'is too long (at most 300 characters)')
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must look like 2026-11-25')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date')
export const body = z.custom<RichTextNode>((value) => richTextProblem(value) === null, {
  error: (issue) => richTextProblem(issue.input) ?? 'is not a valid document'
})
export const recoveryCode = z.string().max(200, 'is too long')
export const none = z.undefined()
export const vaultPart = z.enum(['a', 'b'])
export const answerText = z.string().trim().min(1, 'is empty').max(10_000, 'is too long (at most 10,000 characters)')
export const replyText = z.string().trim().min(1, 'is empty').max(2000, 'is too long (at most 2,000 characters)')
export const thanksText = z.string().trim().min(1, 'is empty').max(2000, 'is too long (at most 2,000 characters)')
export const promptText = z.string().trim().min(1, 'is empty').max(500, 'is too long (at most 500 characters)')

export const searchRequest = z.strictObject({
  text: z.string().trim().min(1, 'is empty').max(SEARCH_LIMITS.maxText, `is too long (at most ${SEARCH_LIMITS.maxText} characters)`),
  themeIds: z.array(themeId).min(1, 'is empty').max(THEME_IDS.length, 'has too many themes').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  includeVault: z.boolean().optional(),
  limit: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(SEARCH_LIMITS.maxLimit, `must be at most ${SEARCH_LIMITS.maxLimit}`)
    .optional()
})

export const printScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reflection'), id }),
  z.strictObject({ kind: z.literal('theme'), themeId }),
  z.strictObject({ kind: z.literal('dateRange'), from: isoDate, to: isoDate }),
  z.strictObject({ kind: z.literal('chosen'), ids: z.array(id).min(1, 'is empty').max(50_000, 'has too many reflections') }),
  z.strictObject({ kind: z.literal('vault'), confirmed: z.literal(true) })
])
const printOptions = z.strictObject({
  titlePage: z.boolean(),
  tableOfContents: z.boolean(),
  themeColours: z.boolean(),
  pageNumbers: z.boolean(),
  paperSize: z.enum(PAPER_SIZES),
  margins: z.enum(MARGINS),
  includeEmptyThemes: z.boolean(),
  // Options from before these two were added stay good, and print as the defaults do now.
  arrangement: z.enum(ARRANGEMENTS).default(DEFAULT_PRINT_OPTIONS.arrangement),
  chaptersOnNewPages: z.boolean().default(DEFAULT_PRINT_OPTIONS.chaptersOnNewPages)
})
export const printRequest = z.strictObject({ scope: printScope, options: printOptions })

/** A partner's settings as stored and as answered; every field is required. */
export const settingsSchema = z.strictObject({
  appearance: z.enum(APPEARANCES),
  textSize: z.enum(TEXT_SIZES),
  autoLockMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(MIN_AUTO_LOCK_MINUTES, `must be at least ${MIN_AUTO_LOCK_MINUTES}`)
    .max(MAX_AUTO_LOCK_MINUTES, `must be at most ${MAX_AUTO_LOCK_MINUTES}`)
})
/** A change to some of them. */
export const settingsChangesSchema = settingsSchema.partial()
