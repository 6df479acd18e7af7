// Link addresses in the editor: the shared rule (src/shared/link-rule.ts), which the shell
// also applies before it offers a link to the system browser, plus what typing a bare address means.

import { allowedLink } from '../../../../shared/link-rule.ts'

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
