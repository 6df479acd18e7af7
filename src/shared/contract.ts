// The single source of truth for what the renderer may ask of the main process.
// Each method is a user intent with a zod schema for its request and a type for its answer.
// The shell registers a handler per method, the preload and the browser tests build the
// renderer's API from its names (methods.ts, api.ts), and `Backend` makes the compiler hold the main process to it.

import { z } from 'zod'
import type { MethodNames } from './methods.ts'
import { richTextProblem, type RichTextNode } from './rich-text.ts'
import { APPEARANCES, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES, TEXT_SIZES, type Settings } from './settings.ts'
import { THEME_IDS, type ThemeId } from './themes.ts'

export const MAX_PROFILES = 2

const id = z.string().regex(/^[A-Za-z0-9_-]{16,40}$/, 'is not a valid id')
const passphrase = z.string().max(1024, 'is too long (at most 1024 characters)')
const displayName = z.string().trim().min(1, 'is empty').max(60, 'is too long (at most 60 characters)')
const themeId = z.enum(THEME_IDS)
const title = z.string().max(300, 'is too long (at most 300 characters)')
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must look like 2026-11-25')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date')
const body = z.custom<RichTextNode>((value) => richTextProblem(value) === null, {
  error: (issue) => richTextProblem(issue.input) ?? 'is not a valid document'
})
const recoveryCode = z.string().max(200, 'is too long')
const none = z.undefined()

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

export interface Method<I extends z.ZodType, O> {
  input: I
  /** Phantom: only its type is used. */
  output?: O
}

function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): Method<I, O> => ({ input }) }
}

export interface ProfileSummary {
  id: string
  displayName: string
}

export interface AppStatus {
  profiles: ProfileSummary[]
  maxProfiles: number
  unlockedProfileId: string | null
  /** Reflections of the open journal that failed their integrity check (not listed). */
  damagedReflections: number
  vault: { exists: boolean; open: boolean }
}

export interface ReflectionHeader {
  id: string
  themeId: ThemeId
  title: string
  date: string
  excerpt: string
  wordCount: number
  createdAt: string
  updatedAt: string
}

export interface Reflection extends ReflectionHeader {
  body: RichTextNode
}

export interface ThemeSummary {
  themeId: ThemeId
  count: number
  lastWrittenDate: string | null
}

export const contract = {
  app: {
    status: method(none).returns<AppStatus>()
  },
  profile: {
    create: method(z.strictObject({ displayName, passphrase })).returns<{ profileId: string; recoveryCode: string }>()
  },
  session: {
    unlock: method(z.strictObject({ profileId: id, passphrase })).returns<{ profileId: string }>(),
    lock: method(none).returns<null>(),
    changePassphrase: method(z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase })).returns<null>(),
    recover: method(z.strictObject({ profileId: id, recoveryCode, newPassphrase: passphrase })).returns<{ profileId: string }>()
  },
  reflections: {
    create: method(z.strictObject({ themeId, title, body, date: isoDate.optional() })).returns<{ id: string }>(),
    update: method(
      z.strictObject({ id, themeId: themeId.optional(), title: title.optional(), body: body.optional(), date: isoDate.optional() })
    ).returns<ReflectionHeader>(),
    get: method(z.strictObject({ id })).returns<Reflection>(),
    delete: method(z.strictObject({ id })).returns<null>(),
    list: method(z.strictObject({ themeId: themeId.optional() }).optional()).returns<ReflectionHeader[]>()
  },
  themes: {
    summary: method(none).returns<ThemeSummary[]>()
  },
  settings: {
    get: method(none).returns<Settings>(),
    update: method(settingsChangesSchema).returns<Settings>()
  }
} as const

type Contract = typeof contract
type Group = keyof Contract
type InputOf<M> = M extends Method<infer I, unknown> ? I : never
type OutputOf<M> = M extends Method<z.ZodType, infer O> ? O : never

/** A request that may be left out (`app.status()`) is an optional argument. */
type Args<I> = undefined extends I ? [input?: I] : [input: I]

/** What the main process must implement: each method gets the validated request. */
export type Backend = {
  [G in Group]: { [K in keyof Contract[G]]: (...args: Args<z.output<InputOf<Contract[G][K]>>>) => Promise<OutputOf<Contract[G][K]>> }
}

/** What the renderer calls: each method takes the request as typed and resolves to the answer or throws AppError. */
export type SevenfoldApi = {
  [G in Group]: { [K in keyof Contract[G]]: (...args: Args<z.input<InputOf<Contract[G][K]>>>) => Promise<OutputOf<Contract[G][K]>> }
}

export interface ChannelEntry {
  channel: string
  group: string
  name: string
  input: z.ZodType
}

/** Every method as `group.name` with its request schema. */
export const CHANNELS: readonly ChannelEntry[] = Object.entries(contract).flatMap(([group, methods]) =>
  Object.entries(methods as Record<string, Method<z.ZodType, unknown>>).map(([name, m]) => ({
    channel: `${group}.${name}`,
    group,
    name,
    input: m.input
  }))
)

// methods.ts must list exactly the contract's methods: this fails to compile if they drift.
type NamesOfContract = { [G in Group]: keyof Contract[G] }
type NamesOfList = { [G in keyof MethodNames]: MethodNames[G][number] }
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesAgree: Same<NamesOfContract, NamesOfList> = true
void namesAgree
