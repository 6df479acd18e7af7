// Bad samples for the hardening audit: one per rule, each a small version of a real mistake, so the
// audit shows every checker finding something when there is something to find.

import { cspProblems, fuseProblems, htmlProblems, insecureUrls, mainBundleProblems, webPreferencesProblems } from './hardening-rules.ts'
import { relativeReferences, schemePrivilegeProblems, servedTypeProblems } from './scheme-rules.ts'
import { preloadProblems } from './built-preload.ts'
import { isUnpacked, validateBuilderConfig } from './packaging.ts'

interface Sample {
  name: string
  problems: () => string[] | Promise<string[]>
}

const TAIL = "; object-src 'none'; base-uri 'none'; form-action 'none'"
const SAFE_PREFS = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false }
const GOOD_HTML = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'" /><script type="module" src="./a.js"></script></head>`
const GUARD = 'async function openExternalSafely(raw) { const url = externalUrl(raw); if (url === null) return false; await shell.openExternal(url) }'
const BUNDLE = `ipcMain.handle(c, f); new BrowserWindow(a); new BrowserWindow(b); ${GUARD}`
const EXPOSE = (api: string) => `const e = require("electron"); e.contextBridge.exposeInMainWorld("sevenfoldIpc", ${api})`
const REQUIRED = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false
}
const SCHEME = { standard: true, secure: true }
const caught = async (work: () => Promise<unknown>) =>
  work().then(
    () => [],
    (error: unknown) => [String(error)]
  )

