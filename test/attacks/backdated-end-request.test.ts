// A request to end the vault alone waits seven days (docs/security.md, "Endings"). Someone with
// the file moves its plaintext date back, plants a request in a partner's name, or moves the
// proof of an old request to the vault made after: none of it lets the app end the vault early.

import { describe, expect, it } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, manualClock, rawDb, refusal, runSql, withVault } from '../support/vault.ts'

const clock = manualClock(Date.parse('2026-12-03T10:00:00Z'))
const newBackend = useBackends(clock.now)
const DAY = 24 * 60 * 60 * 1000
const END = { passphrase: PASS_A, confirm: 'end our vault' }

function secretsLeft(dataDir: string): number {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT count(*) AS n FROM vault_secrets').get() as { n: number }).n
  } finally {
    db.close()
  }
}

async function anaAsked() {
  const made = await newBackend()
  const ids = await withVault(made.backend)
  await made.backend.vaultSecrets.create({ authorId: ids.ben, title: 'His words', body: paragraphDoc('kept safe') })
  await made.backend.vault.lock()
  await made.backend.session.unlock({ profileId: ids.ana, passphrase: PASS_A })
  await made.backend.endings.askToEnd()
  return { ...made, ...ids }
}

describe('the wait before one partner ends the vault alone', () => {
  it('counts from the date under the asker’s key: a plaintext date moved back ends nothing early', async () => {
    const { backend, dataDir } = await anaAsked()
    runSql(dataDir, 'UPDATE vault_end_requests SET requested_at = ?', clock.now() - 30 * DAY)
    // Her own journal shows the date it made, not the one in the file.
    expect((await backend.endings.status()).request).toMatchObject({ requestedAt: '2026-12-03T10:00:00.000Z', mine: { proven: true, canEndNow: false } })
    expect(await refusal(backend.endings.endAlone(END))).toMatchObject({ code: 'FORBIDDEN' })
    expect(secretsLeft(dataDir)).toBe(1)
  })

  it('a request planted in the file, in a partner’s name, ends nothing', async () => {
    const made = await newBackend()
    const { ana } = await withVault(made.backend)
    const { dataDir, backend } = made
    const db = rawDb(dataDir)
    const vaultId = (db.prepare('SELECT id FROM vault').get() as { id: string }).id
    db.close()
    runSql(dataDir, 'INSERT INTO vault_end_requests (vault_id, profile_id, requested_at, proof) VALUES (?, ?, ?, ?)', vaultId, ana, 0, Buffer.alloc(60, 7))
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.endings.status()).request?.mine).toEqual({ proven: false, canEndNow: false })
    expect(await refusal(backend.endings.endAlone(END))).toMatchObject({ code: 'TAMPERED' })
    expect(secretsLeft(dataDir)).toBe(0)
    expect((await backend.vault.status()).exists).toBe(true)
  })

  it('a row planted for some other vault does not hide a real request (found in review)', async () => {
    const { backend, dataDir, ana } = await anaAsked()
    // With foreign keys off, a row naming no vault can sit first in the table.
    const db = rawDb(dataDir)
    db.pragma('foreign_keys = OFF')
    db.prepare('INSERT INTO vault_end_requests (rowid, vault_id, profile_id, requested_at, proof) VALUES (-1, ?, ?, ?, ?)').run(
      'nope',
      ana,
      0,
      Buffer.alloc(60, 7)
    )
    db.close()
    expect((await backend.endings.status()).request).toMatchObject({ profileId: ana, mine: { proven: true } })
    clock.advance(7 * DAY)
    expect(await backend.endings.endAlone(END)).toBeNull()
    expect((await backend.vault.status()).exists).toBe(false)
  })

  it('the proof of one partner’s request does not serve the other, nor the next vault', async () => {
    const { backend, dataDir, ana, ben } = await anaAsked()
    clock.advance(8 * DAY)
    // Ben takes her proof as his own request.
    runSql(dataDir, 'UPDATE vault_end_requests SET profile_id = ?', ben)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await refusal(backend.endings.endAlone({ ...END, passphrase: PASS_B }))).toMatchObject({ code: 'TAMPERED' })
    expect(secretsLeft(dataDir)).toBe(1)

    // Her old proof, kept and put back under a vault made after, ends nothing either.
    runSql(dataDir, 'UPDATE vault_end_requests SET profile_id = ?', ana)
    const db = rawDb(dataDir)
    const old = db.prepare('SELECT * FROM vault_end_requests').get() as Record<string, unknown>
    db.close()
    await giveBoth(backend)
    await backend.endings.endTogether({ confirm: 'end our vault', partA: PART_A, partB: PART_B })
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.vaultSecrets.create({ authorId: ben, title: 'New words', body: paragraphDoc('hello') })
    await backend.vault.lock()
    const next = rawDb(dataDir)
    const vaultId = (next.prepare('SELECT id FROM vault').get() as { id: string }).id
    next.close()
    runSql(dataDir, 'INSERT INTO vault_end_requests (vault_id, profile_id, requested_at, proof) VALUES (?, ?, ?, ?)', vaultId, ana, old.requested_at, old.proof)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect(await refusal(backend.endings.endAlone(END))).toMatchObject({ code: 'TAMPERED' })
    expect(secretsLeft(dataDir)).toBe(1)
  })
})
