// Builds the renderer's API over any transport: ipcRenderer.invoke in the preload,
// a Playwright binding in the browser tests. Answers arrive as Result values; failures
// are rethrown as AppError so screens can read `code`, `message` and `field`.

import { AppError, type Result } from './errors.ts'
import { METHODS } from './methods.ts'
import type { SevenfoldApi } from './contract.ts'

export type Invoke = (channel: string, payload: unknown) => Promise<Result<unknown>>

export function createApi(invoke: Invoke): SevenfoldApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const [group, names] of Object.entries(METHODS)) {
    const methods: Record<string, (input?: unknown) => Promise<unknown>> = {}
    for (const name of names) {
      methods[name] = async (input) => {
        const result = await invoke(`${group}.${name}`, input)
        if (result.ok) return result.value
        throw AppError.fromInfo(result.error)
      }
    }
    api[group] = methods
  }
  return api as unknown as SevenfoldApi
}
