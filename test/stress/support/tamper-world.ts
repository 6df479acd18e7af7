// The journal the tamper sweep edits: two partners with reflections and settings, the vault
// with secrets, a revealed question, questions still waiting and sealed drop-ins: a row in
// every table that holds ciphertext. It is saved twice: before some rows were changed (the
// "older versions" a replay puts back) and after. `readWorld` opens a copy in a fresh backend
// and reads every item as the app shows it, each item's answer as one string.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createBackend, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { dispatch } from '../../../src/main/app/dispatch.ts'
import { DATABASE_FILE } from '../../../src/main/storage/database.ts'
import { settleToOneFile } from '../../../src/main/storage/database-file.ts'
import type { Result } from '../../../src/shared/errors.ts'
import { NEW_PART_A, NEW_PART_B } from '../../support/vault.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../../support/backend.ts'
import { rawDb } from '../../support/vault.ts'

export const PARTNERS = ['Ana', 'Ben'] as const
export type Partner = (typeof PARTNERS)[number]

/** What opens the journals and the vault: before the passphrase changes, and after. */
export interface Secrets {
  passphrases: Record<Partner, string>
  recoveryCodes: Record<Partner, string>
  parts: { a: string; b: string }
  halves: { a: string; b: string }
}

export interface World {
  /** The database file before the updates, and after everything (each one file, no -wal). */
  oldFile: string
  file: string
  oldSecrets: Secrets
  secrets: Secrets
  ids: Record<Partner, string>
  nameOf: Record<string, Partner>
  /** Every reflection's and secret's id, each sealed drop-in's row id → title, each question's id. */
  reflections: Record<Partner, string[]>
  secretIds: string[]
  sealedTitles: Record<string, string>
  questions: { revealed: string; bothAnswered: string; oneAnswered: string }
  /** Who asked each question: the asker reads it from a copy under their own journal key. */
  askedBy: Record<string, Partner>
  /** Who has answered each question, in turn. */
  answeredBy: Record<string, Partner[]>
}

const NEW_PASS_A = 'harbour lights over winter water'
const RECOVERED = 'seven lanterns along the quiet pier'
const RECOVERED_PARTS = { a: 'a kettle of plums on the stove', b: 'the ferry hums across the bay' }

const ok = async <T>(answer: Promise<Result<unknown>>): Promise<T> => {
  const result = await answer
  if (!result.ok) throw new Error(`building the tamper world: ${result.error.code}`)
  return result.value as T
}

