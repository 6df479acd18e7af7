import { ipcRenderer } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble } from '../../support/electron-double.ts'
import { createApi, type Invoke } from '../../../src/shared/api.ts'
import { AppError } from '../../../src/shared/errors.ts'

vi.mock('electron', () => import('../../support/electron-double.ts'))

async function loadPreload(): Promise<Invoke> {
  vi.resetModules()
  await import('../../../src/preload/index.ts')
  return (electronDouble.exposedInMainWorld.get('sevenfoldIpc') as { invoke: Invoke }).invoke
}

beforeEach(() => electronDouble.reset())

describe('the preload', () => {
  it('exposes one object holding only invoke, never ipcRenderer', async () => {
    await loadPreload()
    expect([...electronDouble.exposedInMainWorld.keys()]).toEqual(['sevenfoldIpc'])
    const exposed = electronDouble.exposedInMainWorld.get('sevenfoldIpc') as Record<string, unknown>
    expect(Object.keys(exposed)).toEqual(['invoke'])
    expect(Object.values(exposed)).not.toContain(ipcRenderer)
    expect(Object.values(exposed)).not.toContain(ipcRenderer.invoke)
  })

  it('forwards contract channels to the main process', async () => {
    const invoke = await loadPreload()
    expect(await invoke('session.lock', undefined)).toEqual({ ok: true, value: null })
    expect(electronDouble.rendererInvokes).toEqual([{ channel: 'session.lock', payload: undefined }])
  })

  it('refuses any other channel without sending it', async () => {
    const invoke = await loadPreload()
    for (const channel of ['db.exec', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'app', 42 as unknown as string]) {
      expect(await invoke(channel, 'SELECT 1')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'channel' } })
    }
    expect(electronDouble.rendererInvokes).toEqual([])
  })

  it('lets the renderer rebuild failures as AppError with their code and field', async () => {
    const invoke = await loadPreload()
    vi.spyOn(ipcRenderer, 'invoke').mockResolvedValueOnce({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase did not open it.', retryAfterMs: 2000 }
    })
    const api = createApi(invoke)
    const failure = await api.session.unlock({ profileId: 'abcdefghijklmnop', passphrase: 'x' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AppError)
    expect(failure).toMatchObject({ code: 'WRONG_PASSPHRASE', retryAfterMs: 2000 })
  })
})
