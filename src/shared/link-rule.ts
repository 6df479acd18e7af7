// Which link addresses Sevenfold will hold in a reflection or hand to the system browser:
// http, https and mailto only, with no user:password@ part ("https://bank.example@evil.example"
// reads as the bank to most people). One rule for the editor and the Electron shell.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** The normalised address if it is allowed, else null. */
export function allowedLink(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
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