/** Builds the world in `dir`; takes a few seconds (a dozen Argon2 runs). */
export async function buildWorld(dir: string): Promise<World> {
  const dataDir = join(dir, 'world')
  const backend = await createBackend({ dataDir, kdfTargetMs: 0 })
  const call = <T>(channel: string, payload?: unknown) => ok<T>(dispatch(backend, channel, payload))
  try {
    const ana = await call<{ profileId: string; recoveryCode: string }>('profile.create', { displayName: 'Ana', passphrase: PASS_A })
    const reflections: Record<Partner, string[]> = { Ana: [], Ben: [] }
    const write = async (who: Partner, i: number) =>
      reflections[who].push(
        (await call<{ id: string }>('reflections.create', { themeId: 'trust', title: `${who} ${i}`, body: paragraphDoc(`${who}'s words ${i}`) })).id
      )
    for (let i = 0; i < 4; i++) await write('Ana', i)
    await call('settings.update', { appearance: 'dark', textSize: 'large', autoLockMinutes: 9 })
    const ben = await call<{ profileId: string; recoveryCode: string }>('profile.create', { displayName: 'Ben', passphrase: PASS_B })
    for (let i = 0; i < 4; i++) await write('Ben', i)
    await call('settings.update', { appearance: 'light', textSize: 'small', autoLockMinutes: 17 })
    const { recoveryHalves } = await call<{ recoveryHalves: { a: string; b: string } }>('vault.create', { partA: PART_A, partB: PART_B })
    const secretIds: string[] = []
    for (let i = 0; i < 4; i++) {
      const authorId = i % 2 ? ben.profileId : ana.profileId
      secretIds.push((await call<{ id: string }>('vaultSecrets.create', { authorId, title: `secret ${i}`, body: paragraphDoc(`hidden ${i}`) })).id)
    }
    await call('vault.setAutoLock', { minutes: 9 })
    // Each journal sees the vault opened together once, so both know its keys and may seal into it.
    await call('session.unlock', { profileId: ana.profileId, passphrase: PASS_A })
    await giveParts(backend, PART_A, PART_B)
    await call('session.unlock', { profileId: ben.profileId, passphrase: PASS_B })
    // A question both answered, revealed when the vault next opens together.
    const revealed = (await call<{ id: string }>('vaultReveals.ask', { prompt: 'What made you laugh?', answer: 'Ben laughed at the ducks' })).id
    await call('session.unlock', { profileId: ana.profileId, passphrase: PASS_A })
    await call('vaultReveals.answer', { id: revealed, answer: 'Ana laughed at the rain' })
    await giveParts(backend, PART_A, PART_B)
    await call('vault.lock')

    const oldSecrets: Secrets = {
      passphrases: { Ana: PASS_A, Ben: PASS_B },
      recoveryCodes: { Ana: ana.recoveryCode, Ben: ben.recoveryCode },
      parts: { a: PART_A, b: PART_B },
      halves: recoveryHalves
    }
    const oldFile = snapshot(backend, dataDir, join(dir, 'old.db'))

    // New versions of some rows: their older blobs are what a replay puts back.
    await call('reflections.update', { id: reflections.Ana[0], title: 'Ana 0, rewritten', body: paragraphDoc('changed words') })
    await call('settings.update', { autoLockMinutes: 11 })
    await call('session.changePassphrase', { currentPassphrase: PASS_A, newPassphrase: NEW_PASS_A })
    await call('session.unlock', { profileId: ben.profileId, passphrase: PASS_B })
    await call('reflections.update', { id: reflections.Ben[1], title: 'Ben 1, retitled' })
    await giveParts(backend, PART_A, PART_B)
    await call('vaultSecrets.update', { id: secretIds[0], title: 'secret 0, rewritten', body: paragraphDoc('hidden again') })
    await call('vaultSecrets.update', { id: secretIds[1], title: 'secret 1, retitled' })
    await call('vault.setAutoLock', { minutes: 12 })
    await call('vault.changePassphrase', { currentPartA: PART_A, currentPartB: PART_B, newPartA: NEW_PART_A, newPartB: NEW_PART_B })
    await call('vault.lock')

    // Waiting while the vault stays locked: a question both answered, one only Ben answered, two drop-ins.
    const bothAnswered = (await call<{ id: string }>('vaultReveals.ask', { prompt: 'Where shall we go?', answer: 'Ben says the coast' })).id
    const oneAnswered = (await call<{ id: string }>('vaultReveals.ask', { prompt: 'What do you hope for?', answer: 'Ben hopes for snow' })).id
    await call('session.unlock', { profileId: ana.profileId, passphrase: NEW_PASS_A })
    await call('vaultReveals.answer', { id: bothAnswered, answer: 'Ana says the hills' })
    const sealedTitles: Record<string, string> = {}
    for (const [authorId, title] of [
      [ana.profileId, 'dropped by Ana'],
      [ben.profileId, 'dropped by Ben']
    ] as const) {
      // Ana's journal is the open one; Ben seals with his own passphrase, as from the lock screen.
      await call('vault.seal', { authorId, title, body: paragraphDoc(`${title}, sealed`), ...(authorId === ben.profileId ? { passphrase: PASS_B } : {}) })
      sealedTitles[newestSealedId(dataDir)] = title
    }
    await call('session.lock')
    const file = snapshot(backend, dataDir, join(dir, 'world.db'))
    return {
      oldFile,
      file,
      oldSecrets,
      secrets: { ...oldSecrets, passphrases: { Ana: NEW_PASS_A, Ben: PASS_B }, parts: { a: NEW_PART_A, b: NEW_PART_B } },
      ids: { Ana: ana.profileId, Ben: ben.profileId },
      nameOf: { [ana.profileId]: 'Ana', [ben.profileId]: 'Ben' },
      reflections,
      secretIds,
      sealedTitles,
      questions: { revealed, bothAnswered, oneAnswered },
      askedBy: { [revealed]: 'Ben', [bothAnswered]: 'Ben', [oneAnswered]: 'Ben' },
      answeredBy: { [revealed]: ['Ben', 'Ana'], [bothAnswered]: ['Ben', 'Ana'], [oneAnswered]: ['Ben'] }
    }
  } finally {
    backend.close()
  }
}

async function giveParts(backend: SevenfoldBackend, a: string, b: string): Promise<Result<unknown>> {
  const first = await dispatch(backend, 'vault.givePart', { part: 'a', passphrase: a })
  if (!first.ok) return first
  return dispatch(backend, 'vault.givePart', { part: 'b', passphrase: b })
}

function newestSealedId(dataDir: string): string {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT id FROM vault_sealed ORDER BY rowid DESC LIMIT 1').get() as { id: string }).id
  } finally {
    db.close()
  }
}

/** The open backend's database as one file (a consistent copy: the backend is idle). */
function snapshot(backend: SevenfoldBackend, dataDir: string, target: string): string {
  void backend
  const db = rawDb(dataDir)
  try {
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db.close()
  }
  settleToOneFile(target)
  return target
}

/** Which items to try the recovery codes on first (their slots were tampered with). */
export interface Probe {
  recovery: Partner[]
  vaultRecovery: boolean
}

/**
 * Opens a copy of `file` in a fresh backend and reads every item, keyed like `reflection:<id>`:
 * the unlocks (falling back to the recovery code), settings, reflections, questions waiting,
 * the vault (falling back to its recovery halves), its settings, secrets, drop-ins and reveals.
 */
