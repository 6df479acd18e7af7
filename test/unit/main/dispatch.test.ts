import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch.ts'
import { createApi } from '../../../src/shared/api.ts'
import { CHANNELS } from '../../../src/shared/contract.ts'
import { METHODS } from '../../../src/shared/methods.ts'
import { PASS_A, useBackends } from '../../support/backend.ts'

const newBackend = useBackends()

describe('dispatching a renderer request', () => {
  it('knows every method of the contract under the same names the preload uses', () => {
    const fromNames = Object.entries(METHODS).flatMap(([group, names]) => names.map((name) => `${group}.${name}`))
    expect(CHANNELS.map((c) => c.channel)).toEqual(fromNames)
  })

  it('refuses unknown channels, including prototype names, without calling anything', async () => {
    const { backend } = await newBackend()
    for (const channel of ['db.exec', '__proto__', 'constructor', 'app.status.call', 42]) {
      expect(await dispatch(backend, channel, undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'channel' } })
    }
  })

  it('answers INVALID_INPUT naming the field for payloads that do not match the schema', async () => {
    const { backend } = await newBackend()
    const cases: Array<[string, unknown, string]> = [
      ['profile.create', { displayName: '', passphrase: PASS_A }, 'displayName'],
      ['profile.create', { displayName: 'Ana', passphrase: 'x'.repeat(2000) }, 'passphrase'],
      ['profile.create', { displayName: 'Ana', passphrase: PASS_A, admin: true }, 'request'],
      ['session.unlock', { profileId: '../../etc', passphrase: PASS_A }, 'profileId'],
      ['reflections.create', { themeId: 'romance', title: 't', body: { type: 'doc' } }, 'themeId'],
      ['reflections.create', { themeId: 'trust', title: 't', body: { type: 'doc' }, date: '2026-02-30' }, 'date'],
      ['reflections.create', { themeId: 'trust', title: 't', body: '<img src=x onerror=alert(1)>' }, 'body'],
      ['reflections.get', null, 'request'],
      ['app.status', { sneaky: 1 }, 'request']
    ]
    for (const [channel, payload, field] of cases) {
      const result = await dispatch(backend, channel, payload)
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
      if (!result.ok) expect(result.error.message).toMatch(/^The /)
    }
    expect((await backend.app.status()).profiles).toEqual([])
  })

  it('carries domain errors as codes and sentences, and values as ok results, through createApi', async () => {
    const { backend } = await newBackend()
    const api = createApi((channel, payload) => dispatch(backend, channel, payload))
    expect(await api.app.status()).toMatchObject({ profiles: [], unlockedProfileId: null })
    await expect(api.reflections.list()).rejects.toMatchObject({ name: 'AppError', code: 'LOCKED', message: expect.stringMatching(/Unlock/) })
  })
})
