// The hardening audit's rules, as pure checkers that return the problems they find (an empty list
// when all is well), so the audit can show each one failing on a bad sample. Sources: Electron's
// security checklist (electronjs.org/docs/latest/tutorial/security) and docs/security.md, "The Electron boundary".

export type Csp = Map<string, string[]>

/** Directives by name, as a browser reads them: lower-cased, and the first of a repeated directive wins. */
export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (!name) continue
    const key = name.toLowerCase()
    if (!csp.has(key)) csp.set(key, values)
  }
  return csp
}

/** What applies to a fetch directive: itself, else default-src (CSP3 fallback, simplified to one step). */
function effective(csp: Csp, directive: string): string[] | undefined {
  return csp.get(directive) ?? csp.get('default-src')
}

const only = (values: string[] | undefined, allowed: string[]) => values !== undefined && values.length > 0 && values.every((v) => allowed.includes(v))
const UNSAFE_SCRIPT = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'"]
/**
 * Sources that name no remote origin: keywords, hashes and nonces, data: (for images and fonts
 * only), and blob: for images only (the page's own pictures, made from bytes it was given: a
 * blob: URL can only name what this page made itself).
 */
const isLocalSource = (value: string, directive: string) =>
  value.startsWith("'") || (value === 'data:' && (directive === 'img-src' || directive === 'font-src')) || (value === 'blob:' && directive === 'img-src')

export interface CspRules {
  /** A <meta> policy cannot carry frame-ancestors (browsers ignore it there); a header policy must. */
  delivery: 'meta' | 'header'
  /** The print document runs no script at all, so its inline style sheet is harmless. */
  allowInlineStyle?: boolean
}

export function cspProblems(policy: string, rules: CspRules): string[] {
  const csp = parseCsp(policy)
  const problems: string[] = []
  if (!only(csp.get('default-src'), ["'none'", "'self'"])) problems.push("default-src must be 'none' or 'self'")
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
    const values = directive === 'script-src' ? effective(csp, directive) : csp.get(directive)
    const unsafe = values?.filter((v) => UNSAFE_SCRIPT.includes(v) || v === 'data:' || v === 'blob:') ?? []
    if (unsafe.length > 0) problems.push(`${directive} allows ${unsafe.join(' ')}`)
  }
  if (!only(effective(csp, 'object-src'), ["'none'"])) problems.push("object-src must be 'none' (directly or through default-src)")
  for (const directive of ['base-uri', 'form-action']) {
    // Neither falls back to default-src, so each must be said.
    if (!only(csp.get(directive), ["'none'", "'self'"])) problems.push(`${directive} must be 'none' or 'self'`)
  }
  if (rules.delivery === 'header' && !only(csp.get('frame-ancestors'), ["'none'"])) problems.push("frame-ancestors must be 'none'")
  const style = effective(csp, 'style-src') ?? []
  if (style.includes("'unsafe-inline'") && !rules.allowInlineStyle) problems.push("style-src allows 'unsafe-inline'")
  for (const [directive, values] of csp) {
    const remote = values.filter((v) => !isLocalSource(v, directive))
    if (remote.length > 0) problems.push(`${directive} names sources beyond the app itself: ${remote.join(' ')}`)
  }
  return problems
}

