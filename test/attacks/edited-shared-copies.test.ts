// Shared copies in the open vault, played by Ben while the vault is open together. A copy that
// came from a journal (a reflection, a check-in's line, a needs check-in) and a thank-you note say
// who wrote them and where they came from, from inside the seal. Ben wants one to lie: he gives
// his own check-in line and reflection Ana's name, so they would read "From Ana's check-in", and
// rewords Ana's note, which would still read "For Ben, from Ana". Each change is refused, with a
// sentence saying what to do instead, and the copy stays as it was sealed. A secret written in
// the vault (or dropped in sealed), and time together's ideas, are changed as before.

import { describe, expect, it } from 'vitest'
import type { VaultSecretHeader } from '../../src/shared/contract.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { giveBoth, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

async function copiesOfBoth() {
  const { backend } = await newBackend()
  const { ana, ben } = await withVault(backend)
  await backend.vault.lock()
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  await backend.vaultShared.thank({ text: 'For the soup' })
  await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
  const checkIn = await backend.checkIns.save({ lines: { forward: '', heard: '', tell: 'Ben’s own line' } })
  await backend.vaultShared.shareCheckIn({ id: checkIn.id })
  const reflection = await backend.reflections.create({ themeId: 'trust', title: 'Ben wrote this', body: paragraphDoc('Ben’s words') })
  await backend.vaultShared.share({ id: reflection.id })
  await backend.vaultShared.shareNeeds({ id: (await backend.needs.save({ top: [{ id: 'heard' }] })).id })
  await giveBoth(backend)
  // Opened together first, so none is refused only for being new.
  for (const secret of await backend.vaultSecrets.list()) await backend.vaultSecrets.get({ id: secret.id })
  return { backend, ana, ben }
}

const find = (list: readonly VaultSecretHeader[], test: (s: VaultSecretHeader) => boolean) => list.find(test)!

describe('a copy shared from a journal, or a thank-you note, in the open vault', () => {
  it('cannot be given the other’s name, reworded, retitled or redated: it stays as sealed', async () => {
    const { backend, ana } = await copiesOfBoth()
    const before = await backend.vaultSecrets.list()
    const copies = {
      line: find(before, (s) => s.sharedFrom?.kind === 'check-in'),
      reflection: find(before, (s) => s.sharedFrom !== undefined && s.sharedFrom.kind === undefined && s.kind === undefined),
      note: find(before, (s) => s.kind === 'thanks'),
      needs: find(before, (s) => s.kind === 'needs')
    }
    const bodies = await Promise.all(Object.values(copies).map(async (copy) => (await backend.vaultSecrets.get({ id: copy.id })).body))
    const changes = [{ authorId: ana }, { body: paragraphDoc('I want to move out') }, { title: 'Something else' }, { date: '2020-01-01' }, {}]
    for (const [what, copy] of Object.entries(copies)) {
      for (const change of changes) {
        const refused = await refusal(backend.vaultSecrets.update({ id: copy.id, ...change }))
        expect(refused.code, what).toBe('INVALID_INPUT')
        expect(refused.message, what).toMatch(/can be read, answered or deleted/)
      }
    }
    expect(await backend.vaultSecrets.list()).toEqual(before)
    expect(await Promise.all(Object.values(copies).map(async (copy) => (await backend.vaultSecrets.get({ id: copy.id })).body))).toEqual(bodies)
  })

  it('can still be answered, marked and deleted; a secret written in the vault or dropped in sealed, and an idea, change as before', async () => {
    const { backend, ana, ben } = await copiesOfBoth()
    const note = find(await backend.vaultSecrets.list(), (s) => s.kind === 'thanks')
    expect((await backend.vaultShared.reply({ on: { kind: 'secret', id: note.id }, authorId: ben, text: 'Any time' })).replies).toHaveLength(1)
    expect((await backend.vaultShared.react({ on: { kind: 'secret', id: note.id }, authorId: ben, reaction: 'love' })).reactions).toHaveLength(1)
    await backend.vaultSecrets.delete({ id: note.id })
    expect((await backend.vaultSecrets.list()).some((s) => s.kind === 'thanks')).toBe(false)

    const written = await backend.vaultSecrets.create({ authorId: ben, title: 'Ours', body: paragraphDoc('Written here') })
    expect(await backend.vaultSecrets.update({ id: written.id, authorId: ana, body: paragraphDoc('Written here, by Ana') })).toMatchObject({
      authorId: ana,
      excerpt: 'Written here, by Ana'
    })
    await backend.vault.lock()
    await backend.vault.seal({ authorId: ben, title: 'Sealed', body: paragraphDoc('Dropped in'), passphrase: PASS_B })
    await giveBoth(backend)
    const sealed = find(await backend.vaultSecrets.list(), (s) => s.title === 'Sealed')
    await backend.vaultSecrets.get({ id: sealed.id })
    expect(await backend.vaultSecrets.update({ id: sealed.id, title: 'Sealed, then changed' })).toMatchObject({ title: 'Sealed, then changed' })

    const ideas = (await backend.vaultTime.addIdea({ text: 'A picnic' })).ideas
    const picnic = ideas.find((i) => i.text === 'A picnic')!
    expect((await backend.vaultTime.removeIdea({ id: picnic.id })).ideas.some((i) => i.text === 'A picnic')).toBe(false)
  })
})
