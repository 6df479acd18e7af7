// Link addresses in the editor: the shared rule (src/shared/link-rule.ts), which the shell
// also applies before it offers a link to the system browser, plus what typing a bare address means.

import { allowedLink } from '../../../shared/link-rule.ts'

/** The normalised address if it is allowed, else null. */
export function safeHref(raw: string): string | null {
  return allowedLink(raw)
}

/** What a person typed into the link box: "example.org" means https, "ana@example.org" mailto. */
export function hrefFromInput(raw: string): string | null {
  const text = raw.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return safeHref(text)
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return safeHref(`mailto:${text}`)
  if (/^[^\s/]+\.[^\s/]+/.test(text)) return safeHref(`https://${text}`)
  return null
}

/**
 * A ProseMirror click handler that opens an allowed link with Ctrl/Cmd+click while writing (a
 * plain click places the caret). The shell denies the new window and offers the address to the
 * system browser, after asking.
 */
export function openLinkOnModifiedClick(_view: unknown, _pos: number, event: MouseEvent): boolean {
  if (!(event.ctrlKey || event.metaKey)) return false
  return openLinkAt(event)
}

/**
 * For text that is only read: any click on a link opens it as above. Handled on the DOM click
 * event itself, so the page never follows the anchor.
 */
export function openLinkOnClick(_view: unknown, event: MouseEvent): boolean {
  if (!(event.target as Element | null)?.closest('a')) return false
  event.preventDefault()
  openLinkAt(event)
  return true
}

function openLinkAt(event: MouseEvent): boolean {
  const anchor = (event.target as Element | null)?.closest('a[href]')
  const href = anchor ? safeHref(anchor.getAttribute('href') ?? '') : null
  if (href === null) return false
  window.open(href, '_blank', 'noopener,noreferrer')
  return true
}
