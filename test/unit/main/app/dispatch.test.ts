import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/app/dispatch.ts'
import { createApi } from '../../../../src/shared/api.ts'
import { CHANNELS } from '../../../../src/shared/contract.ts'
import { METHODS } from '../../../../src/shared/methods.ts'
import { PASS_A, useBackends } from '../../../support/backend.ts'

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

  it('does not repeat a megabyte-long unknown key in its answer (zod and the body check used to)', async () => {
    const { backend } = await newBackend()
    const key = 'k'.repeat(1_048_576)
    const body = (extra: object) => ({ type: 'doc', content: [{ type: 'paragraph', ...extra }] })
    const cleanId = 'A'.repeat(22)
    const requests: Array<[string, unknown, string]> = [
      ['reflections.get', { id: cleanId, [key]: 1 }, 'The request is not valid: it has a field this app does not know.'],
      ['print.summary', { scope: { kind: 'theme', themeId: 'trust', [key]: 1 } }, 'The scope is not valid: it has a field this app does not know.'],
      ['reflections.create', { themeId: 'trust', title: 't', body: body({ [key]: 1 }) }, `The body is not valid: unknown node key "${'k'.repeat(40)}…".`],
      [
        'reflections.create',
        { themeId: 'trust', title: 't', body: body({ marks: [{ type: 'bold', [key]: 1 }] }) },
        `The body is not valid: unknown mark key "${'k'.repeat(40)}…".`
      ]
    ]
    for (const [channel, payload, message] of requests) {
      expect(await dispatch(backend, channel, payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } })
    }
  })

  it('carries domain errors as codes and sentences, and values as ok results, through createApi', async () => {
    const { backend } = await newBackend()
    const api = createApi((channel, payload) => dispatch(backend, channel, payload))
    expect(await api.app.status()).toMatchObject({ profiles: [], unlockedProfileId: null })
    await expect(api.reflections.list()).rejects.toMatchObject({ name: 'AppError', code: 'LOCKED', message: expect.stringMatching(/Unlock/) })
  })
})
