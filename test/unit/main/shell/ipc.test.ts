import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ipcMain } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, FrameDouble } from '../../../support/electron-double.ts'
import { CHANNELS } from '../../../../src/shared/contract.ts'
import { METHODS } from '../../../../src/shared/methods.ts'
import type { Result } from '../../../../src/shared/errors.ts'
import { frameCheckFor, isTrustedSender, registerIpc, type RendererSource } from '../../../../src/main/shell/ipc.ts'
import { PASSPHRASE, realBackend, type RealBackend } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const rendererFile = path.resolve('/opt/sevenfold/out/renderer/index.html')
const ours = 'app://sevenfold/index.html'
const source: RendererSource = { file: rendererFile }

describe('isTrustedSender', () => {
  it('trusts only the top frame showing our built index.html through app://', () => {
    expect(isTrustedSender(ours, true, source)).toBe(true)
    expect(isTrustedSender(`${ours}#/journal?x=1`, true, source)).toBe(true)
    expect(isTrustedSender(ours, false, source)).toBe(false)
    expect(isTrustedSender('app://sevenfold/assets/other.html', true, source)).toBe(false)
    expect(isTrustedSender('app://sevenfold.evil/index.html', true, source)).toBe(false)
    expect(isTrustedSender('app://other/index.html', true, source)).toBe(false)
    expect(isTrustedSender('sevenfold-print://document/index.html', true, source)).toBe(false)
    // The built file itself, straight from disk, is no longer where the renderer runs.
    expect(isTrustedSender(pathToFileURL(rendererFile).href, true, source)).toBe(false)
    expect(isTrustedSender(pathToFileURL('/elsewhere/index.html').href, true, source)).toBe(false)
    expect(isTrustedSender('https://evil.example/index.html', true, source)).toBe(false)
    expect(isTrustedSender('not a url', true, source)).toBe(false)
  })

  it('in development trusts the dev server origin and nothing else', () => {
    const dev = { ...source, devServerUrl: 'http://localhost:5173/' }
    expect(isTrustedSender('http://localhost:5173/#/lock', true, dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', true, dev)).toBe(false)
    expect(isTrustedSender('http://127.0.0.1:5173/', true, dev)).toBe(false)
    expect(isTrustedSender(ours, true, dev)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', false, dev)).toBe(false)
  })
})

describe('registerIpc', () => {
  let backend: RealBackend
  const call = (channel: string, frame: FrameDouble | null, payload: unknown) =>
    electronDouble.handlers.get(channel)!({ senderFrame: frame } as never, payload as never) as Promise<Result<unknown>>

  beforeEach(async () => {
    electronDouble.reset()
    backend = (await realBackend()).backend
    registerIpc(ipcMain, backend, frameCheckFor(source))
  })
  afterEach(() => backend.close())

  it('registers exactly one handler for every contract method', () => {
    const expected = Object.entries(METHODS).flatMap(([group, names]) => names.map((name) => `${group}.${name}`))
    expect(electronDouble.handleCalls).toHaveLength(CHANNELS.length)
    expect(new Set(electronDouble.handleCalls).size).toBe(electronDouble.handleCalls.length)
    expect([...electronDouble.handleCalls].sort()).toEqual(expected.sort())
  })

  it.each([
    ['a page from another origin', new FrameDouble('https://evil.example/')],
    ['a subframe inside our page', new FrameDouble(ours, new FrameDouble(ours))],
    ['a frame that is gone', null]
  ])('refuses %s with FORBIDDEN without reaching the backend', async (_name, frame) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const answer = await call('profile.create', frame, { displayName: 'Mallory', passphrase: PASSPHRASE })
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await backend.app.status()).profiles).toEqual([])
    // The refusal is logged by channel only: the payload may hold a passphrase.
    expect(warn).toHaveBeenCalledOnce()
    expect(String(warn.mock.calls[0])).not.toContain(PASSPHRASE)
    warn.mockRestore()
  })

  it('passes a request from our window to the backend', async () => {
    const answer = await call('profile.create', new FrameDouble(ours), { displayName: 'Ada', passphrase: PASSPHRASE })
    expect(answer.ok).toBe(true)
    expect((await backend.app.status()).profiles.map((p) => p.displayName)).toEqual(['Ada'])
  })

  it('answers a malformed request from our window with INVALID_INPUT and its field', async () => {
    const answer = await call('profile.create', new FrameDouble(ours), { displayName: 'Ada', passphrase: 42 })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'passphrase' } })
    const extra = await call('session.unlock', new FrameDouble(ours), { profileId: 'x'.repeat(20), passphrase: 'p', admin: true })
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await backend.app.status()).profiles).toEqual([])
  })
})