export function badSamples(): Sample[] {
  const csp = (name: string, policy: string, delivery: 'meta' | 'header' = 'meta') => ({
    name: `a CSP with ${name}`,
    problems: () => cspProblems(policy, { delivery })
  })
  const prefs = (name: string, extra: Record<string, unknown>) => ({
    name: `webPreferences with ${name}`,
    problems: () => webPreferencesProblems({ ...SAFE_PREFS, ...extra }, undefined)
  })
  return [
    csp("script-src 'unsafe-inline'", `default-src 'self'; script-src 'self' 'unsafe-inline'${TAIL}`),
    csp("'unsafe-eval' through default-src", `default-src 'self' 'unsafe-eval'${TAIL}`),
    csp('a remote script origin', `default-src 'none'; script-src 'self' https://cdn.example${TAIL}`),
    csp('a wildcard default-src', `default-src *${TAIL}`),
    csp('no default-src and so no object-src', "script-src 'self'; base-uri 'none'; form-action 'none'"),
    csp('no base-uri', "default-src 'none'; form-action 'none'"),
    csp('no form-action', "default-src 'none'; base-uri 'none'"),
    csp('inline styles', `default-src 'none'; style-src 'unsafe-inline'${TAIL}`),
    csp('a data: script', `default-src 'none'; script-src data:${TAIL}`),
    csp('a blob: script', `default-src 'none'; script-src 'self' blob:${TAIL}`),
    csp('blob: beyond pictures', `default-src 'none'; img-src 'self' blob:; font-src blob:; connect-src blob:${TAIL}`),
    csp('a remote picture origin', `default-src 'none'; img-src 'self' data: blob: https:${TAIL}`),
    csp('a header without frame-ancestors', `default-src 'none'${TAIL}`, 'header'),
    { name: 'HTML without a CSP', problems: () => htmlProblems('<head><script src="./a.js"></script></head>').problems },
    { name: 'HTML whose CSP comes after its script', problems: () => htmlProblems(GOOD_HTML.replace(/(<meta[^>]*>)(<script.*<\/script>)/, '$2$1')).problems },
    { name: 'HTML with an inline script', problems: () => htmlProblems(GOOD_HTML.replace('</head>', '<script>alert(1)</script></head>')).problems },
    { name: 'HTML with a remote script', problems: () => htmlProblems(GOOD_HTML.replace('./a.js', 'https://cdn.example/a.js')).problems },
    prefs('sandbox off', { sandbox: false }),
    prefs('contextIsolation off', { contextIsolation: false }),
    prefs('nodeIntegration on', { nodeIntegration: true }),
    prefs('webSecurity off', { webSecurity: false }),
    prefs('webviewTag on', { webviewTag: true }),
    prefs('enableRemoteModule', { enableRemoteModule: false }),
    prefs('allowRunningInsecureContent', { allowRunningInsecureContent: false }),
    prefs('a stray preload', { preload: '/other-app/evil.js' }),
    { name: 'no webPreferences at all', problems: () => webPreferencesProblems(undefined) },
    prefs('developer tools on', { devTools: true }),
    prefs('developer tools left to the default', { devTools: undefined }),
    { name: 'an http: URL in a bundle', problems: () => insecureUrls('fetch("http://tracker.example/p.gif")') },
    { name: 'a second IPC registration', problems: () => mainBundleProblems(`${BUNDLE} ipcMain.handle(d, g)`) },
    { name: 'an ipcMain.on listener', problems: () => mainBundleProblems(`${BUNDLE} ipcMain.on(d, g)`) },
    { name: 'a third window', problems: () => mainBundleProblems(`${BUNDLE} new BrowserWindow(c)`) },
    { name: 'an unguarded openExternal', problems: () => mainBundleProblems(`${BUNDLE} shell.openExternal(link)`) },
    { name: 'a remote page loaded', problems: () => mainBundleProblems(`${BUNDLE} win.loadURL("https://example.org")`) },
    // Issue 15, items 8 and 12.
    { name: 'a page loaded from a file', problems: () => mainBundleProblems(`${BUNDLE} win.loadFile(file)`) },
    { name: 'a scheme that bypasses the CSP', problems: () => mainBundleProblems(`${BUNDLE} ({ privileges: { bypassCSP: true } })`) },
    { name: 'the file protocol fuse left on', problems: () => fuseProblems({ ...REQUIRED, grantFileProtocolExtraPrivileges: true }) },
    { name: 'no privileged scheme', problems: () => schemePrivilegeProblems(null) },
    { name: 'a scheme that is not standard', problems: () => schemePrivilegeProblems([{ scheme: 'app', privileges: { secure: true } }]) },
    {
      name: 'a scheme with CORS and service workers',
      problems: () => schemePrivilegeProblems([{ scheme: 'app', privileges: { ...SCHEME, corsEnabled: true, allowServiceWorkers: true } }])
    },
    {
      name: 'a second privileged scheme',
      problems: () =>
        schemePrivilegeProblems([
          { scheme: 'app', privileges: SCHEME },
          { scheme: 'extra', privileges: SCHEME }
        ])
    },
    {
      name: 'a module script served as text/plain',
      problems: () => servedTypeProblems('a.js', 200, new Headers({ 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' }))
    },
    { name: 'a style sheet that may be sniffed', problems: () => servedTypeProblems('a.css', 200, new Headers({ 'content-type': 'text/css' })) },
    {
      name: 'a file that was not found',
      problems: () => servedTypeProblems('a.woff2', 404, new Headers({ 'content-type': 'font/woff2', 'x-content-type-options': 'nosniff' }))
    },
    { name: 'an ES module preload', problems: () => preloadProblems('import { contextBridge } from "electron"', ['app.status']) },
    { name: 'a preload that needs Node', problems: () => preloadProblems('require("fs")', ['app.status']) },
    { name: 'a preload exposing ipcRenderer', problems: () => preloadProblems(EXPOSE('e.ipcRenderer'), ['app.status']) },
    { name: 'a preload passing any channel on', problems: () => preloadProblems(EXPOSE('{ invoke: (c, p) => e.ipcRenderer.invoke(c, p) }'), ['app.status']) },
    { name: 'RunAsNode left on', problems: () => fuseProblems({ runAsNode: true }) },
    { name: 'no fuses', problems: () => fuseProblems(null) },
    { name: 'a misspelt fuse in the builder config', problems: () => caught(() => validateBuilderConfig({ electronFuses: { runAsNod: false } as never })) },
    {
      name: 'a native addon left in the ASAR',
      problems: () => (isUnpacked('node_modules/argon2/prebuilds/linux-x64/a.node', ['node_modules/better-sqlite3/**/*.node']) ? [] : ['packed'])
    }
  ]
}

/** The bases the bad samples are made from pass, so each bad sample fails for its own reason. */
export function goodSamples(): Sample[] {
  return [
    { name: 'the base HTML', problems: () => htmlProblems(GOOD_HTML).problems },
    { name: 'the base webPreferences', problems: () => webPreferencesProblems(SAFE_PREFS, undefined) },
    { name: 'the base bundle', problems: () => mainBundleProblems(BUNDLE) },
    { name: 'the base fuses', problems: () => fuseProblems(REQUIRED) },
    { name: 'the base scheme', problems: () => schemePrivilegeProblems([{ scheme: 'app', privileges: SCHEME }]) },
    {
      name: 'a module script as the app serves it',
      problems: () => servedTypeProblems('a.js', 200, new Headers({ 'content-type': 'text/javascript; charset=utf-8', 'x-content-type-options': 'nosniff' }))
    },
    {
      name: 'the references of a built page, style sheet and chunk',
      problems: () => {
        const found = [
          ...relativeReferences('<script type="module" src="./assets/i.js"></script><link href="./assets/i.css">', 'html'),
          ...relativeReferences('@font-face{src:url(./f.woff2)}', 'css'),
          ...relativeReferences('import("./c.js");const d=["./d.css"]', 'js')
        ]
        const expected = ['./assets/i.js', './assets/i.css', './f.woff2', './c.js', './d.css']
        return JSON.stringify(found) === JSON.stringify(expected) ? [] : [`found ${found.join(', ')}`]
      }
    },
    { name: 'the base CSP tail', problems: () => cspProblems(`default-src 'none'${TAIL}`, { delivery: 'meta' }) },
    {
      name: 'a CSP with pictures from data: and blob: URLs',
      problems: () => cspProblems(`default-src 'none'; img-src 'self' data: blob:${TAIL}`, { delivery: 'meta' })
    },
    { name: 'a header CSP', problems: () => cspProblems(`default-src 'none'${TAIL}; frame-ancestors 'none'`, { delivery: 'header' }) }
  ]
}
