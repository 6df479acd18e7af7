import { setImmediate } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { PART_WAIT_MS } from '../../src/main/vault/door.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { NEW_PART_A, NEW_PART_B, WRONG_PART, giveBoth, manualClock, rawDb, refusal, twoJournals, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const MINUTE = 60_000
const RECOVERY_HALF = /^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/

/** The vault's key slots as stored, to see that a refused change left them alone. */
function slotRows(dataDir: string) {
  const db = rawDb(dataDir)
  try {
    return db.prepare('SELECT id, kind, kdf, hex(wrapped_key) AS wrapped FROM vault_slots ORDER BY kind').all() as {
      id: string
      kind: string
      kdf: string
      wrapped: string
    }[]
  } finally {
    db.close()
  }
}

/** A half with its first character changed, so its checksum fails. */
const withTypo = (half: string) => half.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))

describe('creating the vault together', () => {
  it('needs both journals: with one it is FORBIDDEN, and there is nothing to open', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    expect(await backend.vault.status()).toMatchObject({ exists: false, open: false, canCreate: false, partsGiven: [] })
    await expect(backend.vault.create({ partA: PART_A, partB: PART_B })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(backend.vault.givePart({ part: 'a', passphrase: PART_A })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await backend.vault.status()).exists).toBe(false)

    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    expect(await backend.vault.status()).toMatchObject({ exists: false, canCreate: true })
  })

  it('refuses a weak part, naming which one, and two parts that are the same; nothing is made', async () => {
    const { backend, dataDir } = await newBackend()
    await twoJournals(backend)
    await expect(backend.vault.create({ partA: 'short', partB: PART_B })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'partA' })
    await expect(backend.vault.create({ partA: PART_A, partB: 'password123456' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'partB' })
    await expect(backend.vault.create({ partA: PART_A, partB: PART_A })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'partB',
      message: expect.stringMatching(/same/)
    })
    // The same part typed in another Unicode form is still the same part.
    const part = 'crème brûlée for the two of us'
    await expect(backend.vault.create({ partA: part.normalize('NFC'), partB: part.normalize('NFD') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'partB'
    })
    expect(await backend.vault.status()).toMatchObject({ exists: false, canCreate: true })
    const db = rawDb(dataDir)
    expect(db.prepare('SELECT (SELECT count(*) FROM vault) + (SELECT count(*) FROM vault_slots) AS n').get()).toEqual({ n: 0 })
    db.close()
  })

  it('makes one vault for the two, opens it, and gives the recovery code in two halves', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben, halves } = await withVault(backend)
    expect(halves.a).toMatch(RECOVERY_HALF)
    expect(halves.b).toMatch(RECOVERY_HALF)
    expect(halves.a).not.toBe(halves.b)
    expect(await backend.vault.status()).toEqual({
      exists: true,
      open: true,
      canCreate: false,
      partners: [
        { profileId: ana, displayName: 'Ana', part: 'a' },
        { profileId: ben, displayName: 'Ben', part: 'b' }
      ],
      partsGiven: [],
      autoLockMinutes: 10,
      damagedItems: 0,
      // Ben's journal is open, and both journals have seen the vault opened together.
      fromJournal: { pinned: true, partnerConfirmed: true },
      waitingForBoth: { sealed: false, answered: false }
    })
    expect((await backend.app.status()).vault).toEqual({ exists: true, open: true })

    await expect(backend.vault.create({ partA: NEW_PART_A, partB: NEW_PART_B })).rejects.toMatchObject({ code: 'LIMIT_REACHED' })
    expect(slotRows(dataDir).map((s) => s.kind)).toEqual(['joint', 'recovery'])
    await backend.vault.lock()
    expect((await giveBoth(backend)).open).toBe(true)
  })
})

