// Passphrase edge cases (issue 7), through dispatch() as the renderer's requests arrive: the same
// passphrase typed in another Unicode form opens what it made, the contract's longest passphrase
// works and one character more is refused with a sentence, and empty or blank passphrases are
// refused with a reason wherever a new one is chosen.

import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { createApi } from '../../src/shared/api.ts'
import { AppError } from '../../src/shared/errors.ts'
import { PART_A, PART_B, PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { refusal } from '../support/vault.ts'

const newBackend = useBackends()

async function start() {
  const { backend } = await newBackend()
  return { backend, api: createApi((channel, payload) => dispatch(backend, channel, payload)) }
}

// Strong passphrases whose NFC and NFD forms differ (precomposed letters against a letter and
// a combining accent), as macOS and other keyboards may send them.
const ACCENTED = 'crème brûlée à deux sous la lune'
const ACCENTED_TOO = 'Zoë’s naïve façade, rêverie à São Paulo'
const nfc = (s: string) => s.normalize('NFC')
const nfd = (s: string) => s.normalize('NFD')

/**
 * The contract's longest passphrase: random lowercase "words", so the strength check accepts it
 * quickly (zxcvbn spends seconds on digit- and symbol-heavy strings; it reads the first 256 characters).
 */
function longest(): string {
  const letters = [...randomBytes(1024)].map((byte, i) => (i % 7 === 6 ? ' ' : String.fromCharCode(97 + (byte % 26))))
  return letters.join('')
}

describe('the same passphrase typed in NFC or NFD', () => {
  it('opens the journal it made, whichever form made it and whichever form is typed', async () => {
    expect(nfc(ACCENTED)).not.toBe(nfd(ACCENTED))
    const { api } = await start()
    const ana = await api.profile.create({ displayName: 'Ana', passphrase: nfc(ACCENTED) })
    const ben = await api.profile.create({ displayName: 'Ben', passphrase: nfd(ACCENTED_TOO) })
    await api.session.lock()
    await api.session.unlock({ profileId: ana.profileId, passphrase: nfd(ACCENTED) })
    expect((await api.app.status()).unlockedProfileId).toBe(ana.profileId)
    await api.session.unlock({ profileId: ben.profileId, passphrase: nfc(ACCENTED_TOO) })
    expect((await api.app.status()).unlockedProfileId).toBe(ben.profileId)
  })

  it('counts compatibility forms (a ligature, full-width letters) as the characters they stand for', async () => {
    const { api } = await start()
    const { profileId } = await api.profile.create({ displayName: 'Ana', passphrase: 'fine figs from Kyoto 2026' })
    await api.session.lock()
    await api.session.unlock({ profileId, passphrase: 'ﬁne ﬁgs from Ｋｙｏｔｏ ２０２６' })
    expect((await api.app.status()).unlockedProfileId).toBe(profileId)
  })

  it('changes the passphrase with the current one in the other form, and the new one opens in either', async () => {
    const { api } = await start()
    const { profileId } = await api.profile.create({ displayName: 'Ana', passphrase: nfc(ACCENTED) })
    await api.session.changePassphrase({ currentPassphrase: nfd(ACCENTED), newPassphrase: nfd(ACCENTED_TOO) })
    await api.session.lock()
    expect((await refusal(api.session.unlock({ profileId, passphrase: nfc(ACCENTED) }))).code).toBe('WRONG_PASSPHRASE')
    await api.session.unlock({ profileId, passphrase: nfc(ACCENTED_TOO) })
    expect((await api.app.status()).unlockedProfileId).toBe(profileId)
  })

  it('sets a new passphrase in one form through recovery, and the other form opens the journal', async () => {
    const { api } = await start()
    const { profileId, recoveryCode } = await api.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await api.session.lock()
    await api.session.recover({ profileId, recoveryCode, newPassphrase: nfd(ACCENTED) })
    await api.session.lock()
    await api.session.unlock({ profileId, passphrase: nfc(ACCENTED) })
    expect((await api.app.status()).unlockedProfileId).toBe(profileId)
  })

  it('opens the vault with each part typed in the other form', async () => {
    const { api } = await start()
    await api.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await api.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await api.vault.create({ partA: nfc(ACCENTED), partB: nfd(ACCENTED_TOO) })
    await api.vault.lock()
    expect((await api.vault.givePart({ part: 'a', passphrase: nfd(ACCENTED) })).partsGiven).toEqual(['a'])
    expect(await api.vault.givePart({ part: 'b', passphrase: nfc(ACCENTED_TOO) })).toMatchObject({ open: true })
  })
})

describe('very long passphrases', () => {
  it('accepts the contract’s longest passphrase, 1024 characters, to create, unlock and change', async () => {
    const { api } = await start()
    const first = longest()
    expect(first).toHaveLength(1024)
    const { profileId } = await api.profile.create({ displayName: 'Ana', passphrase: first })
    await api.session.lock()
    await api.session.unlock({ profileId, passphrase: first })
    const second = longest()
    await api.session.changePassphrase({ currentPassphrase: first, newPassphrase: second })
    await api.session.lock()
    await api.session.unlock({ profileId, passphrase: second })
    expect((await api.app.status()).unlockedProfileId).toBe(profileId)
  }, 60_000)

  it('refuses 1025 characters in every passphrase field with INVALID_INPUT, the field and a sentence, before any work', async () => {
    const { backend, api } = await start()
    const { profileId } = await api.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const tooLong = `${longest()}x`
    const requests: Array<[string, Record<string, string>, string]> = [
      ['profile.create', { displayName: 'Ben', passphrase: tooLong }, 'passphrase'],
      ['session.unlock', { profileId, passphrase: tooLong }, 'passphrase'],
      ['session.changePassphrase', { currentPassphrase: tooLong, newPassphrase: PASS_B }, 'currentPassphrase'],
      ['session.changePassphrase', { currentPassphrase: PASS_A, newPassphrase: tooLong }, 'newPassphrase'],
      ['session.recover', { profileId, recoveryCode: 'AAAA', newPassphrase: tooLong }, 'newPassphrase'],
      ['vault.create', { partA: tooLong, partB: PART_B }, 'partA'],
      ['vault.givePart', { part: 'b', passphrase: tooLong }, 'passphrase'],
      ['vault.changePassphrase', { currentPartA: PART_A, currentPartB: PART_B, newPartA: PART_A, newPartB: tooLong }, 'newPartB'],
      ['vault.recover', { halfA: 'AAAA', halfB: 'BBBB', newPartA: tooLong, newPartB: PART_B }, 'newPartA'],
      ['backup.restore', { passphrase: tooLong }, 'passphrase']
    ]
    for (const [channel, payload, field] of requests) {
      expect(await dispatch(backend, channel, payload), channel).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', field, message: `The ${field} is too long (at most 1024 characters).` }
      })
    }
    expect((await api.app.status()).profiles).toHaveLength(1)
    expect((await api.vault.status()).exists).toBe(false)
  })
})