export async function readWorld(work: string, world: World, file: string, secrets: Secrets, probe: Probe): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(join(work, 'read-'))
  mkdirSync(dataDir, { recursive: true })
  copyFileSync(file, join(dataDir, DATABASE_FILE))
  const items: Record<string, string> = {}
  const backend = await createBackend({ dataDir, kdfTargetMs: 0 })
  const call = (channel: string, payload?: unknown) => dispatch(backend, channel, payload)
  const codeOr = (result: Result<unknown>, value: (v: unknown) => string) => (result.ok ? value(result.value) : result.error.code)
  // The passphrase that opens each journal now: a recovery code, when used, sets a new one.
  const opens: Record<Partner, string> = { ...secrets.passphrases }
  try {
    for (const who of PARTNERS) {
      const profileId = world.ids[who]
      const recover = async () => {
        const recovered = await call('session.recover', { profileId, recoveryCode: secrets.recoveryCodes[who], newPassphrase: RECOVERED })
        if (recovered.ok) opens[who] = RECOVERED
        return recovered
      }
      if (probe.recovery.includes(who)) items[`slot:${who}:recovery`] = codeOr(await recover(), () => 'ok')
      const unlocked = await call('session.unlock', { profileId, passphrase: opens[who] })
      items[`slot:${who}:passphrase`] = codeOr(unlocked, () => 'ok')
      if (!unlocked.ok && (probe.recovery.includes(who) || !(await recover()).ok)) continue
      items[`settings:${who}`] = codeOr(await call('settings.get'), (v) => JSON.stringify(v))
      const listed = await call('reflections.list')
      const headers = new Map(((listed.ok ? listed.value : []) as { id: string }[]).map((h) => [h.id, h]))
      for (const id of new Set([...world.reflections[who], ...headers.keys()])) {
        const got = await call('reflections.get', { id })
        items[`reflection:${id}`] = JSON.stringify({ header: headers.get(id) ?? null, body: codeOr(got, (v) => JSON.stringify((v as { body: unknown }).body)) })
      }
      const waiting = await call('vaultReveals.waiting')
      const questions = new Map(((waiting.ok ? waiting.value : []) as { id: string }[]).map((q) => [q.id, q]))
      for (const id of Object.values(world.questions)) items[`prompt:${id}:${who}`] = questions.has(id) ? JSON.stringify(questions.get(id)) : 'absent'
      // How many of its items the journal counted damaged when it opened (its record, keys, questions…).
      items[`damage:${who}`] = codeOr(await call('app.status'), (v) => String((v as { damagedItems: number }).damagedItems))
      await call('session.lock')
    }

    // Recovering the vault re-keys it, so it takes both journals' passphrases (partner a is Ana).
    const recoverVault = () =>
      call('vault.recover', {
        halfA: secrets.halves.a,
        halfB: secrets.halves.b,
        newPartA: RECOVERED_PARTS.a,
        newPartB: RECOVERED_PARTS.b,
        journalPassphraseA: opens.Ana,
        journalPassphraseB: opens.Ben
      })
    if (probe.vaultRecovery) items['vaultSlot:recovery'] = codeOr(await recoverVault(), () => 'ok')
    const opened = await giveParts(backend, secrets.parts.a, secrets.parts.b)
    items['vaultSlot:joint'] = codeOr(opened, () => 'ok')
    if (opened.ok || (!probe.vaultRecovery && (await recoverVault()).ok)) {
      const status = await call('vault.status')
      items.vaultSettings = codeOr(status, (v) => String((v as { autoLockMinutes: number }).autoLockMinutes))
      const listed = await call('vaultSecrets.list')
      const headers = new Map(((listed.ok ? listed.value : []) as { id: string; title: string; wasSealed: boolean }[]).map((h) => [h.id, h]))
      for (const title of Object.values(world.sealedTitles)) items[`sealed:${title}`] = 'absent'
      for (const id of new Set([...world.secretIds, ...headers.keys()])) {
        const header = headers.get(id)
        const got = await call('vaultSecrets.get', { id })
        const body = codeOr(got, (v) => JSON.stringify((v as { body: unknown }).body))
        if (header?.wasSealed) {
          // A drop-in moved in gets a new random id: known by its title.
          const { id: _id, isNew: _new, ...rest } = header as unknown as Record<string, unknown>
          items[`sealed:${header.title}`] = JSON.stringify({ header: rest, body })
        } else {
          const { isNew: _new, ...rest } = (header ?? {}) as Record<string, unknown>
          items[`secret:${id}`] = JSON.stringify({ header: header ? rest : null, body })
        }
      }
      const reveals = await call('vaultReveals.list')
      const byId = new Map(((reveals.ok ? reveals.value : []) as { id: string }[]).map((r) => [r.id, r]))
      for (const id of Object.values(world.questions)) items[`reveal:${id}`] = byId.has(id) ? JSON.stringify(byId.get(id)) : 'absent'
      // Last, once everything was read: what the open vault counted damaged.
      items.vaultDamage = codeOr(await call('vault.status'), (v) => String((v as { damagedItems: number }).damagedItems))
    }
    return items
  } finally {
    backend.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
