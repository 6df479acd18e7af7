// Issue 17, item 2, in the vault: a needs check-in shared from each journal, sealed (neither can
// read it alone), opened together as an envelope, then side by side, each with what the other
// could do this week for its first need.

import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import type { NeedsCheckIn } from '../../src/shared/needs.ts'
import { richTextToPlain } from '../../src/shared/rich-text.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { giveBoth, manualClock, refusal, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const DAY = 86_400_000

const ANAS: NeedsCheckIn = { top: [{ id: 'heard' }, { own: 'A slow Saturday' }], line: 'Work has been loud' }
const BENS: NeedsCheckIn = { top: [{ id: 'encouraged' }] }

/** Both journals and their vault, locked, and nothing open. */
async function couple() {
  const { backend, dataDir } = await newBackend()
  const ids = await withVault(backend)
  await backend.vault.lock()
  await backend.session.lock()
  return { backend, dataDir, ...ids }
}

async function shareAs(backend: SevenfoldBackend, profileId: string, passphrase: string, needs: NeedsCheckIn) {
  await backend.session.unlock({ profileId, passphrase })
  const { id } = await backend.needs.save({ top: needs.top, line: needs.line })
  return backend.vaultShared.shareNeeds({ id })
}

describe('a needs check-in shared into the vault', () => {
  it('is sealed with its needs, read by neither alone, and opened together as an envelope before it shows', async () => {
    const { backend, dataDir, ana, ben } = await couple()
    const canary = `needcanary${Date.now().toString(36)}`
    const marked = await shareAs(backend, ana, PASS_A, { ...ANAS, top: [{ id: 'heard' }, { own: `A ${canary} morning` }] })
    expect(marked.sharedAt).toBe(new Date(clock.now()).toISOString())
    expect((await backend.reflections.get({ id: marked.id })).sharedAt).toBe(marked.sharedAt)
    await backend.session.lock()
    expect(canarySightings(dataDir, canary)).toEqual([])
    for (const [profileId, passphrase] of [
      [ana, PASS_A],
      [ben, PASS_B]
    ] as const) {
      await backend.session.unlock({ profileId, passphrase })
      expect((await refusal(backend.vaultShared.needsTogether())).code).toBe('LOCKED')
      expect((await refusal(backend.vaultSecrets.list())).code).toBe('LOCKED')
    }

    await giveBoth(backend)
    const [header] = await backend.vaultSecrets.list()
    expect(header).toMatchObject({
      authorId: ana,
      isNew: true,
      kind: 'needs',
      title: 'What I need right now',
      needs: { top: [{ id: 'heard' }, { own: `A ${canary} morning` }], line: ANAS.line },
      sharedFrom: { themeId: 'emotional-needs', date: marked.date }
    })
    // Still in its envelope: the side by side says only that it is there.
    expect(await backend.vaultShared.needsTogether()).toEqual([
      { profileId: ana, latest: { secretId: header!.id, date: header!.date, isNew: true, needs: null, offer: null } },
      { profileId: ben, latest: null }
    ])
    expect((await refusal(backend.vaultShared.offerForNeed({ id: header!.id, text: 'Tea and listening' }))).code).toBe('INVALID_INPUT')
    const opened = await backend.vaultSecrets.get({ id: header!.id })
    expect(richTextToPlain(opened.body)).toBe(`1. To be heard\n2. A ${canary} morning\nA line about it: ${ANAS.line}`)
    const [anas, bens] = await backend.vaultShared.needsTogether()
    expect(anas!.latest).toMatchObject({ isNew: false, needs: { line: ANAS.line }, offer: null })
    expect(bens!.latest).toBeNull()
  })

  it('shows the latest of each side by side; what the other could do is kept, changed, taken away, and always from the other', async () => {
    const { backend, ana, ben } = await couple()
    await shareAs(backend, ana, PASS_A, { top: [{ id: 'forgiven' }] })
    clock.advance(DAY)
    await shareAs(backend, ana, PASS_A, ANAS)
    await shareAs(backend, ben, PASS_B, BENS)
    await giveBoth(backend)
    for (const secret of await backend.vaultSecrets.list()) await backend.vaultSecrets.get({ id: secret.id })

    const together = await backend.vaultShared.needsTogether()
    expect(together.map((side) => [side.profileId, side.latest?.needs])).toEqual([
      [ana, ANAS],
      [ben, BENS]
    ])
    const anasId = together[0]!.latest!.secretId
    const bensId = together[1]!.latest!.secretId
    clock.advance(60_000)
    const after = await backend.vaultShared.offerForNeed({ id: anasId, text: '  Ask about your day, and only listen  ' })
    expect(after[0]!.latest!.offer).toEqual({ authorId: ben, text: 'Ask about your day, and only listen', at: new Date(clock.now()).toISOString() })
    await backend.vaultShared.offerForNeed({ id: bensId, text: 'Cheer you on at the race' })
    await backend.vaultShared.offerForNeed({ id: bensId, text: 'Come to the race with a sign' })
    // Replies and marks stay as they were beside it.
    await backend.vaultShared.react({ on: { kind: 'secret', id: bensId }, authorId: ana, reaction: 'love' })

    await backend.vault.lock()
    await giveBoth(backend)
    const again = await backend.vaultShared.needsTogether()
    expect(again[0]!.latest!.offer).toMatchObject({ authorId: ben, text: 'Ask about your day, and only listen' })
    expect(again[1]!.latest!.offer).toMatchObject({ authorId: ana, text: 'Come to the race with a sign' })
    expect((await backend.vaultSecrets.get({ id: bensId })).responses).toMatchObject({ reactions: [{ authorId: ana, reaction: 'love' }], replies: [] })

    const cleared = await backend.vaultShared.offerForNeed({ id: bensId, text: '   ' })
    expect(cleared[1]!.latest!.offer).toBeNull()
  })

  it('cannot be edited in the vault, only read, answered or deleted; other secrets take no offer; only a needs check-in is shared this way', async () => {
    const { backend, ana } = await couple()
    await shareAs(backend, ana, PASS_A, ANAS)
    const plain = await backend.reflections.create({ themeId: 'emotional-needs', title: 'Just words', body: paragraphDoc('Not a check-in') })
    expect((await refusal(backend.vaultShared.shareNeeds({ id: plain.id }))).code).toBe('INVALID_INPUT')
    await giveBoth(backend)
    const [needs] = await backend.vaultSecrets.list()
    await backend.vaultSecrets.get({ id: needs!.id })
    for (const change of [
      { body: paragraphDoc('Something else') },
      { title: 'Changed' },
      { authorId: (await backend.vault.status()).partners[1]!.profileId }
    ]) {
      expect((await refusal(backend.vaultSecrets.update({ id: needs!.id, ...change }))).code).toBe('INVALID_INPUT')
    }
    const other = await backend.vaultSecrets.create({ authorId: ana, title: 'A secret', body: paragraphDoc('hello') })
    expect((await refusal(backend.vaultShared.offerForNeed({ id: other.id, text: 'Something' }))).code).toBe('INVALID_INPUT')
    await backend.vaultSecrets.delete({ id: needs!.id })
    expect((await backend.vaultShared.needsTogether()).map((side) => side.latest)).toEqual([null, null])
  })
})
