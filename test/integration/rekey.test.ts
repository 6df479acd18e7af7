// Re-keying a journal and the vault: everything reads back as it was under the new key, what
// was damaged stays counted, questions and vouchers still work, a lock during it rolls it all
// back, and requests made meanwhile wait for it and then land under the new key.

import { describe, expect, it } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { NEW_PART_A, NEW_PART_B, editBlob, flipped, giveBoth, rawDb, refusal, withVault } from '../support/vault.ts'

const NEW_PASS_B = 'harbour lights over a sleeping town'

describe('re-keying a journal', () => {
  const backendIn = useBackends()

  it('keeps every reflection, setting and question, the damaged one still counted, under the new passphrase only', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    for (let i = 0; i < 450; i++) await backend.reflections.create({ themeId: 'trust', title: `Ben ${i}`, body: paragraphDoc(`words ${i}`) })
    const [edited, damaged] = (await backend.reflections.list()).map((r) => r.id)
    await backend.reflections.update({ id: edited!, body: paragraphDoc('changed later') })
    await backend.settings.update({ textSize: 'large', appearance: 'dark' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.ask({ prompt: 'What do you miss?', answer: 'the old flat' })
    await backend.session.lock()
    editBlob(dataDir, 'reflection_bodies', 'body', 'id = ?', [damaged!], (blob) => flipped(blob, 30))
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    // His own question's copy is under his journal key, the one from Ana sealed to his key pair: both are carried over.
    await backend.vaultReveals.ask({ prompt: 'Where next?', answer: 'the hills' })
    // What Ben reads: every title, every body that opens (the damaged one refuses), settings, questions.
    const readable = async () => {
      const list = await backend.reflections.list()
      const bodies = await Promise.all(list.filter((r) => r.id !== damaged).map(async ({ id }) => (await backend.reflections.get({ id })).body))
      return {
        titles: list.map((r) => r.title).sort(),
        bodies,
        settings: await backend.settings.get(),
        questions: (await backend.vaultReveals.waiting()).map((q) => q.prompt)
      }
    }
    const was = await readable()

    const progress: Array<{ done: number; total: number } | null> = []
    const watching = setInterval(() => void backend.session.rekeyProgress().then((p) => progress.push(p)), 1)
    const { recoveryCode } = (await backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: NEW_PASS_B, rekey: true }))!
    clearInterval(watching)
    expect(recoveryCode).toBeTruthy()
    expect(progress.some((p) => p !== null && p.total === 450 && p.done > 0 && p.done < 450)).toBe(true)
    expect(await backend.session.rekeyProgress()).toBeNull()
    expect(await readable()).toEqual(was)
    expect((await refusal(backend.reflections.get({ id: damaged! }))).code).toBe('TAMPERED')

    // And again after a fresh unlock, with the new passphrase: nothing more is counted damaged.
    await backend.session.lock()
    expect((await refusal(backend.session.unlock({ profileId: ben, passphrase: PASS_B }))).code).toBe('WRONG_PASSPHRASE')
    await backend.session.unlock({ profileId: ben, passphrase: NEW_PASS_B })
    expect(await readable()).toEqual(was)
    expect((await backend.app.status()).damagedItems).toBe(0)
    expect((await backend.search.query({ text: 'changed later' })).total).toBe(1)
    // His pins were carried over and his new sealing key vouched for: both ways of sealing still work.
    await backend.vault.seal({ authorId: ben, title: 'after the re-key', body: paragraphDoc('x') })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.ask({ prompt: 'And now?', answer: 'still here' })
    await backend.session.unlock({ profileId: ben, passphrase: NEW_PASS_B })
    expect((await backend.vaultReveals.waiting()).map((q) => q.prompt).sort()).toEqual(['And now?', 'What do you miss?', 'Where next?'])
  })

  it('a lock while it runs rolls it back: the old passphrase opens everything as it was', async () => {
    const { backend } = await backendIn()
    const { ben } = await withVault(backend)
    for (let i = 0; i < 600; i++) await backend.reflections.create({ themeId: 'trust', title: `Ben ${i}`, body: paragraphDoc(`words ${i}`) })
    const rekeying = backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: NEW_PASS_B, rekey: true })
    // Once it has started on the reflections.
    while (!((await backend.session.rekeyProgress())?.done ?? 0)) await new Promise((resolve) => setTimeout(resolve, 1))
    await backend.session.lock()
    expect((await refusal(rekeying)).code).toBe('LOCKED')

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const list = await backend.reflections.list()
    expect(list).toHaveLength(600)
    for (const { id } of list.slice(0, 50)) expect((await backend.reflections.get({ id })).body).toBeTruthy()
    expect((await backend.app.status()).damagedItems).toBe(0)
  })

  it('holds other requests back while it runs, then does them under the new key', async () => {
    const { backend } = await backendIn()
    const { ben } = await withVault(backend)
    for (let i = 0; i < 300; i++) await backend.reflections.create({ themeId: 'trust', title: `Ben ${i}`, body: paragraphDoc(`words ${i}`) })
    const rekeying = backend.session.changePassphrase({ currentPassphrase: PASS_B, newPassphrase: NEW_PASS_B, rekey: true })
    while (!((await backend.session.rekeyProgress())?.done ?? 0)) await new Promise((resolve) => setTimeout(resolve, 1))
    const saved = backend.reflections.create({ themeId: 'trust', title: 'During the re-key', body: paragraphDoc('kept') })
    await rekeying
    const { id } = await saved
    await backend.session.lock()
    await backend.session.unlock({ profileId: ben, passphrase: NEW_PASS_B })
    expect((await backend.reflections.get({ id })).body).toEqual(paragraphDoc('kept'))
    expect((await backend.app.status()).damagedItems).toBe(0)
  })
})

