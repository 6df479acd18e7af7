import { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, SessionDouble, type WebContentsDouble } from '../../../support/electron-double.ts'
import { applySecurity, externalUrl, hardenSession, openExternalSafely } from '../../../../src/main/shell/security.ts'
import { navigationRefused, redirectRefused } from '../../../support/electron-double-navigation.ts'
import { eventually } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const OPEN = 1
const CANCEL = 0

/** A fresh window's web contents with the rules applied, showing our page. */
function securedContents(): WebContentsDouble {
  const window = new BrowserWindow()
  const contents = window.webContents as unknown as WebContentsDouble
  applySecurity(window.webContents)
  contents.mainFrame.url = 'app://sevenfold/index.html'
  return contents
}

function navigate(contents: WebContentsDouble, url: string): boolean {
  let prevented = false
  contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) }, url)
  return prevented
}

beforeEach(() => electronDouble.reset())

describe('WebRTC', () => {
  it('leaves WebRTC no UDP way out of the app, which neither webRequest nor the CSP would see', () => {
    expect(securedContents().webRTCIPHandlingPolicy).toBe('disable_non_proxied_udp')
  })
})

describe('navigation and new windows', () => {
  it('refuses to navigate anywhere but the page already shown', () => {
    const contents = securedContents()
    expect(navigate(contents, 'https://evil.example/')).toBe(true)
    expect(navigate(contents, 'file:///etc/passwd')).toBe(true)
    expect(navigate(contents, 'app://sevenfold/index.html')).toBe(false)
  })

  it('refuses the same in every frame, as Electron announces a navigation (will-frame-navigate, then will-navigate)', () => {
    const contents = securedContents()
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://sevenfold/assets/other.html']) {
      expect(navigationRefused(contents, url), url).toBe(true)
      expect(navigationRefused(contents, url, { isMainFrame: false }), `a subframe to ${url}`).toBe(true)
    }
    // A subframe showing our own page is refused too: the app has no frames of its own.
    expect(navigationRefused(contents, 'app://sevenfold/index.html', { isMainFrame: false })).toBe(true)
    expect(navigationRefused(contents, 'app://sevenfold/index.html')).toBe(false)
  })

  it('refuses every server redirect, which stops the navigation', () => {
    const contents = securedContents()
    for (const url of ['https://evil.example/', 'app://sevenfold/index.html', 'file:///etc/passwd']) {
      expect(redirectRefused(contents, url), url).toBe(true)
      expect(redirectRefused(contents, url, { isMainFrame: false }), `a subframe to ${url}`).toBe(true)
    }
  })

  it('denies every new window and offers an http link to the system browser instead', async () => {
    const contents = securedContents()
    electronDouble.messageBoxResponse = OPEN
    expect(contents.windowOpenHandler!({ url: 'https://example.org/a' })).toEqual({ action: 'deny' })
    await eventually(() => electronDouble.openedExternally.length === 1)
    expect(electronDouble.openedExternally).toEqual(['https://example.org/a'])
  })

  it('denies a window for a script URL without asking anything', async () => {
    const contents = securedContents()
    electronDouble.messageBoxResponse = OPEN
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(electronDouble.messageBoxes).toEqual([])
    expect(electronDouble.openedExternally).toEqual([])
  })

  it('refuses to attach a <webview>', () => {
    const contents = securedContents()
    let prevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {})
    expect(prevented).toBe(true)
  })
})

describe('openExternalSafely', () => {
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'vbscript:x',
    'ftp://example.org/',
    'https://bank.example@evil.example/',
    'not a url',
    ''
  ])('refuses %j without asking', async (url) => {
    electronDouble.messageBoxResponse = OPEN
    expect(await openExternalSafely(url)).toBe(false)
    expect(electronDouble.messageBoxes).toEqual([])
    expect(electronDouble.openedExternally).toEqual([])
  })

  it('opens https after the person confirms, showing the exact address', async () => {
    electronDouble.messageBoxResponse = OPEN
    expect(await openExternalSafely('https://example.org/path?q=1')).toBe(true)
    expect(electronDouble.messageBoxes[0]?.detail).toBe('https://example.org/path?q=1')
    expect(electronDouble.openedExternally).toEqual(['https://example.org/path?q=1'])
  })

  it('opens nothing when the person cancels', async () => {
    electronDouble.messageBoxResponse = CANCEL
    expect(await openExternalSafely('https://example.org/')).toBe(false)
    expect(electronDouble.messageBoxes).toHaveLength(1)
    expect(electronDouble.openedExternally).toEqual([])
  })

  it('allows http and mailto too, normalised', () => {
    expect(externalUrl('HTTP://Example.ORG')).toBe('http://example.org/')
    expect(externalUrl('mailto:ada@example.org')).toBe('mailto:ada@example.org')
    expect(externalUrl(42)).toBeNull()
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const ses = new SessionDouble()
    hardenSession(ses as never)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      ses.permissionRequestHandler!({} as never, permission as never, callback as never, {} as never)
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(ses.permissionCheckHandler!(null as never, permission as never, '' as never, {} as never)).toBe(false)
    }
  })

  it('applies the same denial to the session of every secured web contents', () => {
    const contents = securedContents()
    expect(contents.session.permissionRequestHandler).not.toBeNull()
    expect(contents.session.permissionCheckHandler!(null as never, 'media' as never, '' as never, {} as never)).toBe(false)
  })
})
