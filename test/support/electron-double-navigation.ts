// Navigations as Electron announces them to a web contents (issue 15, item 12): a page-initiated
// navigation fires `will-frame-navigate` for any frame and then, in the main frame only,
// `will-navigate`; a server redirect fires `will-redirect`. Each stops at the first
// preventDefault(), as Electron's navigation throttle does. The event shapes are electron.d.ts's.

import type { FrameDouble, WebContentsDouble } from './electron-double.ts'

interface Where {
  /** False for a subframe: then only will-frame-navigate is fired. */
  isMainFrame?: boolean
  frame?: FrameDouble | null
}

function announce(contents: WebContentsDouble, name: string, url: string, isMainFrame: boolean, frame: FrameDouble | null): boolean {
  let prevented = false
  const details = { url, isSameDocument: false, isMainFrame, frame, initiator: null, preventDefault: () => void (prevented = true) }
  // will-navigate and will-redirect also pass the deprecated url, isInPlace, isMainFrame, frameProcessId, frameRoutingId.
  if (name === 'will-frame-navigate') contents.emit(name, details)
  else contents.emit(name, details, url, false, isMainFrame, 1, 1)
  return prevented
}

/** Whether a navigation the page starts to `url` is refused. */
export function navigationRefused(contents: WebContentsDouble, url: string, where: Where = {}): boolean {
  const isMainFrame = where.isMainFrame ?? true
  const frame = where.frame ?? (isMainFrame ? contents.mainFrame : null)
  if (announce(contents, 'will-frame-navigate', url, isMainFrame, frame)) return true
  return isMainFrame && announce(contents, 'will-navigate', url, isMainFrame, frame)
}

/** Whether a server redirect of a navigation under way to `url` is refused (which stops the navigation). */
export function redirectRefused(contents: WebContentsDouble, url: string, where: Where = {}): boolean {
  const isMainFrame = where.isMainFrame ?? true
  return announce(contents, 'will-redirect', url, isMainFrame, where.frame ?? (isMainFrame ? contents.mainFrame : null))
}
