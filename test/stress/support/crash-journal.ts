// What the crash tests set up and read back in a whole journal, vault or data folder.

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createBackend, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { DATABASE_FILE } from '../../../src/main/storage/database.ts'
import { TEMP_PREFIX } from '../../../src/main/storage/private-files.ts'
import { codeOf, newPassphrase } from './crash-checks.ts'
import { contentOf, holds } from './crash-content.ts'

/** A journal made by the parent, with `count` reflections holding saves 1..count. */
export async function journalWith(dataDir: string, count: number) {
  const passphrase = newPassphrase()
  const backend = await createBackend({ dataDir, kdfTargetMs: 0 })
  try {
    const { profileId } = await backend.profile.create({ displayName: 'Robin', passphrase })
    const seqOf = new Map<string, number>()
    for (let seq = 1; seq <= count; seq++) seqOf.set((await backend.reflections.create(contentOf(seq))).id, seq)
    return { profileId, passphrase, seqOf }
  } finally {
    backend.close()
  }
}

/** Every reflection of the open journal decrypts to what the parent wrote, and nothing else is there; those that do not go into `unreadable`. */
export async function journalProblems(backend: SevenfoldBackend, seqOf: Map<string, number>, unreadable: Set<string>): Promise<string[]> {
  const problems: string[] = []
  const { damagedItems } = await backend.app.status()
  if (damagedItems !== 0) problems.push(`${damagedItems} reflections fail their integrity check`)
  const ids = (await backend.reflections.list()).map((h) => h.id)
  if (ids.length !== seqOf.size) problems.push(`${ids.length} reflections listed, not ${seqOf.size}`)
  for (const [id, seq] of seqOf) {
    const reflection = await backend.reflections.get({ id }).catch((error: unknown) => codeOf(error))
    if (typeof reflection === 'string' || !holds(reflection, seq)) {
      unreadable.add(id)
      problems.push(`reflection ${seq} does not read back as written`)
    }
  }
  return problems
}

/** Every secret of the open vault decrypts to what the parent wrote; those that do not go into `unreadable`. */
export async function secretProblems(backend: SevenfoldBackend, seqOf: Map<string, number>, unreadable: Set<string>): Promise<string[]> {
  const problems: string[] = []
  const listed = await backend.vaultSecrets.list()
  if (listed.length !== seqOf.size) problems.push(`${listed.length} secrets listed, not ${seqOf.size}`)
  for (const [id, seq] of seqOf) {
    const secret = await backend.vaultSecrets.get({ id }).catch((error: unknown) => codeOf(error))
    const expected = contentOf(seq)
    if (typeof secret === 'string' || secret.title !== expected.title || JSON.stringify(secret.body) !== JSON.stringify(expected.body)) {
      unreadable.add(id)
      problems.push(`secret ${seq} does not read back as written`)
    }
  }
  return problems
}

/** Temporary files of ours: beside the backup file, and in the data folder. */
export function leftovers(dataDir: string, outDir: string, target: string) {
  const beside = readdirSync(outDir).filter((name) => join(outDir, name) !== target)
  const inData = readdirSync(dataDir).filter((name) => name.startsWith(TEMP_PREFIX))
  return { beside, inData }
}

export function countReflections(dataDir: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM reflections').get() as { n: number }).n
  } finally {
    db.close()
  }
}