describe('opening together', () => {
  it('stays locked with one part, whichever it is, and opens with both given in either order', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()

    expect(await backend.vault.givePart({ part: 'a', passphrase: PART_A })).toMatchObject({ open: false, partsGiven: ['a'] })
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })
    expect((await backend.vault.resetParts()).partsGiven).toEqual([])

    expect(await backend.vault.givePart({ part: 'b', passphrase: PART_B })).toMatchObject({ open: false, partsGiven: ['b'] })
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })
    expect((await backend.app.status()).vault.open).toBe(false)

    expect(await backend.vault.givePart({ part: 'a', passphrase: PART_A })).toMatchObject({ open: true, partsGiven: [] })
    expect(await backend.vaultSecrets.list()).toEqual([])
  })

  it('fails the same way, with the same words, whichever part is wrong and when the two are swapped', async () => {
    const { backend: maker, dataDir } = await newBackend()
    await withVault(maker)
    await maker.vault.lock()
    const wrongPairs: [string, string][] = [
      [PART_B, PART_A],
      [WRONG_PART, PART_B],
      [PART_A, WRONG_PART],
      [WRONG_PART, WRONG_PART],
      [PART_A, PART_A]
    ]
    const refusals = []
    const { backend } = await newBackend(dataDir)
    for (const [a, b] of wrongPairs) {
      refusals.push((await refusal(giveBoth(backend, a, b))).toInfo())
      expect(await backend.vault.status()).toMatchObject({ open: false, partsGiven: [] })
      await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })
      // The right pair in between, so no try carries the wait of the ones before (the count outlives a restart).
      expect((await giveBoth(backend)).open).toBe(true)
      await backend.vault.lock()
    }
    const [first] = refusals
    expect(first).toEqual({ code: 'WRONG_PASSPHRASE', message: expect.any(String) })
    for (const info of refusals) expect(info).toEqual(first)
    expect(first!.message).not.toMatch(/\b(a|b|first|second|Ana|Ben)\b/)

    expect((await giveBoth(backend)).open).toBe(true)
  })

  it('lets a partner who mistyped give their part again before the other gives theirs', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()
    await backend.vault.givePart({ part: 'a', passphrase: WRONG_PART })
    expect((await backend.vault.givePart({ part: 'a', passphrase: PART_A })).partsGiven).toEqual(['a'])
    expect((await backend.vault.givePart({ part: 'b', passphrase: PART_B })).open).toBe(true)
  })

  it('forgets a part that waits longer than PART_WAIT_MS for the other', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    clock.advance(PART_WAIT_MS)
    expect((await backend.vault.status()).partsGiven).toEqual(['a'])
    clock.advance(1)
    expect((await backend.vault.status()).partsGiven).toEqual([])
    expect(await backend.vault.givePart({ part: 'b', passphrase: PART_B })).toMatchObject({ open: false, partsGiven: ['b'] })
    expect((await backend.vault.givePart({ part: 'a', passphrase: PART_A })).open).toBe(true)
  })

  it('makes repeated wrong pairs wait longer, refusing every part until the wait is over', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()
    for (const pair of [
      [WRONG_PART, PART_B],
      [PART_B, PART_A]
    ] as const) {
      const error = await refusal(giveBoth(backend, ...pair))
      expect(error.toInfo()).toEqual({ code: 'WRONG_PASSPHRASE', message: expect.any(String) })
    }
    const third = await refusal(giveBoth(backend, PART_A, WRONG_PART))
    expect(third).toMatchObject({ code: 'WRONG_PASSPHRASE', retryAfterMs: expect.any(Number), message: expect.stringMatching(/Wait 1 second/) })

    const held = await refusal(backend.vault.givePart({ part: 'a', passphrase: PART_A }))
    expect(held).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterMs: expect.any(Number) })
    expect(held.retryAfterMs).toBeGreaterThan(0)
    expect(held.retryAfterMs).toBeLessThanOrEqual(1000)
    expect(await backend.vault.status()).toMatchObject({ open: false, partsGiven: [] })

    clock.advance(held.retryAfterMs!)
    expect((await giveBoth(backend)).open).toBe(true)
    // Opening clears the count: the next wrong pair carries no wait.
    await backend.vault.lock()
    expect((await refusal(giveBoth(backend, WRONG_PART, PART_B))).retryAfterMs).toBeUndefined()
  })
})

