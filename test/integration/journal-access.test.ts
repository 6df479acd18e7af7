import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'

const newBackend = useBackends()

describe('creating journals', () => {
  it('creates a journal, opens it, and returns a recovery code shown once', async () => {
    const { backend } = await newBackend()
    const { profileId, recoveryCode } = await backend.profile.create({ displayName: '  Ana ', passphrase: PASS_A })
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/)
    const status = await backend.app.status()
    expect(status.profiles).toEqual([{ id: profileId, displayName: 'Ana' }])
    expect(status.unlockedProfileId).toBe(profileId)
  })

  it('refuses a weak passphrase with the reason and the field', async () => {
    const { backend } = await newBackend()
    await expect(backend.profile.create({ displayName: 'Ana', passphrase: 'short' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'passphrase',
      message: expect.stringMatching(/at least 10 characters/)
    })
    expect((await backend.app.status()).profiles).toEqual([])
  })

  it('refuses a passphrase that is only common words or the partner’s own name', async () => {
    const { backend } = await newBackend()
    await expect(backend.profile.create({ displayName: 'Ana', passphrase: 'password123456' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'passphrase',
      message: expect.stringMatching(/common passphrase/)
    })
    await expect(backend.profile.create({ displayName: 'Zephyrine Quillfeather', passphrase: 'zephyrine quillfeather' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'passphrase'
    })
    expect((await backend.app.status()).profiles).toEqual([])
  })

  it('keeps two journals at most, one per partner', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await expect(backend.profile.create({ displayName: 'Cy', passphrase: PASS_B })).rejects.toMatchObject({ code: 'LIMIT_REACHED' })
  })
})

describe('unlocking', () => {
  it('opens with the right passphrase after a restart and refuses a wrong one without unlocking', async () => {
    const first = await newBackend()
    const { profileId } = await first.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await first.backend.reflections.create({ themeId: 'trust', title: 'Kept', body: paragraphDoc('still here') })
    first.backend.close()

    const { backend } = await newBackend(first.dataDir)
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    await expect(backend.session.unlock({ profileId, passphrase: PASS_B })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    await expect(backend.reflections.list()).rejects.toMatchObject({ code: 'LOCKED' })

    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.reflections.list()).map((r) => r.title)).toEqual(['Kept'])
  })

  it('accepts the same passphrase typed in another Unicode form (NFC and NFD)', async () => {
    const { backend } = await newBackend()
    const composed = 'crème brûlée à deux'.normalize('NFC')
    const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: composed })
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: composed.normalize('NFD') })
    expect((await backend.app.status()).unlockedProfileId).toBe(profileId)
  })

  it('makes repeated wrong passphrases wait longer, then refuses tries until the wait is over', async () => {
    const { backend } = await newBackend()
    const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()
    const wrong = () => backend.session.unlock({ profileId, passphrase: 'not the passphrase at all' })
    await expect(wrong()).rejects.not.toHaveProperty('retryAfterMs', expect.any(Number))
    await expect(wrong()).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    await expect(wrong()).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', retryAfterMs: expect.any(Number) })
    await expect(backend.session.unlock({ profileId, passphrase: PASS_A })).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterMs: expect.any(Number)
    })
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
  })
})

describe('changing the passphrase', () => {
  it('rewraps the key only: the old passphrase stops working, the new one opens, reflections are untouched', async () => {
    const { backend, dataDir } = await newBackend()
    const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (let i = 0; i < 20; i++) await backend.reflections.create({ themeId: 'small-talk', title: `n${i}`, body: paragraphDoc('hello') })
    const rows = () =>
      new Database(join(dataDir, DATABASE_FILE), { readonly: true }).prepare('SELECT * FROM reflections JOIN reflection_bodies USING (id) ORDER BY id').all()
    const before = rows()

    await expect(backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: 'a brand new passphrase' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE'
    })
    await backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: 'a brand new passphrase' })
    expect(rows()).toEqual(before)

    await backend.session.lock()
    await expect(backend.session.unlock({ profileId, passphrase: PASS_A })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    await backend.session.unlock({ profileId, passphrase: 'a brand new passphrase' })
    expect(await backend.reflections.list()).toHaveLength(20)
  })

  it('needs an open journal and an acceptable new passphrase', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await expect(backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: 'weak' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'newPassphrase'
    })
    await backend.session.lock()
    await expect(backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: PASS_B })).rejects.toMatchObject({ code: 'LOCKED' })
  })
})

describe('recovering with the recovery code', () => {
  it('catches a typo before any work, refuses another journal’s code, and sets a new passphrase with the right one', async () => {
    const { backend } = await newBackend()
    const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const ben = await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.session.lock()
    const typo = ana.recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))

    await expect(backend.session.recover({ profileId: ana.profileId, recoveryCode: typo, newPassphrase: 'my fresh start 2026' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'recoveryCode'
    })
    await expect(
      backend.session.recover({ profileId: ana.profileId, recoveryCode: ben.recoveryCode, newPassphrase: 'my fresh start 2026' })
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })

    const spaced = ana.recoveryCode.toLowerCase().replaceAll('-', ' ')
    await backend.session.recover({ profileId: ana.profileId, recoveryCode: spaced, newPassphrase: 'my fresh start 2026' })
    expect((await backend.app.status()).unlockedProfileId).toBe(ana.profileId)
    await backend.session.lock()
    await expect(backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
    await backend.session.unlock({ profileId: ana.profileId, passphrase: 'my fresh start 2026' })
  })
})
