// The single source of truth for what the renderer may ask of the main process.
// Each method is a user intent with a zod schema for its request and a type for its answer.
// The shell registers a handler per method, the preload and the browser tests build the
// renderer's API from its names (methods.ts, api.ts), and `Backend` makes the compiler hold the main process to it.

import { z } from 'zod'
import { CALENDAR_YEARS, type CalendarMonth, type CalendarYear } from './calendar.ts'
import type { AppStatus, ProfileSummary } from './app-status.ts'
import type { EndingsStatus } from './endings.ts'
import type { Insights } from './insights.ts'
import type { MethodNames } from './methods.ts'
import { method, type Method } from './contract-method.ts'
import { checkInContract } from './contract-check-ins.ts'
import { occasionContract } from './contract-occasions.ts'
import { pictureContract } from './contract-pictures.ts'
import { needsContract } from './contract-needs.ts'
import { timeTogetherContract } from './contract-time-together.ts'
import { vaultContract } from './contract-vault.ts'
import {
  body,
  displayName,
  id,
  isoDate,
  none,
  passphrase,
  printRequest,
  printScope,
  promptText,
  recoveryCode,
  searchRequest,
  settingsChangesSchema,
  settingsSchema,
  themeId,
  title,
  typedWords
} from './contract-fields.ts'
import { EXPORT_FORMATS, type BackupStatus, type ChosenBackup, type PrintSummary, type SavedFile } from './print.ts'
import type { Reflection, ReflectionHeader, ThemeSummary } from './reflections.ts'
import type { SearchResult } from './search.ts'
import type { Settings } from './settings.ts'
import { UNCHECKED_NAMED } from './unchecked.ts'

// The answers live beside their feature's other shared types; the renderer and tests import them from here too.
export type { AppStatus, ProfileSummary } from './app-status.ts'
export type { EndRequest, EndingsStatus } from './endings.ts'
export type { Reflection, ReflectionHeader, ThemeSummary } from './reflections.ts'
export type { Occasion } from './occasions.ts'
export type { ReflectionHit, SearchHit, SearchResult, SecretHit, SnippetSegment, TimeHit } from './search.ts'
export type {
  ReactionKind,
  Responses,
  Reveal,
  RevealAnswer,
  RevealQuestion,
  VaultPartId,
  VaultPartner,
  VaultReaction,
  VaultReply,
  VaultSecret,
  VaultSecretHeader,
  VaultStatus
} from './vault.ts'

export const MAX_PROFILES = 2

export { settingsChangesSchema, settingsSchema }

export type { Method } from './contract-method.ts'