describe('empty and blank passphrases', () => {
  // Spaces, tabs and new lines, no-break and ideographic spaces: nothing a person could type again.
  const BLANK = ['', ' ', '          ', '\t\n\r  \t\n\r  ', '\u00A0'.repeat(12), '\u3000'.repeat(12)]

  it('are refused when a journal is created, with the reason, and nothing is made', async () => {
    const { api } = await start()
    for (const passphrase of BLANK) {
      const error = await refusal(api.profile.create({ displayName: 'Ana', passphrase }))
      expect(error, JSON.stringify(passphrase)).toMatchObject({ code: 'INVALID_INPUT', field: 'passphrase', message: 'Enter a passphrase.' })
    }
    expect((await api.app.status()).profiles).toEqual([])
  })

  it('are refused as a new passphrase, by change and by recovery, and the old one still opens', async () => {
    const { api } = await start()
    const { profileId, recoveryCode } = await api.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (const newPassphrase of BLANK) {
      const change = await refusal(api.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase }))
      expect(change).toMatchObject({ code: 'INVALID_INPUT', field: 'newPassphrase', message: 'Enter a passphrase.' })
    }
    await api.session.lock()
    for (const newPassphrase of BLANK) {
      const recover = await refusal(api.session.recover({ profileId, recoveryCode, newPassphrase }))
      expect(recover).toMatchObject({ code: 'INVALID_INPUT', field: 'newPassphrase', message: 'Enter a passphrase.' })
    }
    await api.session.unlock({ profileId, passphrase: PASS_A })
    expect((await api.app.status()).unlockedProfileId).toBe(profileId)
  })

  it('are refused as a part of the vault’s joint passphrase', async () => {
    const { api } = await start()
    await api.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await api.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    for (const blank of BLANK) {
      const error = await refusal(api.vault.create({ partA: PART_A, partB: blank }))
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'partB', message: 'Enter a passphrase.' })
    }
    expect((await api.vault.status()).exists).toBe(false)
  })

  it('only invisible characters are refused too, as too easy to guess', async () => {
    const { api } = await start()
    const error = await refusal(api.profile.create({ displayName: 'Ana', passphrase: '\u200B'.repeat(12) }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'passphrase', message: expect.stringMatching(/\w+.*\.$/) })
  })

  it('unlocking with an empty or blank passphrase gets a clear answer and leaves the journal locked', async () => {
    const { api } = await start()
    const { profileId } = await api.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await api.session.lock()
    for (const passphrase of ['', '   ']) {
      const error = await refusal(api.session.unlock({ profileId, passphrase }))
      expect(error).toBeInstanceOf(AppError)
      expect(error.code).toBe('WRONG_PASSPHRASE')
      expect(error.message).toMatch(/^That passphrase does not open this journal\. Check it and try again\./)
    }
    expect((await api.app.status()).unlockedProfileId).toBeNull()
  })
})