describe('locking', () => {
  it('locks on "close the vault", after which secrets and reveals are LOCKED', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ana, title: 'kept', body: paragraphDoc('x') })
    await backend.vault.lock()
    expect((await backend.vault.status()).open).toBe(false)
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.vaultReveals.list()).rejects.toMatchObject({ code: 'LOCKED' })
    await backend.vault.lock()
    expect((await giveBoth(backend)).open).toBe(true)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['kept'])
  })

  it('locks when the open journal locks', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.session.lock()
    expect((await backend.vault.status()).open).toBe(false)
    expect((await backend.app.status()).vault.open).toBe(false)
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })
  })

  it('locks when the other partner unlocks their journal, and forgets a part already given', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.vault.status()).open).toBe(false)
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })

    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.session.lock()
    expect((await backend.vault.status()).partsGiven).toEqual([])
  })

  it('stays shut when a lock comes while the two parts are being stretched', async () => {
    const { backend } = await newBackend()
    const { halves } = await withVault(backend)
    await backend.vault.lock()
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    const opening = backend.vault.givePart({ part: 'b', passphrase: PART_B })
    // One turn of the event loop: the request has started its KDF when the screen locks.
    await setImmediate()
    await backend.session.lock()
    await expect(opening).rejects.toMatchObject({ code: 'LOCKED' })
    expect((await backend.vault.status()).open).toBe(false)
    await expect(backend.vaultSecrets.list()).rejects.toMatchObject({ code: 'LOCKED' })

    const recovering = backend.vault.recover({
      halfA: halves.a,
      halfB: halves.b,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    })
    await setImmediate()
    await backend.vault.lock()
    await expect(recovering).rejects.toMatchObject({ code: 'LOCKED' })
    expect((await backend.vault.status()).open).toBe(false)
    // The lock came before the re-key that sets the new parts: nothing was changed, the old parts open it.
    expect((await giveBoth(backend)).open).toBe(true)
  })

  it('does not lock itself between requests: idle time is judged by the shell and the renderer', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    // Two people may read one secret for many minutes without a request.
    clock.advance(30 * MINUTE)
    expect((await backend.vault.status()).open).toBe(true)
    expect(await backend.vaultSecrets.list()).toEqual([])
  })

  it('keeps the idle minutes chosen inside across locking and a restart', async () => {
    const { backend, dataDir } = await newBackend()
    await withVault(backend)
    expect((await backend.vault.setAutoLock({ minutes: 7 })).autoLockMinutes).toBe(7)
    await backend.vault.lock()
    await expect(backend.vault.setAutoLock({ minutes: 9 })).rejects.toMatchObject({ code: 'LOCKED' })
    expect((await giveBoth(backend)).autoLockMinutes).toBe(7)
    await backend.session.lock()

    const restarted = await newBackend(dataDir)
    expect((await giveBoth(restarted.backend)).autoLockMinutes).toBe(7)
  })
})

