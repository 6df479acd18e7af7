// Rules for every web contents the app ever creates (docs/security.md, "The Electron boundary"):
// no navigation away from the renderer (in any frame, nor through a redirect), no new windows, no
// <webview>, no permissions, and links leave for the system browser only as http, https or mailto,
// after the person confirms.

import { allowedLink } from '../../shared/link-rule.ts'
import { BrowserWindow, dialog, shell, type BaseWindow, type MessageBoxOptions, type Session, type WebContents } from 'electron'

/** The normalised URL if it may open outside the app, else null. Pure. */
export function externalUrl(raw: unknown): string | null {
  return allowedLink(raw)
}

/** Asks, then hands the link to the system browser. Resolves to whether it was opened. */
export async function openExternalSafely(raw: unknown, parent?: BaseWindow | null): Promise<boolean> {
  const url = externalUrl(raw)
  if (url === null) return false
  const options: MessageBoxOptions = {
    type: 'question',
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    title: 'Open link',
    message: 'Open this link in your web browser?',
    // The normalised form, so what is shown is exactly what opens (IDN hosts appear as punycode).
    detail: url
  }
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options)
  if (response !== 1) return false
  await shell.openExternal(url)
  return true
}

/** No web permission is ever granted: the app needs none of them. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function applySecurity(contents: WebContents): void {
  // Reloading the same page is fine; going anywhere else would leave our preload on foreign content.
  contents.on('will-navigate', (event) => {
    if (event.url !== contents.getURL()) event.preventDefault()
  })
  // The same for every frame (our page has none of its own), and no server redirect goes anywhere.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || event.url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, BrowserWindow.fromWebContents(contents)).catch(() => console.error('sevenfold: could not open a link'))
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // WebRTC's UDP (STUN) goes around webRequest and the CSP: without a proxy, which the app never
  // has, this policy leaves it no way out (docs/security.md, "nothing leaves the computer").
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp')
  hardenSession(contents.session)
}
