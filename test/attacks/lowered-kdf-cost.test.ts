// Finding 4: a key slot's Argon2 cost is plaintext in the file. The other partner lowers it to the
// floor: the owner's passphrase no longer opens the journal (the derived key differs), so they
// use their recovery code, and the new slot must be calibrated on this computer again, not made
// at the cost the file claims (which would be 4x cheaper to crack here, 8x on a fast one).
// The same for the vault's two parts and its recovery halves.

import { describe, expect, it } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { KDF_FLOOR } from '../../src/main/crypto/kdf.ts'
import { PART_A, PART_B, PASS_A, PASS_B } from '../support/backend.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { NEW_PART_A, NEW_PART_B, rawDb, refusal } from '../support/vault.ts'

// A target far above the floor (about 80 ms here), so real calibration lands above it even when
// other tests load the machine: the floor would have to take 700 ms for it to stay there.
const KDF_TARGET_MS = 1000
// Argon2 at up to 1 GiB, a few times over, on a machine other tests are loading too.
const SLOW_MS = 120_000
const NEW_PASS_B = 'tangerine lighthouse under soft rain'

interface Cost {
  memoryKiB: number
  iterations: number
  parallelism: number
}

function journalSlotCost(dataDir: string, profileId: string): Cost {
  const db = rawDb(dataDir)
  try {
    const row = db.prepare("SELECT kdf FROM key_slots WHERE profile_id = ? AND kind = 'passphrase'").get(profileId) as { kdf: string }
    return JSON.parse(row.kdf) as Cost
  } finally {
    db.close()
  }
}

function vaultPartCosts(dataDir: string): Cost[] {
  const db = rawDb(dataDir)
  try {
    const row = db.prepare("SELECT kdf FROM vault_slots WHERE kind = 'joint'").get() as { kdf: string }
    const parts = JSON.parse(row.kdf) as Record<'a' | 'b', Cost>
    return [parts.a, parts.b]
  } finally {
    db.close()
  }
}

/** The attack: every cost field of the slot's parameters set to the floor, the salt kept. */
function lowerToFloor(dataDir: string, table: 'key_slots' | 'vault_slots', where: string, params: unknown[]): void {
  const db = rawDb(dataDir)
  try {
    const row = db.prepare(`SELECT kdf FROM ${table} WHERE ${where}`).get(...params) as { kdf: string }
    const lower = (value: Record<string, unknown>) => ({ ...value, ...KDF_FLOOR })
    const kdf = JSON.parse(row.kdf) as Record<string, unknown>
    const lowered = table === 'vault_slots' ? { a: lower(kdf.a as Record<string, unknown>), b: lower(kdf.b as Record<string, unknown>) } : lower(kdf)
    db.prepare(`UPDATE ${table} SET kdf = ? WHERE ${where}`).run(JSON.stringify(lowered), ...params)
  } finally {
    db.close()
  }
}

describe('a lowered key-derivation cost', () => {
  const tempDir = useTempDirs()
  const open: SevenfoldBackend[] = []
  /** `calibrated`: the real calibration; else the floor, for the steps the attack does not touch. */
  const backendAt = async (dataDir: string, calibrated = true) => {
    const backend = await createBackend({ dataDir, kdfTargetMs: calibrated ? KDF_TARGET_MS : 0 })
    open.push(backend)
    return backend
  }
  const closeAll = () => {
    for (const backend of open.splice(0)) backend.close()
  }

  it(
    'is never adopted by the new passphrase slot made when the owner recovers',
    async () => {
      const dataDir = tempDir()
      try {
        await (await backendAt(dataDir, false)).profile.create({ displayName: 'Ana', passphrase: PASS_A })
        closeAll()
        const ben = await (await backendAt(dataDir)).profile.create({ displayName: 'Ben', passphrase: PASS_B })
        const calibrated = journalSlotCost(dataDir, ben.profileId)
        expect(calibrated.memoryKiB, 'the real calibration lands above the floor here').toBeGreaterThan(KDF_FLOOR.memoryKiB)
        closeAll()

        lowerToFloor(dataDir, 'key_slots', "profile_id = ? AND kind = 'passphrase'", [ben.profileId])
        const again = await backendAt(dataDir)
        expect((await refusal(again.session.unlock({ profileId: ben.profileId, passphrase: PASS_B }))).code).toBe('WRONG_PASSPHRASE')
        await again.session.recover({ profileId: ben.profileId, recoveryCode: ben.recoveryCode, newPassphrase: NEW_PASS_B })

        const made = journalSlotCost(dataDir, ben.profileId)
        expect(made.memoryKiB, 'the new slot was made at the cost the file claimed').toBeGreaterThan(KDF_FLOOR.memoryKiB)
        await again.session.lock()
        await again.session.unlock({ profileId: ben.profileId, passphrase: NEW_PASS_B })
      } finally {
        closeAll()
      }
    },
    SLOW_MS
  )

  it(
    'is never adopted by the new parts set when the vault is recovered with both halves',
    async () => {
      const dataDir = tempDir()
      try {
        const journals = await backendAt(dataDir, false)
        await journals.profile.create({ displayName: 'Ana', passphrase: PASS_A })
        await journals.profile.create({ displayName: 'Ben', passphrase: PASS_B })
        closeAll()
        const { recoveryHalves } = await (await backendAt(dataDir)).vault.create({ partA: PART_A, partB: PART_B })
        for (const cost of vaultPartCosts(dataDir)) expect(cost.memoryKiB).toBeGreaterThan(KDF_FLOOR.memoryKiB)
        closeAll()

        lowerToFloor(dataDir, 'vault_slots', "kind = 'joint'", [])
        const again = await backendAt(dataDir)
        await again.vault.givePart({ part: 'a', passphrase: PART_A })
        expect((await refusal(again.vault.givePart({ part: 'b', passphrase: PART_B }))).code).toBe('WRONG_PASSPHRASE')
        await again.vault.recover({
          halfA: recoveryHalves.a,
          halfB: recoveryHalves.b,
          newPartA: NEW_PART_A,
          newPartB: NEW_PART_B,
          journalPassphraseA: PASS_A,
          journalPassphraseB: PASS_B
        })

        for (const cost of vaultPartCosts(dataDir))
          expect(cost.memoryKiB, 'a new part was made at the cost the file claimed').toBeGreaterThan(KDF_FLOOR.memoryKiB)
      } finally {
        closeAll()
      }
    },
    SLOW_MS
  )
})
