// The preload: the renderer's only door to the main process. It exposes one function,
// `invoke(channel, payload)`, limited to the contract's channels and resolving to a Result;
// never ipcRenderer itself. The renderer builds its typed API with createApi(invoke).
//
// Why not expose createApi(...) here: values crossing contextBridge are copied, and an Error
// arrives as a bare `new Error(message)`, losing AppError's code, field and retryAfterMs. A
// Result is a plain object and crosses intact; the renderer turns it into an AppError itself.
//
// Sandboxed preloads can require only 'electron': methods.ts has no imports and the rest is types.

import { contextBridge, ipcRenderer } from 'electron'
import type { Invoke } from '../shared/api.ts'
import type { Result } from '../shared/errors.ts'
import { METHODS } from '../shared/methods.ts'

const channels = new Set<string>(Object.entries(METHODS).flatMap(([group, names]) => names.map((name) => `${group}.${name}`)))

const invoke: Invoke = (channel, payload) => {
  if (typeof channel !== 'string' || !channels.has(channel)) {
    const refused: Result<never> = { ok: false, error: { code: 'INVALID_INPUT', message: 'That request is not part of this app.', field: 'channel' } }
    return Promise.resolve(refused)
  }
  return ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>
}

// Declared for the renderer as window.sevenfoldIpc in ./window.d.ts.
contextBridge.exposeInMainWorld('sevenfoldIpc', { invoke } satisfies Window['sevenfoldIpc'])
