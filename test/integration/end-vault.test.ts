// Ending the vault (issue 16, item 8): together from inside it, or by one partner alone after a
// wait that opening it together cancels. Either way everything inside goes, both journals forget
// its keys, and a new vault can be made together later.

import { describe, expect, it } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, manualClock, rawDb, refusal, withVault } from '../support/vault.ts'

const clock = manualClock(Date.parse('2026-12-03T10:00:00Z'))
const newBackend = useBackends(clock.now)
const DAY = 24 * 60 * 60 * 1000
const VAULT_TABLES = [
  'vault',
  'vault_slots',
  'vault_secrets',
  'vault_sealed',
  'reveals',
  'reveal_prompts',
  'reveal_answers',
  'vault_reveals',
  'vault_end_requests'
]

function vaultRows(dataDir: string): number {
  const db = rawDb(dataDir)
  try {
    return VAULT_TABLES.reduce((n, table) => n + (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, 0)
  } finally {
    db.close()
  }
}

/** A vault with a secret, a drop-in and a question in it; Ben's journal and the vault open. */
async function fullVault() {
  const made = await newBackend()
  const ids = await withVault(made.backend)
  await made.backend.vaultSecrets.create({ authorId: ids.ana, title: 'Ours', body: paragraphDoc('the night train') })
  await made.backend.vault.lock()
  await made.backend.vault.seal({ authorId: ids.ben, title: 'Dropped', body: paragraphDoc('sealed') })
  await made.backend.vaultReveals.ask({ prompt: 'What made you laugh?', answer: 'The goat' })
  return { ...made, ...ids }
}

/** Both journals, one after the other, open whole, and each can make a new vault with the other and seal into it. */
async function bothStartAfresh(backend: Awaited<ReturnType<typeof fullVault>>['backend'], ana: string, ben: string) {
  for (const [profileId, passphrase] of [
    [ana, PASS_A],
    [ben, PASS_B]
  ] as const) {
    await backend.session.unlock({ profileId, passphrase })
    expect((await backend.app.status()).damagedItems, 'nothing counted damaged').toBe(0)
    expect(await backend.vaultReveals.waiting()).toEqual([])
  }
  const status = await backend.vault.status()
  expect(status).toMatchObject({ exists: false, canCreate: true, fromJournal: null })
  await backend.vault.create({ partA: PART_A, partB: PART_B })
  // Ben's journal was open at the making: it pinned the new vault, and seals into it.
  await backend.vault.lock()
  await backend.vault.seal({ authorId: ben, title: 'Anew', body: paragraphDoc('hello again') })
  // Ana's still knows no key of the new one (her old pins were forgotten, not kept): she is asked to open it together once.
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  expect((await backend.vault.status()).fromJournal).toMatchObject({ pinned: false })
  await giveBoth(backend)
  expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['Anew'])
}

describe('ending the vault together', () => {
  it('takes everything inside, and both journals forget it', async () => {
    const { backend, dataDir, ana, ben } = await fullVault()
    await giveBoth(backend)
    await expect(backend.endings.endTogether({ confirm: 'end it', partA: PART_A, partB: PART_B })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'confirm'
    })
    expect(vaultRows(dataDir)).toBeGreaterThan(5)
    await backend.endings.endTogether({ confirm: ' End our vault ', partA: PART_A, partB: PART_B })
    expect(vaultRows(dataDir)).toBe(0)
    expect(await backend.vault.status()).toMatchObject({ exists: false, open: false })
    const db = rawDb(dataDir)
    expect(db.prepare('SELECT count(*) AS n FROM profile_keys WHERE voucher IS NOT NULL').get()).toEqual({ n: 0 })
    db.close()
    await bothStartAfresh(backend, ana, ben)
  })

  it('needs both parts again: an open vault left for a moment is not the two of them agreeing', async () => {
    const { backend, dataDir } = await fullVault()
    await giveBoth(backend)
    for (const [partA, partB] of [
      [PART_A, 'seven paper boats drifting south'],
      ['quiet harbour under grey skies', PART_B]
    ] as const) {
      expect(await refusal(backend.endings.endTogether({ confirm: 'end our vault', partA, partB }))).toMatchObject({ code: 'WRONG_PASSPHRASE' })
    }
    expect(vaultRows(dataDir)).toBeGreaterThan(5)
    expect((await backend.vault.status()).open).toBe(true)
  })

  it('needs the vault open together', async () => {
    const { backend, dataDir } = await fullVault()
    expect(await refusal(backend.endings.endTogether({ confirm: 'end our vault', partA: PART_A, partB: PART_B }))).toMatchObject({ code: 'LOCKED' })
    expect(vaultRows(dataDir)).toBeGreaterThan(5)
  })
})

