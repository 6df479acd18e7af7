// Every contract method becomes one `ipcMain.handle` channel. Before anything else a request's
// sender frame is checked: only the top frame of our own renderer may talk to the backend, so an
// iframe, an injected page or a navigated-away frame gets FORBIDDEN and the backend never sees it.
// Then dispatch() validates the payload with the method's schema and answers with a Result.

import path from 'node:path'
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { CHANNELS, type Backend } from '../../shared/contract.ts'
import { AppError, type Result } from '../../shared/errors.ts'
import { dispatch } from '../app/dispatch.ts'
import { RENDERER_HOST, RENDERER_SCHEME } from './renderer-files.ts'

/** Where our renderer comes from: the dev server in development, else the built index.html, served as app://sevenfold/index.html. */
export interface RendererSource {
  devServerUrl?: string | undefined
  file: string
}

export type FrameCheck = (frame: WebFrameMain | null) => boolean

/** Pure: is a frame at `frameUrl` (top frame or not) our renderer? */
export function isTrustedSender(frameUrl: string, isTopFrame: boolean, source: RendererSource): boolean {
  if (!isTopFrame) return false
  try {
    const url = new URL(frameUrl)
    if (source.devServerUrl) return url.origin === new URL(source.devServerUrl).origin
    // Hash and query are the renderer's own routing; the page itself must be our index.html on app://.
    return url.protocol === `${RENDERER_SCHEME}:` && url.host === RENDERER_HOST && url.pathname === `/${path.basename(source.file)}`
  } catch {
    return false
  }
}

export function frameCheckFor(source: RendererSource): FrameCheck {
  return (frame) => frame !== null && isTrustedSender(frame.url, frame.parent === null, source)
}

const forbidden = (): Result<never> => ({
  ok: false,
  error: new AppError('FORBIDDEN', 'This request did not come from the Sevenfold window, so it was refused.').toInfo()
})

function senderIsTrusted(event: IpcMainInvokeEvent, isTrustedFrame: FrameCheck): boolean {
  try {
    // senderFrame is null (or throws, in some versions) once the frame has navigated or gone.
    return isTrustedFrame(event.senderFrame)
  } catch {
    return false
  }
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, backend: Backend, isTrustedFrame: FrameCheck): void {
  for (const { channel } of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      if (!senderIsTrusted(event, isTrustedFrame)) {
        // The channel only: a payload may hold a passphrase.
        console.warn(`sevenfold: refused ${channel} from an untrusted frame`)
        return forbidden()
      }
      return dispatch(backend, channel, payload)
    })
  }
}