export const contract = {
  app: {
    status: method(none).returns<AppStatus>()
  },
  profile: {
    create: method(z.strictObject({ displayName, passphrase })).returns<{ profileId: string; recoveryCode: string }>(),
    /** The open journal's owner takes a new display name (plaintext, like the first). */
    rename: method(z.strictObject({ displayName })).returns<ProfileSummary>()
  },
  session: {
    unlock: method(z.strictObject({ profileId: id, passphrase })).returns<{ profileId: string }>(),
    lock: method(none).returns<null>(),
    /**
     * With `rekey` (someone may know the old passphrase): a new journal key, everything encrypted
     * again under it, and a new recovery code (answered; the old one stops working).
     */
    changePassphrase: method(z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase, rekey: z.boolean().optional() })).returns<{
      recoveryCode: string
    } | null>(),
    /** Opens with the recovery code and re-keys the journal under the new passphrase; a new code replaces the used one. */
    recover: method(z.strictObject({ profileId: id, recoveryCode, newPassphrase: passphrase })).returns<{ profileId: string; recoveryCode: string }>(),
    /** How far a re-key under way has come (reflections done of all); null when none is. */
    rekeyProgress: method(none).returns<{ done: number; total: number } | null>()
  },
  reflections: {
    /**
     * `prompt`: the one it was started from, kept with it (encrypted like its title). `followsUp`:
     * the occasion it was written after, about being there (see occasions.ts).
     */
    create: method(z.strictObject({ themeId, title, body, date: isoDate.optional(), prompt: promptText.optional(), followsUp: id.optional() })).returns<{
      id: string
    }>(),
    /** `prompt: null` removes the prompt it was started from. */
    update: method(
      z.strictObject({
        id,
        themeId: themeId.optional(),
        title: title.optional(),
        body: body.optional(),
        date: isoDate.optional(),
        prompt: promptText.nullable().optional()
      })
    ).returns<ReflectionHeader>(),
    get: method(z.strictObject({ id })).returns<Reflection>(),
    delete: method(z.strictObject({ id })).returns<null>(),
    list: method(z.strictObject({ themeId: themeId.optional() }).optional()).returns<ReflectionHeader[]>(),
    /** The owner has looked at these unchecked reflections and keeps them as they are (see AppStatus.uncheckedReflections). */
    confirmUnchecked: method(z.strictObject({ ids: z.array(id).min(1, 'is empty').max(UNCHECKED_NAMED, 'has too many reflections') })).returns<null>()
  },
  themes: {
    summary: method(none).returns<ThemeSummary[]>()
  },
  settings: {
    get: method(none).returns<Settings>(),
    update: method(settingsChangesSchema).returns<Settings>()
  },
  ...vaultContract,
  ...checkInContract,
  ...occasionContract,
  ...needsContract,
  ...timeTogetherContract,
  ...pictureContract,
  insights: {
    /** On this day, the theme balance, at most one nudge and writing days, from the open journal. */
    summary: method(none).returns<Insights>(),
    /** "Not now" on the nudge: remembered (encrypted) until that theme is written in again. */
    dismissNudge: method(z.strictObject({ themeId })).returns<Insights>()
  },
  search: {
    /** Ranked matches in the open journal (and the open vault's secrets when asked); the index lives in memory only. */
    query: method(searchRequest).returns<SearchResult>()
  },
  calendar: {
    /** The open journal's reflections in one month, by day. */
    month: method(
      z.strictObject({
        month: z
          .string()
          .regex(/^\d{4}-\d{2}$/, 'must look like 2026-11')
          .refine((s) => Number(s.slice(0, 4)) >= CALENDAR_YEARS.first && Number(s.slice(5)) >= 1 && Number(s.slice(5)) <= 12, 'is not a real month')
      })
    ).returns<CalendarMonth>(),
    /** How many reflections each day of a year has, for the heat map. */
    year: method(
      z.strictObject({
        year: z
          .number()
          .int('must be a whole number')
          .min(CALENDAR_YEARS.first, `must be at least ${CALENDAR_YEARS.first}`)
          .max(CALENDAR_YEARS.last, `must be at most ${CALENDAR_YEARS.last}`)
      })
    ).returns<CalendarYear>()
  },
  print: {
    /** What the scope holds (from the open journal, or the open vault). */
    summary: method(z.strictObject({ scope: printScope })).returns<PrintSummary>(),
    /** Opens the system print dialog; false if it was cancelled. */
    print: method(printRequest).returns<{ printed: boolean }>(),
    /** Asks where, then writes the PDF. */
    savePdf: method(printRequest).returns<SavedFile>()
  },
  backup: {
    status: method(none).returns<BackupStatus>(),
    /** "Back up now": asks where, then writes an encrypted snapshot of the whole database. */
    create: method(none).returns<SavedFile>(),
    /**
     * Takes the file chosen with `chooseRestoreFile` (or asks for one), checks it (header, schema
     * version, that the passphrase opens a journal in it), keeps the current database aside, then puts the backup in its place.
     * The app restarts afterwards; `restored` is false if the choice was cancelled.
     */
    /**
     * Asks which backup file to restore and reads its header (refusing a file that is no backup,
     * or is from a newer Sevenfold); the choice is kept for `restore`. Null if cancelled.
     */
    chooseRestoreFile: method(none).returns<ChosenBackup | null>(),
    restore: method(z.strictObject({ passphrase })).returns<{ restored: boolean }>(),
    /**
     * After a re-key: the automatic backups (and the copy kept before a restore) still open with
     * the old secrets, so they are deleted and a new automatic backup is made at once. They hold
     * both journals and the vault, so both must have `understood`.
     */
    forgetOlder: method(z.strictObject({ understood: z.literal(true) })).returns<{ removed: number }>()
  },
  endings: {
    status: method(none).returns<EndingsStatus>(),
    /**
     * The open journal and everything of its own, for good, with its passphrase and its owner's
     * name typed. Refused (FORBIDDEN) while there is a vault: it holds their words too, so it is ended first.
     */
    deleteJournal: method(z.strictObject({ passphrase, confirmName: typedWords })).returns<null>(),
    /** The vault open together, and END_VAULT_WORDS typed: it goes, with everything inside. */
    endTogether: method(z.strictObject({ confirm: typedWords, partA: passphrase, partB: passphrase })).returns<null>(),
    /** From one partner's open journal: the vault may be ended from it after END_WAIT_DAYS, unless opened together first. */
    askToEnd: method(none).returns<EndingsStatus>(),
    /** The asker takes their request back. */
    withdraw: method(none).returns<EndingsStatus>(),
    /** From the asker's open journal, once the wait is over: their passphrase and END_VAULT_WORDS. */
    endAlone: method(z.strictObject({ passphrase, confirm: typedWords })).returns<null>()
  },
  journalExport: {
    /** The open journal, not encrypted: Markdown files in folders per theme, or one HTML file. */
    save: method(z.strictObject({ format: z.enum(EXPORT_FORMATS), understoodUnencrypted: z.literal(true) })).returns<SavedFile & { reflections: number }>()
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
