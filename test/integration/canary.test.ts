import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings, filesIn } from '../support/canary.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { giveBoth, withVault } from '../support/vault.ts'
import { localDate } from '../../src/shared/dates.ts'
import { SEED_IDEAS, weekStartOf } from '../../src/shared/time-together.ts'

const newBackend = useBackends()
const tempDir = useTempDirs()

describe('the canary: nothing a person wrote reaches the disk in plaintext', () => {
  it('finds the unique words of titles and bodies in no file of the data folder, WAL included', async () => {
    const { backend, dataDir } = await newBackend()
    const canary = `canary${Date.now().toString(36)}zebra`
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (let i = 0; i < 30; i++) {
      await backend.reflections.create({ themeId: 'being-there', title: `${canary} title ${i}`, body: paragraphDoc(`${canary} body ${i}`) })
    }
    const { id } = await backend.reflections.create({ themeId: 'quality-time', title: canary, body: paragraphDoc(canary) })
    await backend.reflections.update({ id, title: `${canary} edited`, body: paragraphDoc(`${canary} edited body`) })
    await backend.session.lock()

    const files = filesIn(dataDir)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    expect(canarySightings(dataDir, canary)).toEqual([])
    for (const file of files) {
      const bytes = readFileSync(file)
      // The theme ids are chosen by a person too: they must not appear either.
      for (const theme of ['being-there', 'quality-time']) expect(bytes.includes(Buffer.from(theme)), `${theme} in ${file}`).toBe(false)
    }
  })

  it('finds no word of an occasion (what, the way to be there, its follow-up) in any file, changed or put aside (issue 17, item 7)', async () => {
    const { backend, dataDir } = await newBackend()
    const canary = `occasioncanary${Date.now().toString(36)}heron`
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await backend.occasions.note({ what: `${canary} what`, on: '2026-03-05', tone: 'hard', line: `${canary} line` })
    await backend.occasions.change({ id, what: `${canary} what changed`, on: '2026-03-06', tone: 'hopeful', line: `${canary} line changed` })
    await backend.occasions.setAside({ id, aside: true })
    await backend.occasions.note({ what: `${canary} second`, on: '2026-03-09' })
    await backend.reflections.create({ themeId: 'being-there', title: '', body: paragraphDoc(`${canary} after`), prompt: `After “${canary}”`, followsUp: id })
    await backend.session.lock()

    expect(filesIn(dataDir).some((f) => f.endsWith('-wal'))).toBe(true)
    expect(canarySightings(dataDir, canary)).toEqual([])
    // Nor the kinds of moment, which a person chose.
    for (const file of filesIn(dataDir)) {
      const bytes = readFileSync(file)
      for (const word of ['hopeful', 'Something hard', 'followsUp', 'asideAt']) expect(bytes.includes(Buffer.from(word)), `${word} in ${file}`).toBe(false)
    }
  })

  it('finds nothing a partner wrote into the vault, sealed or not, asked or answered, in any file of the data folder', async () => {
    const { backend, dataDir } = await newBackend()
    const canary = `vaultcanary${Date.now().toString(36)}otter`
    const { ana, ben } = await withVault(backend)
    for (let i = 0; i < 10; i++) {
      await backend.vaultSecrets.create({ authorId: ana, title: `${canary} secret title ${i}`, body: paragraphDoc(`${canary} secret body ${i}`) })
    }
    // Time together: an idea planned for this week, then logged, and a time logged of their own.
    const { ideas } = await backend.vaultTime.addIdea({ text: `${canary} idea` })
    await backend.vaultTime.plan({ id: ideas[0]!.id, week: weekStartOf(new Date()) })
    await backend.vaultTime.log({ date: localDate(), what: `${canary} idea`, ideaId: ideas[0]!.id })
    await backend.vaultTime.log({ date: '2026-01-02', what: `${canary} time logged` })
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ben, title: `${canary} sealed title`, body: paragraphDoc(`${canary} sealed body`), passphrase: PASS_B })
    await backend.vaultTime.sealIdea({ authorId: ben, text: `${canary} sealed idea`, passphrase: PASS_B })
    // Ben's journal is open: he asks and answers, then Ana answers from hers.
    const { id } = await backend.vaultReveals.ask({ prompt: `${canary} prompt`, answer: `${canary} answer of Ben` })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.answer({ id, answer: `${canary} answer of Ana` })
    expect(canarySightings(dataDir, canary), 'while sealed').toEqual([])

    // Opening together moves the drop-in under the vault key and reveals both answers.
    await giveBoth(backend)
    expect(await backend.vaultSecrets.list()).toHaveLength(11)
    expect((await backend.vaultTime.list()).ideas.filter((idea) => idea.text.startsWith(canary))).toHaveLength(2)
    expect((await backend.vaultReveals.list()).map((r) => r.answers.length)).toEqual([2])
    await backend.session.lock()

    expect(filesIn(dataDir).some((f) => f.endsWith('-wal'))).toBe(true)
    expect(canarySightings(dataDir, canary), 'after opening').toEqual([])
    // Nor is either part of the joint passphrase kept, nor what kind of item each row of the vault is.
    for (const part of [PART_A, PART_B]) expect(canarySightings(dataDir, part)).toEqual([])
    for (const word of ['together-log', 'ideasSeeded', SEED_IDEAS[0]!.text]) expect(canarySightings(dataDir, word), word).toEqual([])
  })

  it('finds no need in one’s own words, line of a needs check-in, or “one thing I could do”, in the journal or the vault', async () => {
    const { backend, dataDir } = await newBackend()
    const canary = `needscanary${Date.now().toString(36)}heron`
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.needs.save({ top: [{ own: `${canary} own need` }, { id: 'heard' }], line: `${canary} line` })
    await backend.needs.save({ top: [{ id: 'heard' }, { own: `${canary} own need changed` }], line: `${canary} line changed` })
    await backend.vaultShared.shareNeeds({ id })
    expect(canarySightings(dataDir, canary), 'while sealed').toEqual([])

    await giveBoth(backend)
    const [shared] = await backend.vaultShared.needsTogether()
    await backend.vaultSecrets.get({ id: shared!.latest!.secretId })
    await backend.vaultShared.offerForNeed({ id: shared!.latest!.secretId, text: `${canary} one thing I could do` })
    await backend.vaultShared.offerForNeed({ id: shared!.latest!.secretId, text: `${canary} one thing changed` })
    await backend.session.lock()

    expect(filesIn(dataDir).some((f) => f.endsWith('-wal'))).toBe(true)
    expect(canarySightings(dataDir, canary), 'after opening').toEqual([])
  })

  it('is a test that can fail: the same search finds the canary in a file that holds it', () => {
    const dir = tempDir()
    const canary = 'canaryzebra-check'
    writeFileSync(join(dir, 'plain-wal'), Buffer.concat([Buffer.from('xx'), Buffer.from(canary, 'utf16le'), Buffer.from('yy')]))
    writeFileSync(join(dir, 'b64'), Buffer.from(`{"x":"${Buffer.from(`.${canary}`).toString('base64')}"}`))
    // base64 and base64url coincide here: the canary's base64 has no '+' or '/'.
    expect(canarySightings(dir, canary).sort()).toEqual([
      `base64+1 in ${join(dir, 'b64')}`,
      `base64url+1 in ${join(dir, 'b64')}`,
      `utf16le in ${join(dir, 'plain-wal')}`
    ])
  })
})
