// The vault's figures for `npm run bench`: opening it together (both parts' Argon2id
// derivations, which overlap), sealing a secret to its public key against plain AES-GCM
// of the same document as the floor, and moving sealed drop-ins in when it opens.
// Its own backend in its own folder, with the app's real KDF calibration.

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend } from '../../src/main/app/backend.ts'
import { encryptJson } from '../../src/main/crypto/aead.ts'
import { deriveKey, type KdfParams } from '../../src/main/crypto/kdf.ts'
import { wipe } from '../../src/main/crypto/secret-buffer.ts'
import { makeDoc, makeTitle, seededRng } from './corpus.ts'
import { percentile, timeOnce, timePairs, watchPhase } from './measure.ts'
import { ms, type Row } from './table.ts'
import Database from 'better-sqlite3'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'

const SEALS = 200
const OPEN_ROUNDS = 3
const targets = { loopMs: 50 }

function storedPartParams(dir: string): { a: KdfParams; b: KdfParams } {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare("SELECT kdf FROM vault_slots WHERE kind = 'joint'").get() as { kdf: string }
    return JSON.parse(row.kdf) as { a: KdfParams; b: KdfParams }
  } finally {
    db.close()
  }
}

export async function vaultRows(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sevenfold-bench-vault-'))
  const backend = await createBackend({ dataDir: dir, kdfTargetMs: 500 })
  const secret = () => randomBytes(24).toString('base64url')
  const [partA, partB] = [secret(), secret()]
  const rows: Row[] = []
  try {
    await backend.profile.create({ displayName: 'Bench A', passphrase: secret() })
    // B's journal is the open one, so it pins the vault's keys as the vault is made, and seals without a passphrase.
    const { profileId: b } = await backend.profile.create({ displayName: 'Bench B', passphrase: secret() })
    const made = await timeOnce(() => backend.vault.create({ partA, partB }))
    rows.push({ measure: 'vault: create together (calibration + both parts)', value: ms(made.ms) })
    const params = storedPartParams(dir)

    // One part alone, for comparison: the two overlap when opened together.
    const singles: number[] = []
    for (let i = 0; i < OPEN_ROUNDS; i++) {
      const key = await timeOnce(() => deriveKey(partA, params.a))
      wipe(key.value)
      singles.push(key.ms)
    }
    const opens: number[] = []
    let openLoop = 0
    for (let i = 0; i < OPEN_ROUNDS; i++) {
      await backend.vault.lock()
      const phase = await watchPhase(() =>
        timeOnce(async () => {
          await backend.vault.givePart({ part: 'a', passphrase: partA })
          return backend.vault.givePart({ part: 'b', passphrase: partB })
        })
      )
      if (!phase.value.value.open) throw new Error('bench: the two parts did not open the vault')
      opens.push(phase.value.ms)
      openLoop = Math.max(openLoop, phase.maxLoopDelayMs)
    }
    const { memoryKiB, iterations, parallelism } = params.a
    rows.push({
      measure: `vault: one part's KDF alone, Argon2id m=${memoryKiB / 1024} MiB t=${iterations} p=${parallelism}`,
      value: ms(percentile(singles, 50))
    })
    rows.push({ measure: `vault: open together, both KDFs (median of ${OPEN_ROUNDS})`, value: ms(percentile(opens, 50)), target: '≈ 2 × one part or less' })
    rows.push({
      measure: 'vault: event loop max delay while opening',
      value: ms(openLoop),
      target: `≤ ${targets.loopMs} ms`,
      verdict: openLoop <= targets.loopMs ? 'PASS' : 'MISS'
    })

    // Sealing (X25519 + HKDF + AES-GCM + one INSERT) against AES-GCM alone of the same document.
    const rng = seededRng(11)
    const docs = Array.from({ length: SEALS }, () => ({ title: makeTitle(rng), body: makeDoc(rng) }))
    const floorKey = randomBytes(32)
    await backend.vault.lock()
    const seals = await watchPhase(() =>
      timePairs(
        SEALS,
        (i) => backend.vault.seal({ authorId: b, ...docs[i]! }),
        (i) => encryptJson(floorKey, docs[i], { table: 't', rowId: String(i), ownerId: 'o', field: 'f' })
      )
    )
    const { ours, floor } = seals.value
    rows.push({ measure: 'vault: seal one ~2 KB secret p50', value: ms(ours.p50), floor: ms(floor.p50), ratio: `${(ours.p50 / floor.p50).toFixed(1)}×` })
    rows.push({ measure: 'vault: seal p99', value: ms(ours.p99), floor: ms(floor.p99) })
    rows.push({
      measure: 'vault: event loop max delay while sealing',
      value: ms(seals.maxLoopDelayMs),
      target: `≤ ${targets.loopMs} ms`,
      verdict: seals.maxLoopDelayMs <= targets.loopMs ? 'PASS' : 'MISS'
    })

    const intake = await watchPhase(() =>
      timeOnce(async () => {
        await backend.vault.givePart({ part: 'a', passphrase: partA })
        await backend.vault.givePart({ part: 'b', passphrase: partB })
        return backend.vaultSecrets.list()
      })
    )
    if (intake.value.value.filter((s) => s.isNew).length !== SEALS) throw new Error('bench: not every sealed secret moved into the vault')
    rows.push({
      measure: `vault: open together taking in ${SEALS} sealed secrets`,
      value: ms(intake.value.ms),
      target: `vs ${ms(percentile(opens, 50))} empty`
    })
    rows.push({
      measure: '  event loop max delay',
      value: ms(intake.maxLoopDelayMs),
      target: `≤ ${targets.loopMs} ms`,
      verdict: intake.maxLoopDelayMs <= targets.loopMs ? 'PASS' : 'MISS'
    })
    return rows
  } finally {
    backend.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
