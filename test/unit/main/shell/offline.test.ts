import { session } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, type SessionDouble } from '../../../support/electron-double.ts'
import { CHROMIUM_DICTIONARY_SERVER, editingDouble } from '../../../support/electron-double-editing.ts'
import { isLocalRequest, keepAppOffline, NO_DICTIONARY_URL } from '../../../../src/main/shell/offline.ts'
import { RENDERER_URL } from '../../../../src/main/shell/renderer-files.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const DEV = 'http://localhost:5173/'
const OUTSIDE = [
  'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
  'http://example.org/',
  'https://example.org/a.png',
  'ws://example.org/socket',
  'wss://example.org/socket',
  'ftp://example.org/file',
  'http://localhost:5173/',
  'http://127.0.0.1:8080/',
  'chrome-extension://abc/page.html',
  // Nothing is loaded from file:// any more (the renderer comes from app://), so nothing may read a file by it.
  'file:///etc/passwd',
  'not a url'
]
const LOCAL = [RENDERER_URL, 'sevenfold-print://document/1', 'data:text/plain,x', 'blob:app://sevenfold/1234', 'devtools://devtools/bundled/inspector.html']

/** Asks the session's webRequest, as Chromium does before each request, whether `url` is cancelled. */
function cancels(ses: SessionDouble, url: string): boolean {
  const listener = ses.webRequest.beforeRequest
  if (!listener) return false
  // A filter would let other URLs through unasked.
  if (ses.webRequest.filters.beforeRequest) return false
  let answer: { cancel?: boolean } | undefined
  listener({ id: 1, url, method: 'GET', resourceType: 'xhr', timestamp: 0, uploadData: [] }, (response: { cancel?: boolean }) => (answer = response))
  if (!answer) throw new Error(`no answer for ${url}`)
  return answer.cancel === true
}

beforeEach(() => electronDouble.reset())

describe('which requests are local', () => {
  it('allows the app’s own files and in-memory data, and nothing from a network', () => {
    for (const url of LOCAL) expect(isLocalRequest(url), url).toBe(true)
    for (const url of OUTSIDE) expect(isLocalRequest(url), url).toBe(false)
  })

  it('allows the loopback dev server, pages and live reload, only when one is given', () => {
    expect(isLocalRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true)
    expect(isLocalRequest('ws://localhost:5173/', DEV)).toBe(true)
    expect(isLocalRequest('http://localhost:5174/', DEV)).toBe(false)
    expect(isLocalRequest('https://localhost:5173/', DEV)).toBe(false)
    expect(isLocalRequest('https://example.org/', DEV)).toBe(false)
  })
})

describe('keeping the app offline', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('cancels every outside request in the default session and in each made later (%s)', (platform) => {
    electronDouble.platform = platform
    keepAppOffline({ platform })
    const later = session.fromPartition('persist:later') as unknown as SessionDouble
    for (const ses of [session.defaultSession, later] as SessionDouble[]) {
      for (const url of OUTSIDE) expect(cancels(ses, url), url).toBe(true)
      for (const url of LOCAL) expect(cancels(ses, url), url).toBe(false)
    }
  })

  it('points Hunspell’s downloads at a scheme nothing serves, on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      electronDouble.reset()
      electronDouble.platform = platform
      keepAppOffline({ platform })
      expect(editingDouble.dictionaryDownloadURL).toBe(NO_DICTIONARY_URL)
      expect(new URL(NO_DICTIONARY_URL).protocol).not.toMatch(/^(https?|wss?|ftp):$/)
      expect(isLocalRequest(NO_DICTIONARY_URL)).toBe(false)
    }
  })

  it('turns spelling off where only Hunspell could check it, and leaves the system’s own on', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      electronDouble.reset()
      electronDouble.platform = platform
      keepAppOffline({ platform })
      const later = session.fromPartition('later') as unknown as SessionDouble
      const expected = platform === 'linux' ? false : true
      expect([session.defaultSession.isSpellCheckerEnabled(), later.isSpellCheckerEnabled()], platform).toEqual([expected, expected])
    }
    // macOS downloads nothing, and its call is a no-op there.
    expect(editingDouble.dictionaryDownloadURL).toBe(CHROMIUM_DICTIONARY_SERVER)
  })

  it('lets the dev server through when it is running, and nothing else', () => {
    keepAppOffline({ platform: 'linux', devServerUrl: DEV })
    const ses = session.defaultSession as unknown as SessionDouble
    expect(cancels(ses, 'http://localhost:5173/src/main.tsx')).toBe(false)
    expect(cancels(ses, 'https://example.org/')).toBe(true)
  })
})