describe('re-keying the vault', () => {
  const backendIn = useBackends()

  it('keeps every secret, reveal and setting, and both journals follow its new keys at once', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ben, title: 'A secret', body: paragraphDoc('only ours') })
    await backend.vault.setAutoLock({ minutes: 7 })
    await backend.vault.lock()
    const both = await backend.vaultReveals.ask({ prompt: 'Both of us?', answer: 'from Ben' })
    await backend.vaultReveals.ask({ prompt: 'Only Ben so far?', answer: 'waiting' })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.answer({ id: both.id, answer: 'from Ana' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await giveBoth(backend)
    const reveals = await backend.vaultReveals.list()
    const secrets = await Promise.all((await backend.vaultSecrets.list()).map(({ id }) => backend.vaultSecrets.get({ id })))

    const { recoveryHalves } = (await backend.vault.changePassphrase({
      currentPartA: PART_A,
      currentPartB: PART_B,
      newPartA: NEW_PART_A,
      newPartB: NEW_PART_B,
      rekey: true,
      journalPassphraseA: PASS_A,
      journalPassphraseB: PASS_B
    }))!
    expect(recoveryHalves.a).toBeTruthy()
    expect(await backend.vault.status()).toMatchObject({ open: true, autoLockMinutes: 7, damagedItems: 0 })
    expect(await backend.vaultReveals.list()).toEqual(reveals)
    expect(await Promise.all((await backend.vaultSecrets.list()).map(({ id }) => backend.vaultSecrets.get({ id })))).toEqual(secrets)

    // Both journals learnt the new keys in the re-key itself: each seals to them at once.
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ben, title: 'From Ben, after', body: paragraphDoc('x') })
    await backend.vault.seal({ authorId: ana, title: 'From Ana, after', body: paragraphDoc('x'), passphrase: PASS_A })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    // The roster key stayed, so the vouchers did: Ana can still ask Ben.
    await backend.vaultReveals.ask({ prompt: 'After the change?', answer: 'yes' })
    await giveBoth(backend, NEW_PART_A, NEW_PART_B)
    expect((await backend.vaultSecrets.list()).map((s) => s.title).sort()).toEqual(['A secret', 'From Ana, after', 'From Ben, after'])
    const db = rawDb(dataDir)
    expect(db.prepare('SELECT count(*) AS n FROM vault_sealed').get()).toEqual({ n: 0 })
    db.close()
  })
})
