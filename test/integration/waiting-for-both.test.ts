// Issue 16, items 1, 2 and 7: what the lock screen and home may say waits for the two of them
// (from the rows anyone can see while everything is locked), each partner's own answer shown back
// to them from their own journal, and the appearance the lock screen wears.

import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCK_APPEARANCE_FILE } from '../../src/main/app/lock-appearance.ts'
import { paragraphDoc, PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, withVault } from '../support/vault.ts'

const newBackend = useBackends()
const NONE = { sealed: false, answered: false }

describe('what waits for you both', () => {
  it('is nothing before there is a vault, and nothing while it is open', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    expect((await backend.vault.status()).waitingForBoth).toEqual(NONE)
    const { backend: other } = await newBackend()
    await withVault(other)
    expect((await other.vault.status()).open).toBe(true)
    expect((await other.vault.status()).waitingForBoth).toEqual(NONE)
  })

  it('says a question is answered by both only once both answered, with every journal locked, until they open the vault together', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.vaultReveals.ask({ prompt: 'What made you laugh this week?', answer: 'the cat in the bath' })
    await backend.session.lock()
    expect((await backend.vault.status()).waitingForBoth).toEqual(NONE)

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultReveals.answer({ id, answer: 'your singing' })
    await backend.session.lock()
    expect((await backend.vault.status()).waitingForBoth).toEqual({ sealed: false, answered: true })

    await giveBoth(backend)
    await backend.vault.lock()
    expect((await backend.vault.status()).waitingForBoth).toEqual(NONE)
  })

  it('says something sealed waits after a drop-in, never who wrote it, until the vault is opened together', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.lock()
    await backend.vault.seal({ authorId: ana, title: 'For the two of us', body: paragraphDoc('A picnic on Sunday?'), passphrase: PASS_A })
    const status = await backend.vault.status()
    expect(status.waitingForBoth).toEqual({ sealed: true, answered: false })
    expect(JSON.stringify(status)).not.toContain('picnic')
    await giveBoth(backend)
    await backend.vault.lock()
    expect((await backend.vault.status()).waitingForBoth).toEqual(NONE)
  })
})

describe('your own answer, shown back to you', () => {
  it('is in the asker’s and the answerer’s own waiting list, each only their own, and goes when the question is revealed', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.vaultReveals.ask({ prompt: 'Where should we go in spring?', answer: 'the lakes, by train' })
    expect((await backend.vaultReveals.waiting()).map((q) => [q.id, q.myAnswer])).toEqual([[id, 'the lakes, by train']])
    await backend.session.lock()

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const [before] = await backend.vaultReveals.waiting()
    expect(before).toMatchObject({ id, answeredByMe: false, answeredByPartner: true, myAnswer: null })
    await backend.vaultReveals.answer({ id, answer: 'the coast, by bike' })
    await backend.vaultReveals.answer({ id, answer: 'the coast, on foot' })
    const [after] = await backend.vaultReveals.waiting()
    expect(after).toMatchObject({ answeredByMe: true, myAnswer: 'the coast, on foot' })
    expect(JSON.stringify(after)).not.toContain('lakes')
    await backend.session.lock()

    // Nothing of either answer is in the file as text.
    const bytes = readFileSync(join(dataDir, 'sevenfold.db'))
    expect(bytes.includes('coast')).toBe(false)
    expect(bytes.includes('lakes')).toBe(false)

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await backend.vaultReveals.waiting())[0]!.myAnswer).toBe('the lakes, by train')
    await giveBoth(backend)
    expect(await backend.vaultReveals.waiting()).toEqual([])
    const db = rawDb(dataDir)
    expect(db.prepare('SELECT count(*) AS n FROM reveal_prompts').get()).toEqual({ n: 0 })
    db.close()
  })

  it('survives a re-key of the answerer’s journal', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.vaultReveals.ask({ prompt: 'What do you need more of?', answer: 'sleep' })
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultReveals.answer({ id, answer: 'long breakfasts' })
    await backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: 'new lantern over quiet water', rekey: true })
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: 'new lantern over quiet water' })
    expect((await backend.vaultReveals.waiting())[0]!.myAnswer).toBe('long breakfasts')
    expect((await backend.app.status()).damagedItems).toBe(0)
  })
})

describe('the lock screen’s appearance', () => {
  it('is the one the last open journal chose, kept readable while locked, and nothing else', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    expect((await backend.app.status()).lockAppearance).toBe('system')
    await backend.settings.update({ appearance: 'dark', textSize: 'large' })
    await backend.session.lock()
    expect((await backend.app.status()).lockAppearance).toBe('dark')
    const file = join(dataDir, LOCK_APPEARANCE_FILE)
    expect(readFileSync(file, 'utf8')).toBe('dark')
    expect(statSync(file).mode & 0o777).toBe(0o600)

    // A new start reads it back; Ana's journal, with its own choice, takes its place when it opens.
    backend.close()
    const { backend: again } = await newBackend(dataDir)
    expect((await again.app.status()).lockAppearance).toBe('dark')
    const ana = (await again.app.status()).profiles.find((p) => p.id !== ben)!
    await again.session.unlock({ profileId: ana.id, passphrase: PASS_A })
    await again.session.lock()
    expect((await again.app.status()).lockAppearance).toBe('system')
  })
})
