// Nothing leaves the computer (docs/security.md, "The Electron boundary"; issue 15, item 7).
// Every session, the default one and any made later, cancels each request that is not for the
// app's own files. And the spell checker never downloads a dictionary: on Linux and Windows
// Chromium would fetch Hunspell's from Google's servers, from the browser process, where
// webRequest may not see it; so its download address points at a scheme nothing serves.

import { app, session, type Session } from 'electron'
import { spellingSystem } from '../../shared/spelling.ts'
import { PRINT_SCHEME } from './host.ts'
import { RENDERER_SCHEME } from './renderer-files.ts'

/**
 * Hunspell's download base (session.setSpellCheckerDictionaryDownloadURL). A valid URL, as that
 * call requires, on a scheme no network loader knows: a download fails at once, unsent.
 */
export const NO_DICTIONARY_URL = 'sevenfold-no-dictionaries://nowhere/'

/**
 * Local by nature: the page and its bundle (app://, never file://), the print document, DevTools,
 * inline and in-memory data.
 */
const LOCAL_SCHEMES = new Set([`${RENDERER_SCHEME}:`, `${PRINT_SCHEME}:`, 'devtools:', 'data:', 'blob:'])

export interface OfflineOptions {
  /** electron-vite's loopback dev server (only ever set when not packaged): its pages and live reload. */
  devServerUrl?: string | undefined
  platform: NodeJS.Platform
}

/** Pure: whether a request for `raw` may go ahead. Anything unparsable is refused. */
export function isLocalRequest(raw: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true
  if (!devServerUrl) return false
  const dev = new URL(devServerUrl)
  return (url.protocol === 'http:' || url.protocol === 'ws:') && url.host === dev.host
}

/** One session's rules: every other request cancelled, and no dictionary download. */
export function keepSessionOffline(ses: Session, options: OfflineOptions): void {
  // No filter: the listener sees every request. A later listener on the same session replaces
  // this one (the print window's, which allows still less).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, options.devServerUrl) }))
  // A no-op on macOS, which uses its own spell checker and downloads nothing.
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL)
  // Linux has only Hunspell: with no dictionary to be had, it is off rather than trying for one.
  if (spellingSystem(options.platform) === 'none') ses.setSpellCheckerEnabled(false)
}

/** The default session now, and every session as Electron creates it. Call once the app is ready. */
export function keepAppOffline(options: OfflineOptions): void {
  app.on('session-created', (created) => keepSessionOffline(created, options))
  keepSessionOffline(session.defaultSession, options)
}