describe('changing the joint passphrase', () => {
  it('needs both current parts: wrong, swapped or weak new ones change nothing', async () => {
    const { backend: maker, dataDir } = await newBackend()
    await withVault(maker)
    await maker.vault.lock()
    const before = slotRows(dataDir)
    for (const [a, b] of [
      [PART_B, PART_A],
      [WRONG_PART, PART_B],
      [PART_A, WRONG_PART]
    ] as const) {
      const { backend } = await newBackend(dataDir)
      await expect(backend.vault.changePassphrase({ currentPartA: a, currentPartB: b, newPartA: NEW_PART_A, newPartB: NEW_PART_B })).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE'
      })
    }
    const change = (newPartA: string, newPartB: string) => maker.vault.changePassphrase({ currentPartA: PART_A, currentPartB: PART_B, newPartA, newPartB })
    await expect(change('short', NEW_PART_B)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'newPartA' })
    await expect(change(NEW_PART_A, 'short')).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'newPartB' })
    await expect(change(NEW_PART_A, NEW_PART_A)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'newPartB' })
    expect(slotRows(dataDir)).toEqual(before)
    expect((await giveBoth(maker)).open).toBe(true)
  })

  it('rewraps the key only: then the new parts open the same vault and the old ones do not', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ben, title: 'still here', body: paragraphDoc('after the change') })
    const before = slotRows(dataDir)
    expect(await backend.vault.changePassphrase({ currentPartA: PART_A, currentPartB: PART_B, newPartA: NEW_PART_A, newPartB: NEW_PART_B })).toBeNull()
    const after = slotRows(dataDir)
    expect(after[0]).toMatchObject({ id: before[0]!.id, kind: 'joint' })
    expect(after[0]!.wrapped).not.toBe(before[0]!.wrapped)
    expect(after[1]).toEqual(before[1])

    await backend.vault.lock()
    expect((await refusal(giveBoth(backend))).code).toBe('WRONG_PASSPHRASE')
    expect((await giveBoth(backend, NEW_PART_A, NEW_PART_B)).open).toBe(true)
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['still here'])
  })

  it('forgets a part given before the change, so it cannot spoil the next try', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    await backend.vault.lock()
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.changePassphrase({ currentPartA: PART_A, currentPartB: PART_B, newPartA: NEW_PART_A, newPartB: NEW_PART_B })
    expect((await backend.vault.status()).partsGiven).toEqual([])
    expect(await backend.vault.givePart({ part: 'b', passphrase: NEW_PART_B })).toMatchObject({ open: false, partsGiven: ['b'] })
    expect((await backend.vault.givePart({ part: 'a', passphrase: NEW_PART_A })).open).toBe(true)
  })
})

describe('recovering with both halves', () => {
  it('catches a typo in either half, and a weak new part, before trying anything', async () => {
    const { backend } = await newBackend()
    const { halves } = await withVault(backend)
    await backend.vault.lock()
    const recover = (halfA: string, halfB: string, newPartA = NEW_PART_A) =>
      backend.vault.recover({ halfA, halfB, newPartA, newPartB: NEW_PART_B, journalPassphraseA: PASS_A, journalPassphraseB: PASS_B })
    await expect(recover(withTypo(halves.a), halves.b)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'halfA' })
    await expect(recover(halves.a, withTypo(halves.b))).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'halfB' })
    await expect(recover(halves.a, halves.b, 'short')).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'newPartA' })
    expect((await backend.vault.status()).open).toBe(false)
    expect((await giveBoth(backend)).open).toBe(true)
  })

  it('needs both halves, each in its place', async () => {
    const { backend } = await newBackend()
    const { halves } = await withVault(backend)
    await backend.vault.lock()
    for (const [halfA, halfB] of [
      [halves.b, halves.a],
      [halves.a, halves.a]
    ] as const) {
      await expect(
        backend.vault.recover({ halfA, halfB, newPartA: NEW_PART_A, newPartB: NEW_PART_B, journalPassphraseA: PASS_A, journalPassphraseB: PASS_B })
      ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    }
    expect((await giveBoth(backend)).open).toBe(true)
  })

  it('opens with both halves and two new parts; afterwards only the new parts open', async () => {
    const { backend } = await newBackend()
    const { ana, halves } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ana, title: 'before we forgot', body: paragraphDoc('x') })
    await backend.vault.lock()

    const spaced = halves.a.toLowerCase().replaceAll('-', ' ')
    const { status } = await backend.vault.recover({
      halfA: spaced,
      halfB: halves.b,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    })
    expect(status).toMatchObject({ open: true, partsGiven: [] })
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['before we forgot'])

    await backend.vault.lock()
    expect((await refusal(giveBoth(backend))).code).toBe('WRONG_PASSPHRASE')
    expect((await giveBoth(backend, NEW_PART_A, NEW_PART_B)).open).toBe(true)
  })
})