/** The production HTML: one CSP <meta>, before anything it governs, and only same-origin scripts and styles. */
export function htmlProblems(html: string): { policy: string | null; problems: string[] } {
  const problems: string[] = []
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv=["']content-security-policy["'][^>]*>/gi)]
  if (metas.length !== 1) problems.push(`expected exactly one CSP <meta>, found ${metas.length}`)
  const policy = metas[0]?.[0].match(/content="([^"]*)"/i)?.[1] ?? null
  const firstLoad = html.search(/<(script|link|style)\b/i)
  if (metas[0] && firstLoad !== -1 && metas[0].index > firstLoad) problems.push('the CSP <meta> comes after a script or style it should govern')
  for (const [tag, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attrs.match(/\bsrc="([^"]*)"/i)?.[1]
    if (src === undefined || body.trim() !== '') problems.push(`inline script: ${tag.slice(0, 60)}`)
    else if (!/^\.?\//.test(src)) problems.push(`script from elsewhere: ${src}`)
  }
  for (const [, href = ''] of html.matchAll(/<link\b[^>]*\bhref="([^"]*)"/gi)) {
    if (!/^\.?\//.test(href)) problems.push(`link to elsewhere: ${href}`)
  }
  if (/<style\b/i.test(html)) problems.push('inline <style> element')
  return { policy, problems }
}

/** Electron's checklist items 2-8 for one window's webPreferences. */
export function webPreferencesProblems(prefs: Record<string, unknown> | undefined, expectedPreload?: string): string[] {
  if (!prefs) return ['no webPreferences: everything is left to defaults']
  const problems: string[] = []
  const must = (key: string, value: unknown) => {
    if (prefs[key] !== value) problems.push(`${key} must be ${String(value)}, is ${String(prefs[key])}`)
  }
  must('contextIsolation', true)
  must('sandbox', true)
  must('nodeIntegration', false)
  must('webSecurity', true)
  // Issue 15, item 12: the audit runs the app packaged, where no console may open (Electron's default is on).
  must('devTools', false)
  // Electron's defaults are the safe ones here; only a change from them is a problem.
  for (const key of ['webviewTag', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'experimentalFeatures', 'navigateOnDragDrop']) {
    if (prefs[key] !== undefined && prefs[key] !== false) problems.push(`${key} must stay off`)
  }
  for (const key of ['enableRemoteModule', 'allowRunningInsecureContent', 'enableBlinkFeatures', 'additionalArguments']) {
    if (key in prefs) problems.push(`${key} must not be set`)
  }
  if (prefs.preload !== expectedPreload) problems.push(`preload must be ${String(expectedPreload)}, is ${String(prefs.preload)}`)
  return problems
}

/** http: URLs in a built bundle, except XML namespace names, which identify and are never fetched. */
export function insecureUrls(text: string): string[] {
  const found = text.match(/http:\/\/[^\s'"`)<>\\]*/g) ?? []
  return found.filter((url) => !/^http:\/\/www\.w3\.org\/(1999\/xlink|2000\/svg|XML\/1998\/namespace|1998\/Math\/MathML|1999\/xhtml|2000\/xmlns\/)$/.test(url))
}

/** The fuses docs/security.md asks for ("Packaging turns off the RunAsNode, NODE_OPTIONS and inspect fuses and
 *  makes the app load only from its ASAR with integrity checks"), plus cookie encryption (harmless, one-way). */
export const REQUIRED_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  // Issue 15, item 8: the renderer comes from app://, so file:// pages get nothing beyond a browser's.
  grantFileProtocolExtraPrivileges: false
}

export function fuseProblems(fuses: Record<string, unknown> | null | undefined): string[] {
  if (!fuses) return ['no electronFuses']
  return Object.entries(REQUIRED_FUSES)
    .filter(([name, value]) => fuses[name] !== value)
    .map(([name, value]) => `${name} must be ${value}, is ${String(fuses[name])}`)
}

/** Every text from `start` to the end of the function it opens (brace matching; enough for our bundle). */
export function functionBody(source: string, start: string): string | null {
  const at = source.indexOf(start)
  if (at === -1) return null
  let depth = 0
  for (let i = source.indexOf('{', at); i !== -1 && i < source.length; i += 1) {
    if (source[i] === '{') depth += 1
    else if (source[i] === '}' && --depth === 0) return source.slice(at, i + 1)
  }
  return null
}

export const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern.source, 'g')) ?? []).length

/** The main bundle's scan, for what no recorded call can show: that nothing exists beside what was observed. */
export function mainBundleProblems(bundle: string): string[] {
  const problems: string[] = []
  if (count(bundle, /ipcMain\.handle\(/) !== 1) problems.push('IPC handlers are registered other than in the one checked loop')
  if (/ipcMain\.(on|once|handleOnce|addListener)\(/.test(bundle)) problems.push('an ipcMain listener bypasses the sender check')
  if (count(bundle, /new BrowserWindow\(/) !== 2) problems.push('a window is made other than the main and print windows')
  if (/BrowserView|WebContentsView|<webview/.test(bundle)) problems.push('a BrowserView, WebContentsView or <webview> is used')
  const guarded = functionBody(bundle, 'async function openExternalSafely(') ?? ''
  const check = guarded.indexOf('externalUrl(')
  if (count(bundle, /\.openExternal\(/) !== 1 || check === -1 || check > guarded.indexOf('.openExternal(')) {
    problems.push('shell.openExternal is called other than once, after the link rule, in openExternalSafely')
  }
  // The page is app://sevenfold/index.html or the dev-server URL, taken only unpackaged and on loopback
  // (window.ts, startup.ts); the print scheme serves from memory.
  const loads = [...bundle.matchAll(/\.loadURL\(([^)]*)\)/g)].map((m) => m[1])
  const others = loads.filter((arg) => arg !== 'page' && arg !== '`${PRINT_SCHEME}://document/${token}`')
  if (others.length > 0) problems.push(`loadURL of something else: ${others.join(', ')}`)
  if (/\.loadFile\(/.test(bundle)) problems.push('a page is loaded from file://')
  if (/bypassCSP\s*:\s*true|\.registerFileProtocol\(|\.interceptFileProtocol\(/.test(bundle))
    problems.push('a scheme bypasses the CSP or serves files outside protocol.handle')
  return problems
}
