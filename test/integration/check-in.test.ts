import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { CHECK_IN_TITLE, type CheckInLines } from '../../src/shared/check-ins.ts'
import { localDate } from '../../src/shared/dates.ts'
import { richTextToPlain } from '../../src/shared/rich-text.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { giveBoth, manualClock, refusal, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const DAY = 86_400_000

const LINES: CheckInLines = { forward: 'Lunch in the park', heard: 'A podcast about owls', tell: 'I found your blue scarf' }

async function ana() {
  const { backend, dataDir } = await newBackend()
  const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  return { backend, dataDir, profileId }
}

describe('the daily check-in', () => {
  it('is one a day: a second save the same day changes it, the next day makes another', async () => {
    const { backend, profileId } = await ana()
    const first = await backend.checkIns.save({ lines: LINES })
    const today = localDate(new Date(clock.now()))
    expect(first).toMatchObject({ themeId: 'small-talk', date: today, title: CHECK_IN_TITLE, titled: true, checkIn: LINES })
    clock.advance(60_000)
    const edited = { ...LINES, heard: 'A podcast about owls, and one on bees' }
    const second = await backend.checkIns.save({ lines: edited })
    expect(second.id).toBe(first.id)
    expect(await backend.reflections.list({ themeId: 'small-talk' })).toHaveLength(1)

    clock.advance(DAY)
    const tomorrow = await backend.checkIns.save({ lines: { forward: 'Rest', heard: '', tell: '' } })
    expect(tomorrow.id).not.toBe(first.id)
    expect(tomorrow.date).toBe(localDate(new Date(clock.now())))

    // Its lines come back from the encrypted header after a lock, and its body says them, labelled.
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    const listed = new Map((await backend.reflections.list()).map((r) => [r.id, r]))
    expect(listed.get(first.id)!.checkIn).toEqual(edited)
    expect(listed.get(tomorrow.id)!.checkIn).toEqual({ forward: 'Rest', heard: '', tell: '' })
    const body = richTextToPlain((await backend.reflections.get({ id: first.id })).body)
    expect(body).toContain('Looking forward to: Lunch in the park')
    expect(body).toContain('Read, watched or heard: A podcast about owls, and one on bees')
    expect(body).toContain('To tell my partner: I found your blue scarf')
    expect(richTextToPlain((await backend.reflections.get({ id: tomorrow.id })).body)).toBe('Looking forward to: Rest')
    // Search finds it like any reflection.
    const found = await backend.search.query({ text: 'scarf' })
    expect(found.hits.map((hit) => ('id' in hit ? hit.id : null))).toContain(first.id)
  })

  it('is refused with nothing written, or a line that is not short, and an ordinary edit cannot change it', async () => {
    const { backend } = await ana()
    expect(await dispatch(backend, 'checkIns.save', { lines: { forward: ' ', heard: '', tell: '' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
    expect(await dispatch(backend, 'checkIns.save', { lines: { ...LINES, tell: 'x'.repeat(281) } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'lines.tell' }
    })
    const { id } = await backend.checkIns.save({ lines: LINES })
    expect((await refusal(backend.reflections.update({ id, body: paragraphDoc('other words') }))).code).toBe('INVALID_INPUT')
    expect((await refusal(backend.reflections.update({ id, date: '2020-01-01' }))).code).toBe('INVALID_INPUT')
    // Nor can a prompt be added to it, or taken away: it is no reflection started from one.
    expect((await refusal(backend.reflections.update({ id, prompt: 'Planted prompt' }))).code).toBe('INVALID_INPUT')
    expect((await refusal(backend.reflections.update({ id, prompt: null }))).code).toBe('INVALID_INPUT')
    expect((await backend.reflections.get({ id })).prompt).toBeNull()
    expect((await backend.reflections.list())[0]!.checkIn).toEqual(LINES)
    // An ordinary reflection of the same theme and day is no check-in and is left alone.
    const plain = await backend.reflections.create({ themeId: 'small-talk', title: 'Breakfast', body: paragraphDoc('We talked about the news.') })
    expect((await backend.checkIns.save({ lines: { ...LINES, forward: 'Tea' } })).id).toBe(id)
    expect((await backend.reflections.get({ id: plain.id })).checkIn).toBeUndefined()
  })

  it('never reaches the disk in plaintext (the canary, WAL included)', async () => {
    const canary = `checkincanary${Date.now().toString(36)}`
    const { backend, dataDir } = await ana()
    await backend.checkIns.save({ lines: { forward: `${canary}one`, heard: `${canary}two`, tell: `${canary}three` } })
    await backend.checkIns.save({ lines: { forward: `${canary}four`, heard: `${canary}five`, tell: `${canary}six` } })
    await backend.session.lock()
    expect(canarySightings(dataDir, canary)).toEqual([])
  })

  it('shares its third line only, sealed: read only with the vault open together, marked as from a check-in', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const canary = `tellcanary${Date.now().toString(36)}`
    const { id } = await backend.checkIns.save({ lines: { ...LINES, tell: `The ${canary} came back` } })
    const marked = await backend.vaultShared.shareCheckIn({ id })
    expect(marked.sharedAt).toEqual(new Date(clock.now()).toISOString())
    await backend.session.lock()
    expect(canarySightings(dataDir, canary)).toEqual([])

    // Neither alone can read it.
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await refusal(backend.vaultSecrets.list())).code).toBe('LOCKED')
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await refusal(backend.vaultSecrets.list())).code).toBe('LOCKED')

    await giveBoth(backend)
    const [header] = await backend.vaultSecrets.list()
    expect(header).toMatchObject({ authorId: ana, title: 'A small thing to tell you', sharedFrom: { themeId: 'small-talk', kind: 'check-in' } })
    const secret = await backend.vaultSecrets.get({ id: header!.id })
    const words = richTextToPlain(secret.body)
    expect(words).toBe(`The ${canary} came back`)
    expect(words).not.toContain(LINES.forward)
    expect(words).not.toContain(LINES.heard)
  })

  it('has nothing to share without a third line, and an ordinary reflection is no check-in', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.checkIns.save({ lines: { ...LINES, tell: '' } })
    expect((await refusal(backend.vaultShared.shareCheckIn({ id }))).code).toBe('INVALID_INPUT')
    const plain = await backend.reflections.create({ themeId: 'small-talk', title: 'x', body: paragraphDoc('y') })
    expect((await refusal(backend.vaultShared.shareCheckIn({ id: plain.id }))).code).toBe('INVALID_INPUT')
  })
})
