import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'

const newBackend = useBackends()
const PROMPT = 'What did Ben do this week that you admired?'

async function anaWithReflection(prompt: string = PROMPT) {
  const { backend, dataDir } = await newBackend()
  const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const { id } = await backend.reflections.create({ themeId: 'appreciation', title: '', body: paragraphDoc('He fixed my bike without a word.'), prompt })
  return { backend, dataDir, profileId, id }
}

describe('the prompt a reflection was started from', () => {
  it('is kept with it across saves, a lock and a re-key, and answered only with the reflection', async () => {
    const { backend, profileId, id } = await anaWithReflection()
    expect(await backend.reflections.get({ id })).toMatchObject({ prompt: PROMPT })
    await backend.reflections.update({ id, title: 'Ben and the bike' })
    await backend.reflections.update({ id, body: paragraphDoc('He fixed my bike, and then the gate.') })
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect(await backend.reflections.get({ id })).toMatchObject({ prompt: PROMPT, title: 'Ben and the bike' })
    await backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: 'new river of quiet lanterns', rekey: true })
    expect((await backend.reflections.get({ id })).prompt).toBe(PROMPT)
    // Lists stay small: the prompt comes only with the reflection itself.
    const [header] = await backend.reflections.list()
    expect(header).not.toHaveProperty('prompt')
  })

  it('goes when its writer removes it, and stays gone after a lock', async () => {
    const { backend, profileId, id } = await anaWithReflection()
    await backend.reflections.update({ id, prompt: null })
    expect((await backend.reflections.get({ id })).prompt).toBeNull()
    await backend.session.lock()
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.reflections.get({ id })).prompt).toBeNull()
  })

  it('is null for a reflection started without one, and trimmed and bounded like a question', async () => {
    const { backend } = await anaWithReflection()
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'Plain', body: paragraphDoc('x') })
    expect((await backend.reflections.get({ id })).prompt).toBeNull()
    // Through the request's checks, as the renderer's requests come.
    const made = await dispatch(backend, 'reflections.create', { themeId: 'trust', title: '', body: paragraphDoc('y'), prompt: '  Why?  ' })
    const trimmed = (made as { ok: true; value: { id: string } }).value.id
    expect((await backend.reflections.get({ id: trimmed })).prompt).toBe('Why?')
    const blank = await dispatch(backend, 'reflections.create', { themeId: 'trust', title: '', body: paragraphDoc('z'), prompt: '   ' })
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'prompt' } })
    expect(await dispatch(backend, 'reflections.update', { id, prompt: 'p'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'prompt' }
    })
    expect(await dispatch(backend, 'reflections.update', { id, prompt: null })).toMatchObject({ ok: true })
  })

  it('never reaches the disk in plaintext (the canary, WAL included)', async () => {
    const canary = `promptcanary${Date.now().toString(36)}heron`
    const { backend, dataDir, id } = await anaWithReflection(`${canary} what did you admire?`)
    await backend.reflections.update({ id, prompt: `${canary} edited prompt` })
    await backend.session.lock()
    expect(canarySightings(dataDir, canary)).toEqual([])
  })
})

describe('a reflection saved with no title', () => {
  it('is listed, answered and searched under its first line, and a typed title wins', async () => {
    const { backend, id } = await anaWithReflection()
    const long = await backend.reflections.create({
      themeId: 'appreciation',
      title: '   ',
      body: paragraphDoc('', 'Today I noticed how patiently Ben waited for me while I talked through the whole long day', 'second line')
    })
    const empty = await backend.reflections.create({ themeId: 'appreciation', title: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } })
    const listed = new Map((await backend.reflections.list()).map((r) => [r.id, r]))
    expect(listed.get(id)).toMatchObject({ title: 'He fixed my bike without a word.', titled: false })
    expect(listed.get(long.id)).toMatchObject({ title: 'Today I noticed how patiently Ben waited for me while I…', titled: false })
    expect(listed.get(empty.id)).toMatchObject({ title: '', titled: false })

    const hits = await backend.search.query({ text: 'bike' })
    expect(hits.hits.find((h) => h.kind === 'reflection' && h.id === id)).toMatchObject({ title: 'He fixed my bike without a word.' })

    await backend.reflections.update({ id, title: 'Ben, quietly' })
    expect((await backend.reflections.get({ id })).title).toBe('Ben, quietly')
    // The first line follows the body as it changes.
    await backend.reflections.update({ id: long.id, body: paragraphDoc('A new first line') })
    expect((await backend.reflections.list()).find((r) => r.id === long.id)).toMatchObject({ title: 'A new first line', titled: false })
  })
})
