// Which link addresses a reflection may hold: the same rule the shell applies before it
// offers a link to the system browser (http, https, mailto; no user:password@ part).

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** The normalised address if it is allowed, else null. */
export function safeHref(raw: string): string | null {
  const text = raw.trim()
  // Spaces and control characters have no place in a link; URL() would quietly drop some of them.
  if (text === '' || /\s/.test(text) || [...text].some((c) => c.charCodeAt(0) < 0x20)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  if (url.username !== '' || url.password !== '') return null
  return url.href
}

/** What a person typed into the link box: "example.org" means https, "ana@example.org" mailto. */
export function hrefFromInput(raw: string): string | null {
  const text = raw.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return safeHref(text)
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return safeHref(`mailto:${text}`)
  if (/^[^\s/]+\.[^\s/]+/.test(text)) return safeHref(`https://${text}`)
  return null
}