describe('one partner ending the vault alone', () => {
  it('waits seven days, announced to the other, and then ends it from the asker’s journal', async () => {
    const { backend, dataDir, ana, ben } = await fullVault()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const asked = await backend.endings.askToEnd()
    expect(asked.request).toEqual({
      profileId: ana,
      displayName: 'Ana',
      requestedAt: '2026-12-03T10:00:00.000Z',
      endsAt: '2026-12-10T10:00:00.000Z',
      mine: { proven: true, canEndNow: false }
    })
    // Ben's journal, and the lock screen, read the announcement.
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.endings.status()).request).toMatchObject({ profileId: ana, endsAt: '2026-12-10T10:00:00.000Z', mine: null })
    await expect(backend.endings.endAlone({ passphrase: PASS_B, confirm: 'end our vault' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await backend.session.lock()
    expect((await backend.endings.status()).request).toMatchObject({ displayName: 'Ana', mine: null })

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    clock.advance(7 * DAY - 60_000)
    const early = await refusal(backend.endings.endAlone({ passphrase: PASS_A, confirm: 'end our vault' }))
    expect(early.code).toBe('FORBIDDEN')
    expect(early.message).toContain('2026-12-10')
    expect(vaultRows(dataDir)).toBeGreaterThan(5)

    clock.advance(60_000)
    expect((await backend.endings.status()).request?.mine).toEqual({ proven: true, canEndNow: true })
    await expect(backend.endings.endAlone({ passphrase: PASS_B, confirm: 'end our vault' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    expect(vaultRows(dataDir)).toBeGreaterThan(5)
    await backend.endings.endAlone({ passphrase: PASS_A, confirm: 'end our vault' })
    expect(vaultRows(dataDir)).toBe(0)
    expect(await backend.endings.status()).toEqual({ vaultExists: false, request: null })
    await backend.session.lock()
    await bothStartAfresh(backend, ana, ben)
  })

  it('is cancelled by opening the vault together, and can be taken back by the asker', async () => {
    const { backend, dataDir, ana } = await fullVault()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.endings.askToEnd()
    clock.advance(3 * DAY)
    await giveBoth(backend)
    expect((await backend.endings.status()).request).toBeNull()
    await backend.vault.lock()
    clock.advance(5 * DAY)
    await expect(backend.endings.endAlone({ passphrase: PASS_A, confirm: 'end our vault' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(vaultRows(dataDir)).toBeGreaterThan(5)

    // Asked again, the wait starts anew; the asker can take it back.
    const again = await backend.endings.askToEnd()
    expect(again.request?.requestedAt).toBe(new Date(clock.now()).toISOString())
    expect((await backend.endings.withdraw()).request).toBeNull()
  })

  it('is refused while the vault is open together, and to the other partner while one is waiting', async () => {
    const { backend, ana } = await fullVault()
    await giveBoth(backend)
    expect(await refusal(backend.endings.askToEnd())).toMatchObject({ code: 'FORBIDDEN' })
    await backend.vault.lock()
    await backend.endings.askToEnd()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await refusal(backend.endings.askToEnd())).message).toMatch(/Ben has already asked/)
  })
})
