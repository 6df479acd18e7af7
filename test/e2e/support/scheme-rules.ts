// The hardening audit's rules for the renderer's app:// scheme (Electron's security checklist,
// item 18; issue 15, item 8), as pure checkers that return the problems they find.

/** Privileges the page needs (src/main/shell/renderer-scheme.ts says why); codeCache would only speed it up. */
const NEEDED = ['standard', 'secure']
const HARMLESS = ['codeCache']

export function schemePrivilegeProblems(schemes: { scheme: string; privileges?: Record<string, boolean | undefined> }[] | null): string[] {
  if (!schemes) return ['no scheme was registered as privileged before ready']
  const problems: string[] = []
  if (schemes.length !== 1 || schemes[0]?.scheme !== 'app') problems.push(`expected only app:, registered ${schemes.map((s) => s.scheme).join(', ')}`)
  for (const { scheme, privileges = {} } of schemes) {
    for (const name of NEEDED) if (privileges[name] !== true) problems.push(`${scheme}: must be ${name}`)
    const more = Object.entries(privileges).filter(([name, on]) => on && !NEEDED.includes(name) && !HARMLESS.includes(name))
    if (more.length > 0) problems.push(`${scheme}: has privileges it does not need: ${more.map(([name]) => name).join(', ')}`)
  }
  return problems
}

/** What Chromium accepts for each kind of file the renderer is made of (module scripts are checked strictly). */
const TYPES: Record<string, RegExp> = {
  html: /^text\/html(;|$)/,
  js: /^(text|application)\/javascript(;|$)/,
  css: /^text\/css(;|$)/,
  woff2: /^font\/woff2$/
}

export function servedTypeProblems(file: string, status: number, headers: Headers): string[] {
  const kind = file.split('.').pop() ?? ''
  const type = headers.get('content-type') ?? ''
  const problems: string[] = []
  if (status !== 200) problems.push(`${file}: status ${status}`)
  if (!TYPES[kind]?.test(type)) problems.push(`${file}: served as ${type || 'nothing'}`)
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push(`${file}: may be sniffed as another type`)
  return problems
}

/** The relative URLs a built file loads: script and link targets, CSS url()s, and chunk names in the JS. */
export function relativeReferences(text: string, kind: string): string[] {
  const patterns: Record<string, RegExp> = {
    html: /\b(?:src|href)="(\.{0,2}\/[^"]+)"/g,
    css: /url\(["']?(\.{0,2}\/[^)"']+)["']?\)/g,
    js: /["'`](\.\/[\w.-]+\.(?:js|css))["'`]/g
  }
  const pattern = patterns[kind]
  return pattern ? [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))] : []
}
